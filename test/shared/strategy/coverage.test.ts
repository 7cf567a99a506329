import { describe, expect, it } from 'vitest';
import { BUCKETS } from '../../../shared/domain/buckets';
import { DEMO_CONTACT_STRATEGY } from '../../../shared/strategy/demo';
import { uncoveredSegments } from '../../../shared/strategy/coverage';

describe('a strategy covers every segment in every bucket', () => {
  it('the demo strategy does: every case gets a rule', () => {
    expect(uncoveredSegments(DEMO_CONTACT_STRATEGY)).toEqual([]);
  });
  it('a segment with no rule is uncovered in every bucket', () => {
    const rules = DEMO_CONTACT_STRATEGY.rules.filter((r) => r.id !== 'unknown');
    expect(uncoveredSegments({ ...DEMO_CONTACT_STRATEGY, rules })).toEqual([{ segment: 'unknown', buckets: [...BUCKETS] }]);
  });
  it('a rule for some buckets only leaves the others uncovered (the boundary: M2 covered, M3 not)', () => {
    const rules = DEMO_CONTACT_STRATEGY.rules.filter((r) => r.id !== 'able-willing');
    expect(uncoveredSegments({ ...DEMO_CONTACT_STRATEGY, rules })).toEqual([{ segment: 'able_willing', buckets: ['M3', 'M4', 'M5', 'M6', 'M6+'] }]);
  });
});
