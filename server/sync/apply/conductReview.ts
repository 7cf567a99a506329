import { publishExceptions } from '../../conduct/publish';
import { applied, rejected, type Policy } from './context';
import { alreadyHave } from './records';

/**
 * A supervisor's review of a conduct exception (shared/records/conductReview.ts): a supervisor of the exception's
 * branch, once per exception (the first review head office takes stands; a second is a conflict: one supervisor
 * answers for it). Kept in field_records with no case, not logged as a record; the exception is logged again,
 * reviewed, so the branch's supervisors' devices and the console show it so (server/conduct/publish.ts).
 */
export const reviewConductException: Policy<'reviewConductException'> = async (a) => {
  const { id, exceptionId, branchCode, note, reviewedAt } = a.entry.args;
  const same = await alreadyHave(a, id);
  if (same) return same;
  if (a.who.branchCode !== branchCode) return rejected(a, 'out_of_scope', `branch ${branchCode} is not yours (${a.who.branchCode}): the exception was not reviewed`);
  const found = /^\d{1,18}$/.test(exceptionId)
    ? (await a.tx.query<{ branch_code: string; review_id: string | null; reviewed_by: string | null }>(
        'SELECT branch_code, review_id, reviewed_by FROM conduct_exceptions WHERE id = $1::bigint FOR UPDATE',
        [exceptionId],
      )).rows[0]
    : undefined;
  if (!found || found.branch_code !== branchCode) return rejected(a, 'invalid', `branch ${branchCode} has no conduct exception ${exceptionId}: nothing was reviewed`);
  if (found.review_id !== null) return rejected(a, 'conflict', `conduct exception ${exceptionId} was already reviewed by ${found.reviewed_by ?? 'another supervisor'}`);
  const e = a.entry;
  await a.tx.query(
    `INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data, received_at) VALUES ($1, $2, NULL, $3, $4, $5, $6::jsonb, $7)`,
    [e.name, id, e.deviceId, e.userId, e.mutationId, JSON.stringify(e), a.receivedAt],
  );
  await a.tx.query(
    'UPDATE conduct_exceptions SET reviewed_by = $2, reviewed_at = $3, review_note = $4, review_id = $5 WHERE id = $1::bigint',
    [exceptionId, e.userId, reviewedAt, note, id],
  );
  await publishExceptions(a.tx, [exceptionId], a.receivedAt.toISOString());
  return applied(a);
};
