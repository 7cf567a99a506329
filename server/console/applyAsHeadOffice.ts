import { mayApplyMutation } from '../../shared/domain/permissions';
import { formatHlc, makeOutboxEntry, type MutationArgsInput, type MutationName } from '../../shared/sync';
import type { Principal } from '../auth/principal';
import type { Db, Queryable } from '../db/types';
import { HttpError } from '../http/errors';
import { policyFor } from '../sync/apply';

/**
 * What head office does in the console to a synced record (legal staff accept a referral or record a step of a
 * legal case, an admin sets a branch's target, gives a case to an agency or recalls it) is a mutation like any a
 * device makes, made under the admin's own console session (its device id), applied through the same rule
 * (server/sync/apply) and logged for the devices in scope. Its mutation id continues the console session's cursor
 * in the same transaction, so the record, its log and the cursor land together. A refusal is answered with
 * `<codePrefix>_<reason>` (legal_conflict, target_invalid …) and writes nothing.
 */
export async function applyAsHeadOffice<N extends MutationName>(db: Db, who: Principal, name: N, args: MutationArgsInput<N>, nowMs: number, codePrefix = 'legal'): Promise<string> {
  return db.transaction((tx) => applyAsHeadOfficeIn(tx, who, name, args, nowMs, codePrefix));
}

/** The same inside the caller's transaction, when the mutation states what that transaction wrote (a handover). */
export async function applyAsHeadOfficeIn<N extends MutationName>(tx: Queryable, who: Principal, name: N, args: MutationArgsInput<N>, nowMs: number, codePrefix: string): Promise<string> {
  const allowed = mayApplyMutation({ id: who.userId, role: who.role, branchCode: who.branchCode }, name, null);
  if (!allowed.ok) throw new HttpError(403, 'head_office_only', `a ${who.role} may not ${name}`);
  await tx.query('INSERT INTO device_cursors (device_id) VALUES ($1) ON CONFLICT (device_id) DO NOTHING', [who.deviceId]);
  const cursor = await tx.query<{ last_mutation_id: number }>('SELECT last_mutation_id FROM device_cursors WHERE device_id = $1 FOR UPDATE', [who.deviceId]);
  const mutationId = Number(cursor.rows[0]?.last_mutation_id ?? 0) + 1;
  const createdAt = new Date(nowMs).toISOString();
  const entry = makeOutboxEntry({ mutationId, name, args, userId: who.userId, deviceId: who.deviceId, hlc: formatHlc({ wallMs: nowMs, counter: 0, deviceId: who.deviceId }), createdAt });
  const decision = await policyFor(name)({ tx, who, entry, receivedAt: new Date(nowMs) });
  if (decision.status === 'rejected') {
    const status = decision.reason.code === 'not_found' ? 404 : decision.reason.code === 'forbidden' ? 403 : 409;
    // Thrown: the transaction rolls back, nothing of it is kept.
    throw new HttpError(status, `${codePrefix}_${decision.reason.code}`, decision.reason.message);
  }
  await tx.query(
    `INSERT INTO mutations_applied (device_id, mutation_id, id, name, user_id, case_id, status, reason_code, reason_message, received_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, NULL, NULL, $8)`,
    [who.deviceId, mutationId, entry.id, name, who.userId, entry.caseId, decision.status, new Date(nowMs)],
  );
  await tx.query('UPDATE device_cursors SET last_mutation_id = $2, updated_at = $3 WHERE device_id = $1', [who.deviceId, mutationId, new Date(nowMs)]);
  return entry.id;
}
