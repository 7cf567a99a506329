import { canonicalJson } from '../../../shared/audit/canonicalJson';
import type { Queryable } from '../../db/types';
import { applied, duplicate, rejected, type Applying, type Decision } from './context';
import { lockChanges } from '../../db/changeLogLock';
import { isLogged } from './log';
import type { KnownRecords, StoredRecord } from './storedRecord';

export type { StoredRecord } from './storedRecord';

interface RecordRow {
  kind: string;
  id: string;
  case_id: string | null;
  user_id: string;
  device_id: string;
  data: { args: Record<string, unknown> };
  received_at: Date | string;
}

const storedOf = (r: RecordRow): StoredRecord => ({
  kind: r.kind, id: r.id, caseId: r.case_id, userId: r.user_id, deviceId: r.device_id, args: r.data.args, receivedAt: new Date(r.received_at).toISOString(),
});

export async function findRecord(tx: Queryable, kind: string, id: string): Promise<StoredRecord | null> {
  const res = await tx.query<RecordRow>('SELECT kind, id, case_id, user_id, device_id, data, received_at FROM field_records WHERE kind = $1 AND id = $2', [kind, id]);
  const r = res.rows[0];
  return r ? storedOf(r) : null;
}

/**
 * Whatever head office has under one id, in one statement: whether a case has it, and the field records of every
 * kind under it (usually none, or the one a replayed entry wrote). The id check and the duplicate check of an entry
 * both read from it.
 */
export async function readUnderId(tx: Queryable, id: string): Promise<{ caseHasId: boolean; known: KnownRecords }> {
  const res = await tx.query<RecordRow & { is_case: boolean }>(
    `SELECT true AS is_case, NULL AS kind, id, NULL AS case_id, NULL AS user_id, NULL AS device_id, NULL::jsonb AS data, NULL::timestamptz AS received_at
       FROM cases WHERE id = $1
     UNION ALL
     SELECT false, kind, id, case_id, user_id, device_id, data, received_at FROM field_records WHERE id = $1`,
    [id],
  );
  return { caseHasId: res.rows.some((r) => r.is_case), known: { id, records: res.rows.filter((r) => !r.is_case).map(storedOf) } };
}

/**
 * The record of `kind` under `id`: from what the entry's id check already read when it is that id (nothing of the
 * entry is written before its duplicate check), otherwise read.
 */
export async function recordOf(a: Applying, kind: string, id: string): Promise<StoredRecord | null> {
  if (a.known?.id === id) return a.known.records.find((r) => r.kind === kind) ?? null;
  return findRecord(a.tx, kind, id);
}

/** Objects equal whatever their key order (jsonb does not keep it): the audit chain's canonical JSON. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * Insert-only: when head office already has a record under this kind and id, the same content again is a
 * duplicate (a device replaying its outbox) and writes nothing; other content is a conflict, with `message`
 * saying what the user's device tried to change. Null when the record is new.
 */
export async function alreadyHave(a: Applying, id: string, message?: (existing: StoredRecord) => string): Promise<Decision | null> {
  const existing = await recordOf(a, a.entry.name, id);
  if (!existing) return null;
  if (existing.caseId === a.entry.caseId && sameContent(existing.args, a.entry.args)) return duplicate(a);
  return rejected(a, 'conflict', message?.(existing) ?? `${a.entry.name} ${id} was already received with different content; records are never changed, only corrected`);
}

/**
 * Writes the record and logs it for its case's scope (pull sends it to the devices there): as logRecord does,
 * but in one statement, the change-log row first and the record with its seq.
 */
export async function storeRecord(a: Applying, id: string): Promise<Decision> {
  const e = a.entry;
  const values = [e.name, id, e.caseId, e.deviceId, e.userId, e.mutationId, JSON.stringify(e), a.receivedAt];
  if (!isLogged(e.name, e.caseId)) {
    await a.tx.query(
      `INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data, received_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)`,
      values,
    );
    return applied(a);
  }
  await lockChanges(a.tx);
  // A record of a case head office does not have yet is kept, and not logged (no scope to send it to).
  await a.tx.query(
    `WITH logged AS (
       INSERT INTO changes (kind, record_id, record_kind, branch_code, officer_id, created_at)
       SELECT 'record', $2, $1, c.branch_code, c.officer_id, $9 FROM cases c WHERE c.id = $3
       RETURNING seq
     )
     INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data, received_at, updated_seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, (SELECT seq FROM logged))`,
    [...values, a.receivedAt.toISOString()],
  );
  return applied(a);
}

/** A record this one refers to: the same case or it does not exist as far as this case is concerned. */
export async function findInCase(a: Applying, kind: string, id: string): Promise<StoredRecord | null> {
  const found = await findRecord(a.tx, kind, id);
  return found && found.caseId === a.entry.caseId ? found : null;
}
