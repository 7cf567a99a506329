import type { Queryable } from '../../db/types';
import { lockChanges } from '../../db/changeLogLock';
import { NOT_SENT_TO_DEVICES } from '../../changeLog/records';

export { NOT_SENT_TO_DEVICES, relogCaseRecords } from '../../changeLog/records';

/**
 * Field records in the change log (migration 4): each record is logged for the scope its case has when it
 * arrives, and again for the new scope when the case is reassigned, so a new collector's device gets the
 * case's contact history, promises, plans, receipts and letters. Pull sends a record only at its latest
 * change (field_records.updated_seq). Each write takes the change-log lock first (lockChanges).
 */

/** Whether a record goes into the change log: one of a case, of a kind devices are sent. */
export const isLogged = (kind: string, caseId: string | null): caseId is string => caseId !== null && !NOT_SENT_TO_DEVICES.has(kind);

export async function logRecord(tx: Queryable, kind: string, id: string, caseId: string | null, nowIso: string): Promise<void> {
  if (!isLogged(kind, caseId)) return;
  await lockChanges(tx);
  // A record of a case head office does not have yet is kept, and not sent (no scope to send it to).
  const res = await tx.query<{ seq: string | number }>(
    `INSERT INTO changes (kind, record_id, record_kind, branch_code, officer_id, created_at)
     SELECT 'record', $1, $2, c.branch_code, c.officer_id, $4 FROM cases c WHERE c.id = $3
     RETURNING seq`,
    [id, kind, caseId, nowIso],
  );
  const seq = res.rows[0]?.seq;
  if (seq !== undefined) await tx.query('UPDATE field_records SET updated_seq = $3 WHERE kind = $1 AND id = $2', [kind, id, seq]);
}
