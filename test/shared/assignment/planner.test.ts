import { describe, expect, it } from 'vitest';
import { planAssignment, type AssignMethod, type PlannableCase } from '../../../shared/assignment/planner';

const kase = (id: string, totalFen: number, officerId: string | null = 'old', bucket: PlannableCase['bucket'] = 'M1', district = '浦东新区'): PlannableCase => ({ id, totalFen, bucket, district, officerId });
const byOfficer = (plan: ReturnType<typeof planAssignment>) => Object.fromEntries(plan.totals.map((t) => [t.officerId, [t.countBefore, t.totalBeforeFen, t.countAfter, t.totalAfterFen]]));
const targets = (plan: ReturnType<typeof planAssignment>) => Object.fromEntries(plan.moves.map((m) => [m.caseId, m.officerId]));

describe('planAssignment', () => {
  const five = [kase('c1', 500), kase('c2', 400), kase('c3', 300), kase('c4', 200), kase('c5', 100)];

  it.each<[string, AssignMethod, Record<string, string>, Record<string, number[]>]>([
    ['manual: all to one collector', { kind: 'manual', officerId: 'b' }, { c1: 'b', c2: 'b', c3: 'b', c4: 'b', c5: 'b' },
      { a: [0, 0, 0, 0], b: [0, 0, 5, 1500], old: [5, 1500, 0, 0] }],
    ['round robin, largest first', { kind: 'rule', rule: 'round_robin', within: 'none' }, { c1: 'a', c2: 'b', c3: 'a', c4: 'b', c5: 'a' },
      { a: [0, 0, 3, 900], b: [0, 0, 2, 600], old: [5, 1500, 0, 0] }],
    ['by balance: each to whoever holds least', { kind: 'rule', rule: 'balance', within: 'none' }, { c1: 'a', c2: 'b', c3: 'b', c4: 'a', c5: 'a' },
      { a: [0, 0, 3, 800], b: [0, 0, 2, 700], old: [5, 1500, 0, 0] }],
  ])('%s', (_, method, expected, totals) => {
    const plan = planAssignment(five, ['a', 'b'], method);
    expect(targets(plan)).toEqual(expected);
    expect(byOfficer(plan)).toEqual(totals);
  });

  it('by balance counts what each collector already holds outside the selection', () => {
    const plan = planAssignment([kase('c1', 300), kase('c2', 300)], ['a', 'b'], { kind: 'rule', rule: 'balance', within: 'none' }, [{ officerId: 'a', count: 4, totalFen: 1000 }]);
    expect(targets(plan)).toEqual({ c1: 'b', c2: 'b' });
    expect(byOfficer(plan)).toMatchObject({ a: [4, 1000, 4, 1000], b: [0, 0, 2, 600] });
  });

  it('by balance keeps the totals within one case of each other on a larger book', () => {
    const cases = Array.from({ length: 300 }, (_, i) => kase(`c${i}`, ((i * 7919) % 1000) * 100 + 100));
    const plan = planAssignment(cases, ['a', 'b', 'c', 'd'], { kind: 'rule', rule: 'balance', within: 'none' });
    const after = plan.totals.filter((t) => t.officerId !== 'old').map((t) => t.totalAfterFen);
    expect(Math.max(...after) - Math.min(...after)).toBeLessThanOrEqual(Math.max(...cases.map((c) => c.totalFen)));
    expect(after.reduce((s, x) => s + x, 0)).toBe(cases.reduce((s, c) => s + c.totalFen, 0));
  });

  it('within bucket: each bucket is shared out on its own', () => {
    const cases = [kase('m1a', 100, 'old', 'M1'), kase('m1b', 90, 'old', 'M1'), kase('m3a', 1000, 'old', 'M3'), kase('m3b', 900, 'old', 'M3')];
    const plan = planAssignment(cases, ['a', 'b'], { kind: 'rule', rule: 'balance', within: 'bucket' });
    // Overall balance would give both M1 cases to b (after the 1000); within bucket each gets one of each.
    expect(targets(plan)).toEqual({ m1a: 'a', m1b: 'b', m3a: 'a', m3b: 'b' });
  });

  it('within district: round robin restarts in each district', () => {
    const cases = [kase('x1', 100, 'old', 'M1', '黄浦区'), kase('y1', 100, 'old', 'M1', '徐汇区'), kase('y2', 50, 'old', 'M1', '徐汇区')];
    const plan = planAssignment(cases, ['a', 'b'], { kind: 'rule', rule: 'round_robin', within: 'district' });
    expect(targets(plan)).toEqual({ x1: 'a', y1: 'a', y2: 'b' });
  });

  it('a case already with its proposed collector is not moved, and unassigned cases count for no one before', () => {
    const plan = planAssignment([kase('c1', 100, 'a'), kase('c2', 200, null)], ['a'], { kind: 'manual', officerId: 'a' });
    expect(plan.moves).toEqual([{ caseId: 'c2', fromOfficerId: null, officerId: 'a' }]);
    expect(byOfficer(plan)).toEqual({ a: [1, 100, 2, 300] });
  });

  it('refuses a plan with no collector, a collector listed twice, or a manual target not among them', () => {
    expect(() => planAssignment(five, [], { kind: 'rule', rule: 'balance', within: 'none' })).toThrow(RangeError);
    expect(() => planAssignment(five, ['a', 'a'], { kind: 'rule', rule: 'balance', within: 'none' })).toThrow(/twice/);
    expect(() => planAssignment(five, ['a'], { kind: 'manual', officerId: 'z' })).toThrow(/not among/);
  });
});
