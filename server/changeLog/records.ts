import type { Queryable } from '../db/types';
import { lockChanges } from '../db/changeLogLock';

/**
 * Field records in the change log (migration 4), the part both the import (on reassignment) and push need:
 * a case's records are logged again for its new scope, so a new collector's device gets the case's contact
 * history, promises, plans, receipts and letters.
 */

import { NOT_SENT_TO_DEVICES } from '../../shared/records/registry';

/** Kept at head office only (each kind says so in its module, shared/records/<kind>.ts: access events). */
export { NOT_SENT_TO_DEVICES };

/** Logs every record of a case again, in the order head office received them, for the case's new scope. */
export async function relogCaseRecords(tx: Queryable, caseId: string, branchCode: string, officerId: string | null, nowIso: string): Promise<number> {
  await lockChanges(tx);
  const logged = await tx.query<{ seq: string | number; record_kind: string; record_id: string }>(
    `INSERT INTO changes (kind, record_id, record_kind, branch_code, officer_id, created_at)
     SELECT 'record', fr.id, fr.kind, $2, $3, $4
       FROM field_records fr
      WHERE fr.case_id = $1 AND fr.kind <> ALL($5::text[])
      ORDER BY fr.updated_seq NULLS LAST, fr.received_at, fr.device_id, fr.mutation_id
     RETURNING seq, record_kind, record_id`,
    [caseId, branchCode, officerId, nowIso, [...NOT_SENT_TO_DEVICES]],
  );
  if (logged.rows.length === 0) return 0;
  await tx.query(
    `UPDATE field_records fr SET updated_seq = u.seq
       FROM unnest($1::text[], $2::text[], $3::bigint[]) AS u(kind, id, seq)
      WHERE fr.kind = u.kind AND fr.id = u.id`,
    [logged.rows.map((r) => r.record_kind), logged.rows.map((r) => r.record_id), logged.rows.map((r) => String(r.seq))],
  );
  return logged.rows.length;
}
