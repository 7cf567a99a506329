import { rejected, type Policy } from './context';
import { correction } from './corrections';
import { alreadyHave, findInCase, recordOf, storeRecord } from './records';

/**
 * Visits: planned (planVisit, insert-only), then done (recordVisit under the planned id, or a new id for a
 * visit nobody planned) or cancelled (cancelVisit, once). A cancelled visit cannot be done, nor a done one
 * cancelled.
 */
export const recordVisit: Policy<'recordVisit'> = async (a) => {
  const { id } = a.entry.args;
  const same = await alreadyHave(a, id, () => `visit ${id} was already recorded as done with different content`);
  if (same) return same;
  const planned = await recordOf(a, 'planVisit', id);
  if (planned && planned.caseId !== a.entry.caseId) return rejected(a, 'not_found', `head office has no planned visit ${id} on case ${a.entry.caseId}`);
  if (planned && (await recordOf(a, 'cancelVisit', id))) return rejected(a, 'conflict', `visit ${id} was cancelled; record the visit that took place as a new visit`);
  return storeRecord(a, id);
};

export const cancelVisit = correction('cancelVisit', {
  noun: 'planned visit',
  already: (existing) => `visit ${String(existing.args.visitId)} was already cancelled (${String(existing.args.reason)})`,
  check: async (target, a) => (
    (await findInCase(a, 'recordVisit', target.id)) ? rejected(a, 'conflict', `visit ${target.id} was already done; a done visit cannot be cancelled`) : null
  ),
});
