import { describe, expect, it } from 'vitest';
import { buildMyDay, MYDAY_REASON_KEYS } from '../../../shared/fieldwork/myDay';
import { amountPoints, deadlinePoints, dpdPoints, PRIORITY_WEIGHTS, promisePoints, riskPoints } from '../../../shared/fieldwork/priority';
import { evaluation, input, NOW, TODAY } from './myDayFixture';

describe('priority points', () => {
  it.each([
    [0, 0],
    [1, 5],
    [99_999, 5], // ¥999.99
    [100_000, 10], // ¥1,000
    [999_999, 10],
    [1_000_000, 20], // ¥10,000
    [9_999_999, 20],
    [10_000_000, 30], // ¥100,000
    [99_999_999, 30],
    [100_000_000, 40], // ¥1,000,000
    [Number.MAX_SAFE_INTEGER, 40],
  ])('amount %s fen → %s', (fen, points) => {
    expect(amountPoints(fen)).toBe(points);
  });

  it.each([
    [0, 0],
    [1, 10],
    [30, 10],
    [31, 15],
    [60, 15],
    [61, 25],
    [90, 25],
    [91, 20],
    [120, 20],
    [121, 15],
    [180, 15],
    [181, 10],
  ])('dpd %s → %s', (dpd, points) => {
    expect(dpdPoints(dpd)).toBe(points);
  });

  it.each([
    [null, 0],
    [-1, 0],
    [0, 30],
    [30, 30],
    [31, 20],
    [60, 20],
    [61, 10],
    [90, 10],
    [91, 0],
  ])('deadline in %s days → %s', (days, points) => {
    expect(deadlinePoints(days)).toBe(points);
  });

  it('risk and promise points', () => {
    expect([riskPoints('low'), riskPoints('medium'), riskPoints('high')]).toEqual([0, 10, 20]);
    expect(promisePoints([])).toBe(0);
    expect(promisePoints(['visit_planned'])).toBe(0);
    expect(promisePoints(['plan_instalment_due', 'promise_due'])).toBe(25);
    expect(promisePoints(['promise_due', 'promise_broken'])).toBe(30);
  });

  it('the highest possible score is 145, as PRIORITY.md says', () => {
    const max = (list: readonly { points: number }[]) => Math.max(...list.map((b) => b.points));
    const total =
      max(PRIORITY_WEIGHTS.amount) +
      Math.max(...Object.values(PRIORITY_WEIGHTS.dpd)) +
      Math.max(...Object.values(PRIORITY_WEIGHTS.risk)) +
      Math.max(...Object.values(PRIORITY_WEIGHTS.promise)) +
      max(PRIORITY_WEIGHTS.deadline);
    expect(total).toBe(145);
  });
});

