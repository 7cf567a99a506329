import { addDays } from '../calendar';
import { bucketOf } from '../domain/buckets';
import type { Risk } from '../domain/case';
import type { PromiseEvaluation } from '../fieldwork/promises';
import type { CustomerProfile } from '../customer/profile';
import { PROMISE_HISTORY_DAYS, type SegmentFacts } from './table';

export interface CaseForSegment {
  dpd: number;
  lostContact: boolean;
  riskGrade: Risk | null;
}

// The window's first day, once per day: a portfolio is segmented for one today (date arithmetic is the costly part).
let memo = { today: '', since: '' };
function windowStart(today: string): string {
  if (memo.today !== today) memo = { today, since: addDays(today, -PROMISE_HISTORY_DAYS) };
  return memo.since;
}

/**
 * The facts the decision table looks at, from the case, what was learned (its profile) and its promises as
 * evaluated today: broken and partly kept count as broken; only promises due in the last PROMISE_HISTORY_DAYS days.
 */
export function segmentFactsOf(c: CaseForSegment, profile: CustomerProfile, promises: readonly Pick<PromiseEvaluation, 'state' | 'dueDate'>[], today: string): SegmentFacts {
  const since = windowStart(today);
  const recent = promises.filter((p) => p.dueDate >= since);
  return {
    reason: profile.reason?.value ?? null,
    ability: profile.ability?.value ?? null,
    willingness: profile.willingness?.value ?? null,
    bucket: bucketOf(c.dpd),
    brokenPromises: recent.filter((p) => p.state === 'broken' || p.state === 'partly_kept').length,
    keptPromises: recent.filter((p) => p.state === 'kept').length,
    lostContact: c.lostContact,
    riskGrade: c.riskGrade,
  };
}
