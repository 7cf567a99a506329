import { rejected } from './context';
import { correction } from './corrections';
import { findInCase } from './records';

/**
 * Taking a dispute or complaint up (受理核查): once per dispute, the first supervisor's review stands; a dispute
 * already resolved cannot be taken up (its resolution came first at head office, so the review is refused and
 * the device keeps the resolution it pulls).
 */
export const reviewDispute = correction('reviewDispute', {
  noun: 'dispute',
  already: (existing) => `dispute ${String(existing.args.disputeId)} was already taken up for review by ${existing.userId} at ${String(existing.args.reviewedAt)}`,
  check: async (target, a) =>
    (await findInCase(a, 'resolveDispute', target.id)) ? rejected(a, 'conflict', `dispute ${target.id} was already resolved; a resolved dispute is not taken up again`) : null,
});