describe('buildMyDay', () => {
  const day = buildMyDay(input);

  it('one entry per case, by score then case number, with the score explained', () => {
    expect(day.map((e) => [e.caseNumber, e.score, e.scoreParts, e.kinds])).toEqual([
      ['CS-0001', 115, { amount: 40, dpd: 25, risk: 20, promise: 30, deadline: 0 }, ['promise_broken']],
      ['CS-0002', 95, { amount: 20, dpd: 10, risk: 10, promise: 25, deadline: 30 }, ['promise_due', 'visit_planned', 'limitation_expiring']],
      ['CS-0009', 75, { amount: 20, dpd: 25, risk: 0, promise: 30, deadline: 0 }, ['promise_broken']],
      ['CS-0003', 60, { amount: 10, dpd: 10, risk: 20, promise: 0, deadline: 20 }, ['guarantee_expiring', 'new_high_risk']],
      ['CS-0006', 45, { amount: 0, dpd: 15, risk: 0, promise: 30, deadline: 0 }, ['plan_broken']],
      ['CS-0010', 30, { amount: 0, dpd: 0, risk: 0, promise: 0, deadline: 30 }, ['limitation_expiring', 'guarantee_expiring']],
      ['CS-0000', 25, { amount: 5, dpd: 10, risk: 10, promise: 0, deadline: 0 }, ['visit_planned']],
      ['CS-0005', 25, { amount: 5, dpd: 0, risk: 0, promise: 20, deadline: 0 }, ['plan_instalment_due']],
    ]);
  });

  it('says why, with i18n keys and the values the templates need', () => {
    const reasons = Object.fromEntries(day.map((e) => [e.caseId, e.reasons.map((r) => [r.key, r.params])]));
    expect(reasons).toEqual({
      A: [
        [
          MYDAY_REASON_KEYS.promiseBroken,
          { amount: '¥100.00', amountFen: 10_000, paid: '¥0.00', paidFen: 0, shortfall: '¥100.00', shortfallFen: 10_000, dueDate: '2025-03-09', graceEndsOn: '2025-03-12' },
        ],
      ],
      B: [
        [
          MYDAY_REASON_KEYS.promiseDue,
          { amount: '¥100.00', amountFen: 10_000, paid: '¥20.00', paidFen: 2_000, shortfall: '¥80.00', shortfallFen: 8_000, dueDate: '2025-03-14', graceEndsOn: '2025-03-17' },
        ],
        [MYDAY_REASON_KEYS.visitPlanned, { plannedFor: TODAY, days: 0 }],
        [MYDAY_REASON_KEYS.limitationExpiring, { date: '2025-04-13', days: 30 }],
      ],
      J: [
        [
          MYDAY_REASON_KEYS.promisePartlyKept,
          { amount: '¥100.00', amountFen: 10_000, paid: '¥40.00', paidFen: 4_000, shortfall: '¥60.00', shortfallFen: 6_000, dueDate: '2025-03-10', graceEndsOn: '2025-03-13' },
        ],
      ],
      C: [
        [MYDAY_REASON_KEYS.guaranteeExpiring, { date: '2025-04-14', days: 31 }],
        [MYDAY_REASON_KEYS.newHighRisk, { days: 3 }],
      ],
      F: [[MYDAY_REASON_KEYS.planBroken, { seq: 1, dueDate: '2025-03-04', remaining: '¥200.00', remainingFen: 20_000 }]],
      K: [
        [MYDAY_REASON_KEYS.limitationExpiring, { date: TODAY, days: 0 }],
        [MYDAY_REASON_KEYS.guaranteeExpiring, { date: '2025-06-12', days: 90 }],
      ],
      H: [[MYDAY_REASON_KEYS.visitOverdue, { plannedFor: '2025-03-12', days: 2 }]],
      E: [
        [
          MYDAY_REASON_KEYS.planInstalmentDue,
          { seq: 1, dueDate: '2025-03-12', graceEndsOn: '2025-03-15', amount: '¥100.00', amountFen: 10_000, shortfall: '¥100.00', shortfallFen: 10_000 },
        ],
      ],
    });
  });

  it('carries names for display', () => {
    expect(day[0]).toMatchObject({ caseId: 'A', caseNumber: 'CS-0001', borrowerName: '借款人A' });
  });

  it.each([
    ['a broken promise on the day it broke', '2025-03-13', true],
    ['six days after', '2025-03-07', true],
    ['seven days after', '2025-03-06', false],
  ])('shows %s', (_name, graceEndsOn, shown) => {
    const brokenOn = { ...input, promises: [evaluation('A', { dueDate: '2025-03-01', graceEndsOn, state: 'broken' })], deadlines: [], visits: [], plans: [] };
    expect(buildMyDay(brokenOn).some((e) => e.kinds.includes('promise_broken'))).toBe(shown);
  });

  it('options widen the windows', () => {
    const wide = buildMyDay({ ...input, options: { deadlineWindowDays: 91, brokenShownDays: 8 } });
    expect(wide.find((e) => e.caseId === 'G')?.kinds).toEqual(['plan_broken', 'limitation_expiring']);
  });

  it.each([
    ['an ordinary last day', {}, MYDAY_REASON_KEYS.limitationExpiring, { date: '2025-05-01', days: 48 }],
    ['a last day on a holiday: the working day before', { actBy: '2025-04-30' }, MYDAY_REASON_KEYS.limitationExpiringActBy, { date: '2025-05-01', days: 48, actBy: '2025-04-30' }],
    ['a year the calendar does not cover: said, not guessed', { uncoveredYears: '2025' }, MYDAY_REASON_KEYS.limitationExpiringUnchecked, { date: '2025-05-01', days: 48, years: '2025' }],
    ['both: the unchecked year wins (the working day before is a guess too)', { actBy: '2025-04-30', uncoveredYears: '2025' }, MYDAY_REASON_KEYS.limitationExpiringUnchecked, { date: '2025-05-01', days: 48, years: '2025' }],
  ])('a deadline reason: %s', (_name, calendar, key, params) => {
    const one = { ...input, promises: [], plans: [], visits: [], deadlines: [{ caseId: 'B', kind: 'limitation' as const, date: '2025-05-01', ...calendar }] };
    expect(buildMyDay(one).find((e) => e.caseId === 'B')?.reasons).toEqual([{ kind: 'limitation_expiring', key, params }]);
  });

  it('an empty day', () => {
    expect(buildMyDay({ cases: [], today: TODAY, now: NOW })).toEqual([]);
  });

  it('refuses a bad today or now', () => {
    expect(() => buildMyDay({ cases: [], today: '2025-02-30', now: NOW })).toThrow(RangeError);
    expect(() => buildMyDay({ cases: [], today: TODAY, now: 'now' })).toThrow(RangeError);
  });
});
