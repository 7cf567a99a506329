import { lockChanges } from '../db/changeLogLock';
import type { Queryable } from '../db/types';

/**
 * Conduct exceptions into the change log (migration 28): one 'conduct' row per exception, for its branch and no
 * officer, so the branch's supervisors' devices pull it and collectors' devices do not (server/sync/pull.ts).
 * The supervisor is who reviews and coaches; a collector sees the rule at the moment of contact already, on the
 * device's own gate. Called again when an exception changes (covered by an override, reviewed): a device gets it
 * at its latest change only (conduct_exceptions.change_seq), as it gets a case. The update matches on the id as a
 * number, so it goes by the primary key (as text it read every exception at every publish).
 */
export async function publishExceptions(tx: Queryable, ids: readonly string[], nowIso: string): Promise<void> {
  if (ids.length === 0) return;
  await lockChanges(tx);
  await tx.query(
    `WITH logged AS (
       INSERT INTO changes (kind, record_id, branch_code, officer_id, audience, created_at)
       SELECT 'conduct', id::text, branch_code, NULL, 'branch', $2 FROM conduct_exceptions WHERE id = ANY($1::bigint[]) ORDER BY id
       RETURNING seq, record_id
     )
     UPDATE conduct_exceptions x SET change_seq = l.seq FROM logged l WHERE x.id = l.record_id::bigint`,
    [ids, nowIso],
  );
}
