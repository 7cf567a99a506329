import { BUCKETS, type Bucket } from '../domain/buckets';
import { SEGMENT_IDS, type SegmentId } from '../segments/ids';
import { strategyRuleFor } from './nextAction';
import type { ContactStrategy } from './schema';

export interface Uncovered {
  segment: SegmentId;
  buckets: Bucket[];
}

/**
 * The segments (and their buckets) no rule of the strategy covers: a case there would get no next action. Head
 * office refuses to publish such a strategy (docs/server.md, "Customer segments and contact strategy"), so My day
 * proposes an action for every case whatever segment the table puts it in.
 */
export function uncoveredSegments(strategy: ContactStrategy): Uncovered[] {
  return SEGMENT_IDS.flatMap((segment) => {
    const buckets = BUCKETS.filter((b) => strategyRuleFor(strategy, segment, b) === null);
    return buckets.length > 0 ? [{ segment, buckets }] : [];
  });
}
