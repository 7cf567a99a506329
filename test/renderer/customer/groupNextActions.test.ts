import { describe, expect, it } from 'vitest';
import { groupNextActions, type CaseNext } from '../../../renderer/src/customer/groupNextActions';
import { DEMO_CONTACT_STRATEGY } from '../../../shared/strategy/demo';
import type { SegmentId } from '../../../shared/segments/ids';

const rule = DEMO_CONTACT_STRATEGY.rules[0]!;
const next = (caseId: string, segment: SegmentId, at: string | null | 'none'): CaseNext => ({
  caseId,
  segment,
  bucket: 'M1',
  strategyPublished: null,
  passedOver: [],
  action: at === 'none' ? null : { rule, step: rule.steps[0]!, channel: at === null ? null : 'phone', time: at === null ? null : { at, localDate: at.slice(0, 10), localTime: '09:00', follows: [] } },
});

describe("My day's next actions by segment", () => {
  it('groups in the segments\' order, each soonest first: an internal step now, then by time, then none; ties by case', () => {
    const groups = groupNextActions([
      next('c5', 'unknown', '2026-11-24T01:00:00Z'),
      next('c4', 'unknown', 'none'),
      next('c3', 'unknown', '2026-11-23T01:00:00Z'),
      next('c2', 'lost_contact', '2026-11-23T01:00:00Z'),
      next('c1', 'unknown', '2026-11-23T01:00:00Z'),
      next('c0', 'unknown', null),
      next('c6', 'able_willing', 'none'),
    ]);
    expect(groups.map((g) => [g.segment, g.items.map((i) => i.caseId)])).toEqual([
      ['able_willing', ['c6']],
      ['lost_contact', ['c2']],
      ['unknown', ['c0', 'c1', 'c3', 'c5', 'c4']],
    ]);
  });
  it('no case, no group', () => {
    expect(groupNextActions([])).toEqual([]);
  });
});
