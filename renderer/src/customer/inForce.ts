import { DEMO_SEGMENT_TABLE } from '../../../shared/segments/demoTable';
import type { SegmentTable } from '../../../shared/segments/table';
import { DEMO_CONTACT_STRATEGY } from '../../../shared/strategy/demo';
import type { ContactStrategy } from '../../../shared/strategy/schema';
import { configNow } from '../config/configInForce';

/** Which version is in force, for the screens to name: a published one, or the one the app ships with (null). */
export interface InForce<T> {
  value: T;
  published: { version: number; scope: string } | null;
}

/** The segment decision table head office published for this user's branch or the bank; else the built-in demo version. */
export function segmentTableNow(): InForce<SegmentTable> {
  const p = configNow().segmentTable;
  return p ? { value: p.payload, published: { version: p.version, scope: p.scope } } : { value: DEMO_SEGMENT_TABLE, published: null };
}

/** The contact strategy in force, the same way. */
export function contactStrategyNow(): InForce<ContactStrategy> {
  const p = configNow().contactStrategy;
  return p ? { value: p.payload, published: { version: p.version, scope: p.scope } } : { value: DEMO_CONTACT_STRATEGY, published: null };
}
