import { targetInForce, type SetTargetArgs } from '../../../shared/records/target';
import { lockChanges } from '../../db/changeLogLock';
import type { Queryable } from '../../db/types';
import { applied, rejected, type Policy } from './context';
import { alreadyHave } from './records';

/**
 * 目标 (shared/records/target.ts, docs/kpi.md "Targets"): a branch's monthly target, about no case. A supervisor
 * sets their own branch's, a head-office admin any branch's. Every collector the split names must be a collector
 * of that branch. Kept in field_records with no case and logged for the branch (officer none, audience branch):
 * pull sends it to every device of the branch, collectors included (server/sync/pull.ts). Each change is audited
 * (target_changes, migration 34): who, which device, when, the target in force before and whether this one took
 * effect (the latest set is in force, `targetInForce`: one set earlier that arrives late does not replace it).
 */
export const setTarget: Policy<'setTarget'> = async (a) => {
  const { id, branchCode, collectors } = a.entry.args;
  const same = await alreadyHave(a, id);
  if (same) return same;
  if (a.who.role !== 'head_office_admin' && a.who.branchCode !== branchCode) {
    return rejected(a, 'out_of_scope', `branch ${branchCode} is not yours (${a.who.branchCode}): its target was not set`);
  }
  const branch = await a.tx.query('SELECT 1 FROM branches WHERE code = $1', [branchCode]);
  if (branch.rows.length === 0) return rejected(a, 'invalid', `there is no branch ${branchCode}: no target was set`);
  const ids = collectors.map((c) => c.officerId);
  if (ids.length > 0) {
    const found = await a.tx.query<{ id: string }>(`SELECT id FROM users WHERE id = ANY($1::text[]) AND branch_code = $2 AND role = 'collector'`, [ids, branchCode]);
    const known = new Set(found.rows.map((r) => r.id));
    const stranger = ids.find((x) => !known.has(x));
    if (stranger) return rejected(a, 'invalid', `${stranger} is not a collector of branch ${branchCode}: the target was not set`);
  }
  const e = a.entry;
  // The change log's lock first (taken below anyway): two changes of one branch's target are audited in turn.
  await lockChanges(a.tx);
  const held = await a.tx.query<{ args: SetTargetArgs }>(
    `SELECT data->'args' AS args FROM field_records WHERE kind = 'setTarget' AND data->'args'->>'branchCode' = $1 AND data->'args'->>'month' = $2`,
    [branchCode, e.args.month],
  );
  const before = targetInForce(held.rows.map((r) => r.args), branchCode, e.args.month);
  const tookEffect = targetInForce([...(before ? [before] : []), e.args], branchCode, e.args.month) === e.args;
  await a.tx.query(
    `INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data, received_at) VALUES ($1, $2, NULL, $3, $4, $5, $6::jsonb, $7)`,
    [e.name, id, e.deviceId, e.userId, e.mutationId, JSON.stringify(e), a.receivedAt],
  );
  await logBranchRecord(a.tx, e.name, id, branchCode, a.receivedAt.toISOString());
  await a.tx.query(
    `INSERT INTO target_changes (target_id, branch_code, month, actor_id, device_id, received_at, set_at, before, after, took_effect)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10)`,
    [id, branchCode, e.args.month, e.userId, e.deviceId, a.receivedAt, e.args.setAt, before === null ? null : JSON.stringify(before), JSON.stringify(e.args), tookEffect],
  );
  return applied(a);
};

/** A record about a branch, not a case: logged for the branch's devices (officer none). */
async function logBranchRecord(tx: Queryable, kind: string, id: string, branchCode: string, nowIso: string): Promise<void> {
  await lockChanges(tx);
  const res = await tx.query<{ seq: string | number }>(
    `INSERT INTO changes (kind, record_id, record_kind, branch_code, officer_id, created_at) VALUES ('record', $1, $2, $3, NULL, $4) RETURNING seq`,
    [id, kind, branchCode, nowIso],
  );
  await tx.query('UPDATE field_records SET updated_seq = $3 WHERE kind = $1 AND id = $2', [kind, id, res.rows[0]!.seq]);
}
