import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { dailyGoal, largestRemainder, splitOverMonth, splitPerCollector, workingDaysOf } from '../../../shared/kpi';

describe('largestRemainder', () => {
  it.each([
    // total, weights, parts
    [100, [1, 1, 1], [34, 33, 33]],
    [10, [1, 2, 3, 4], [1, 2, 3, 4]],
    [7, [1, 1], [4, 3]],
    [5, [0, 0, 0], [2, 2, 1]],
    [0, [3, 5], [0, 0]],
    [1_000_000_01, [333, 333, 334], [33_300_000, 33_300_000, 33_400_001]],
    // fen × fen beyond 2^53 stays exact
    [9_000_000_000_000, [7_000_000_000_001, 2_999_999_999_999], [6_300_000_000_001, 2_699_999_999_999]],
  ])('%d over %j → %j', (total, weights, parts) => {
    const out = largestRemainder(total, weights);
    expect(out).toEqual(parts);
    expect(out.reduce((s, p) => s + p, 0)).toBe(total);
  });

  it('gives the leftover units to the largest remainders', () => {
    // shares 2.5, 1.25, 3.25 → floors 2, 1, 3 = 6; one left goes to the .5
    expect(largestRemainder(7, [10, 5, 13])).toEqual([3, 1, 3]);
  });

  it('refuses what cannot be split', () => {
    expect(() => largestRemainder(-1, [1])).toThrow(RangeError);
    expect(() => largestRemainder(1.5, [1])).toThrow(RangeError);
    expect(() => largestRemainder(3, [])).toThrow(RangeError);
    expect(() => largestRemainder(3, [1.5, 2])).toThrow(RangeError);
  });
});

describe('splitOverMonth (published calendar)', () => {
  it('October 2026: the National Day week is not worked, its make-up Saturday is', () => {
    const days = workingDaysOf(CN_MAINLAND_CALENDAR, '2026-10');
    expect(days).not.toContain('2026-10-01');
    expect(days).not.toContain('2026-10-07');
    expect(days.every((d) => d.startsWith('2026-10-'))).toBe(true);
  });

  it('splits exactly over working days and weeks', () => {
    const { days, weeks } = splitOverMonth(CN_MAINLAND_CALENDAR, '2026-11', 1_000_000_07);
    expect(days).toHaveLength(21);
    expect(days.reduce((s, d) => s + d.amount, 0)).toBe(1_000_000_07);
    expect(weeks.reduce((s, w) => s + w.amount, 0)).toBe(1_000_000_07);
    expect(weeks.reduce((s, w) => s + w.workingDays, 0)).toBe(21);
    // 1 November 2026 is a Sunday: the first week worked starts on the 2nd; the 30th is a week of one day.
    expect(weeks.map((w) => [w.weekStart, w.workingDays])).toEqual([['2026-11-02', 5], ['2026-11-09', 5], ['2026-11-16', 5], ['2026-11-23', 5], ['2026-11-30', 1]]);
    const amounts = new Set(days.map((d) => d.amount));
    expect([...amounts].sort()).toEqual([4_761_905, 4_761_906]);
  });
});

describe('splitPerCollector', () => {
  it('splits by share of the portfolio and sums exactly', () => {
    const out = splitPerCollector({ recoveredFen: 1_000_000, curedAccounts: 7 }, [
      { officerId: 'a', weight: 300_000_00 },
      { officerId: 'b', weight: 300_000_00 },
      { officerId: 'c', weight: 400_000_01 },
    ]);
    expect(out).toEqual([
      { officerId: 'a', recoveredFen: 300_000, curedAccounts: 2 },
      { officerId: 'b', recoveredFen: 300_000, curedAccounts: 2 },
      { officerId: 'c', recoveredFen: 400_000, curedAccounts: 3 },
    ]);
  });
});

describe('dailyGoal: today’s share of what is left, on the published calendar’s working days', () => {
  it.each([
    // today, target, recovered before today → left, working days left, today's goal, a working day
    // 10-10 is a make-up Saturday (上班); 16 working days from it: 799,999 / 16 = 49,999.94 → today takes a leftover fen.
    ['2026-10-10', 1_000_000, 200_001, 799_999, 16, 50_000, true],
    // Inside the National Day holiday: nothing due today, the 18 working days from 10-08 carry it.
    ['2026-10-04', 1_000_000, 0, 1_000_000, 18, 0, false],
    // A plain Sunday: the goal waits for Monday.
    ['2026-10-11', 1_000_000, 0, 1_000_000, 15, 0, false],
    // The target reached: nothing is left.
    ['2026-10-12', 1_000_000, 1_200_000, 0, 15, 0, true],
    // The last working day takes all that is left.
    ['2026-10-30', 1_000_000, 999_000, 1_000, 1, 1_000, true],
    // After the month's last working day: nothing to spread over.
    ['2026-10-31', 1_000_000, 0, 1_000_000, 0, 0, false],
  ] as const)('%s, target %d, recovered %d → left %d over %d days, today %d', (today, target, before, left, days, goal, working) => {
    expect(dailyGoal(CN_MAINLAND_CALENDAR, today, target, before)).toEqual({ leftFen: left, workingDaysLeft: days, todayFen: goal, workingDay: working });
  });

  it('the goals from today to the month’s end sum exactly to what is left', () => {
    let recovered = 123_457;
    const target = 10_000_003;
    const goals: number[] = [];
    const left = dailyGoal(CN_MAINLAND_CALENDAR, '2026-10-08', target, recovered).leftFen;
    for (const day of workingDaysOf(CN_MAINLAND_CALENDAR, '2026-10')) {
      if (day < '2026-10-08') continue;
      const g = dailyGoal(CN_MAINLAND_CALENDAR, day, target, recovered);
      goals.push(g.todayFen);
      recovered += g.todayFen; // exactly on goal every day
    }
    expect(goals.reduce((s, g) => s + g, 0)).toBe(left);
  });
});
