import { SEGMENT_IDS, type SegmentId } from '../../../shared/segments/ids';
import type { CaseNextAction } from './nextActionOf';

export type CaseNext = CaseNextAction & { caseId: string };

export interface NextActionGroup {
  segment: SegmentId;
  items: CaseNext[];
}

/** When an action is to be taken, for ordering: an internal step (no contact) now, no action last. */
const whenOf = (n: CaseNext): number => (n.action === null ? Infinity : n.action.time === null ? -Infinity : Date.parse(n.action.time.at));

/**
 * My day's next actions by segment, in the segments' order (shared/segments/ids.ts), each group soonest first
 * (cases with no action the rules allow now at the end, ties by case id so the list does not jump). Empty groups
 * are left out.
 */
export function groupNextActions(list: readonly CaseNext[]): NextActionGroup[] {
  return SEGMENT_IDS.flatMap((segment) => {
    const items = list.filter((n) => n.segment === segment).sort((a, b) => whenOf(a) - whenOf(b) || (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0));
    return items.length > 0 ? [{ segment, items }] : [];
  });
}
