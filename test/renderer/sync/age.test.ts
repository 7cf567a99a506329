import { describe, expect, it } from 'vitest';
import { ageParts } from '../../../renderer/src/sync/age';

describe('the oldest pending change’s age', () => {
  const now = new Date('2026-11-23T02:00:00Z');
  it.each([
    { at: '2026-11-23T01:59:30Z', unit: 'justNow', count: 0 },
    { at: '2026-11-23T01:58:00Z', unit: 'minutes', count: 2 },
    { at: '2026-11-23T01:00:01Z', unit: 'minutes', count: 59 },
    { at: '2026-11-23T01:00:00Z', unit: 'hours', count: 1 },
    { at: '2026-11-21T03:00:00Z', unit: 'hours', count: 47 },
    { at: '2026-11-20T02:00:00Z', unit: 'days', count: 3 },
    { at: '2026-11-23T03:00:00Z', unit: 'justNow', count: 0 }, // a clock ahead of ours is not negative
  ])('$at is $count $unit', ({ at, unit, count }) => {
    expect(ageParts(at, now)).toEqual({ unit, count });
  });
});
