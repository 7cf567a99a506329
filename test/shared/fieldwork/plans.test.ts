import { describe, expect, it } from 'vitest';
import {
  approvePlan,
  buildSchedule,
  checkScheduleInput,
  draftPlan,
  needsApproval,
  planProgress,
  planStatus,
  rejectPlan,
  ScheduleInputError,
  validateCustomSchedule,
  type ScheduleInput,
  type ScheduleInputCode,
} from '../../../shared/fieldwork/plans';
import { RepaymentPlanSchema, type Instalment, type RepaymentPlan } from '../../../shared/fieldwork/records';

const rows = (list: Instalment[]) => list.map((i) => [i.seq, i.dueDate, i.amountFen]);

describe('buildSchedule', () => {
  it.each<[string, ScheduleInput, (string | number)[][]]>([
    [
      'remainder fen go one by one to the first instalments; month ends clamp and recover',
      { totalFen: 100_000, downPaymentFen: 0, count: 3, firstDueDate: '2025-01-31', interval: 'monthly' },
      [
        [1, '2025-01-31', 33_334],
        [2, '2025-02-28', 33_333],
        [3, '2025-03-31', 33_333],
      ],
    ],
    [
      'leap year: Jan 31 → Feb 29 → Mar 31 → Apr 30',
      { totalFen: 400, downPaymentFen: 0, count: 4, firstDueDate: '2024-01-31', interval: 'monthly' },
      [
        [1, '2024-01-31', 100],
        [2, '2024-02-29', 100],
        [3, '2024-03-31', 100],
        [4, '2024-04-30', 100],
      ],
    ],
    [
      'the 30th stays the 30th after February',
      { totalFen: 3, downPaymentFen: 0, count: 3, firstDueDate: '2025-01-30', interval: 'monthly' },
      [
        [1, '2025-01-30', 1],
        [2, '2025-02-28', 1],
        [3, '2025-03-30', 1],
      ],
    ],
    [
      'down payment is seq 0 on the first date; instalments start one month later; 2 fen remainder',
      { totalFen: 100_002, downPaymentFen: 10_000, count: 4, firstDueDate: '2025-11-30', interval: 'monthly' },
      [
        [0, '2025-11-30', 10_000],
        [1, '2025-12-30', 22_501],
        [2, '2026-01-30', 22_501],
        [3, '2026-02-28', 22_500],
        [4, '2026-03-30', 22_500],
      ],
    ],
    [
      'weekly across a year end',
      { totalFen: 1_000, downPaymentFen: 0, count: 3, firstDueDate: '2025-12-25', interval: 'weekly' },
      [
        [1, '2025-12-25', 334],
        [2, '2026-01-01', 333],
        [3, '2026-01-08', 333],
      ],
    ],
    [
      'biweekly with a down payment',
      { totalFen: 1_000, downPaymentFen: 1, count: 2, firstDueDate: '2024-02-15', interval: 'biweekly' },
      [
        [0, '2024-02-15', 1],
        [1, '2024-02-29', 500],
        [2, '2024-03-14', 499],
      ],
    ],
    [
      'one fen per instalment is the smallest',
      { totalFen: 5, downPaymentFen: 0, count: 5, firstDueDate: '2025-01-01', interval: 'weekly' },
      [
        [1, '2025-01-01', 1],
        [2, '2025-01-08', 1],
        [3, '2025-01-15', 1],
        [4, '2025-01-22', 1],
        [5, '2025-01-29', 1],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    const schedule = buildSchedule(input);
    expect(rows(schedule)).toEqual(expected);
    expect(validateCustomSchedule(input.totalFen, schedule)).toEqual([]);
  });

  it('always sums exactly, differs by at most 1 fen, bigger ones first', () => {
    for (const totalFen of [7, 99, 1_000, 1_234_567, 99_999_999_999]) {
      for (const count of [1, 2, 3, 7, 12, 36]) {
        if (totalFen < count) continue;
        const amounts = buildSchedule({ totalFen, downPaymentFen: 0, count, firstDueDate: '2025-01-31', interval: 'monthly' }).map((i) => i.amountFen);
        expect(amounts.reduce((s, a) => s + a, 0)).toBe(totalFen);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
        expect([...amounts].sort((a, b) => b - a)).toEqual(amounts);
      }
    }
  });

  const ok: ScheduleInput = { totalFen: 10_000, downPaymentFen: 0, count: 3, firstDueDate: '2025-01-31', interval: 'monthly' };
  it.each<[string, Partial<ScheduleInput>, ScheduleInputCode]>([
    ['total 0', { totalFen: 0 }, 'total_invalid'],
    ['total a fraction', { totalFen: 100.5 }, 'total_invalid'],
    ['down payment negative', { downPaymentFen: -1 }, 'down_payment_invalid'],
    ['down payment the whole total', { downPaymentFen: 10_000 }, 'down_payment_invalid'],
    ['count 0', { count: 0 }, 'count_invalid'],
    ['count 361', { count: 361 }, 'count_invalid'],
    ['count 1.5', { count: 1.5 }, 'count_invalid'],
    ['no such date', { firstDueDate: '2025-02-29' }, 'date_invalid'],
    ['fewer fen than instalments', { totalFen: 4, count: 5 }, 'instalment_too_small'],
    ['down payment leaves too little', { downPaymentFen: 9_998 }, 'instalment_too_small'],
  ])('refuses %s', (_name, change, code) => {
    const input = { ...ok, ...change };
    expect(checkScheduleInput(input)).toBe(code);
    expect(() => buildSchedule(input)).toThrow(ScheduleInputError);
    try {
      buildSchedule(input);
    } catch (e) {
      expect((e as ScheduleInputError).code).toBe(code);
    }
  });

  it('accepts the edges next to the refusals', () => {
    expect(checkScheduleInput({ ...ok, count: 360, totalFen: 360 })).toBeNull();
    expect(checkScheduleInput({ ...ok, downPaymentFen: 9_997 })).toBeNull();
    expect(checkScheduleInput({ ...ok, firstDueDate: '2024-02-29' })).toBeNull();
  });
});

describe('validateCustomSchedule', () => {
  const i = (seq: number, dueDate: string, amountFen: number): Instalment => ({ seq, dueDate, amountFen });
  it.each<[string, number, Instalment[], unknown[]]>([
    ['valid, with a down payment', 300, [i(0, '2025-01-01', 100), i(1, '2025-02-01', 150), i(2, '2025-03-01', 50)], []],
    ['valid, from seq 1', 300, [i(1, '2025-01-01', 300)], []],
    ['empty', 0, [], [{ code: 'empty', seq: null, params: {} }]],
    [
      'sum 1 fen short',
      300,
      [i(1, '2025-01-01', 150), i(2, '2025-02-01', 149)],
      [{ code: 'sum_mismatch', seq: null, params: { expectedFen: 300, actualFen: 299, expected: '¥3.00', actual: '¥2.99' } }],
    ],
    ['amount 0', 300, [i(1, '2025-01-01', 300), i(2, '2025-02-01', 0)], [{ code: 'amount_not_positive', seq: 2, params: { seq: 2 } }]],
    ['amount negative', 300, [i(1, '2025-01-01', 301), i(2, '2025-02-01', -1)], [{ code: 'amount_not_positive', seq: 2, params: { seq: 2 } }]],
    ['amount a fraction of a fen', 300, [i(1, '2025-01-01', 299.5), i(2, '2025-02-01', 0.5)], [
      { code: 'amount_not_positive', seq: 1, params: { seq: 1 } },
      { code: 'amount_not_positive', seq: 2, params: { seq: 2 } },
    ]],
    [
      'same due date twice',
      300,
      [i(1, '2025-01-01', 150), i(2, '2025-01-01', 150)],
      [{ code: 'dates_not_increasing', seq: 2, params: { seq: 2, date: '2025-01-01', previous: '2025-01-01' } }],
    ],
    [
      'due dates going back',
      300,
      [i(1, '2025-02-01', 150), i(2, '2025-01-31', 150)],
      [{ code: 'dates_not_increasing', seq: 2, params: { seq: 2, date: '2025-01-31', previous: '2025-02-01' } }],
    ],
    ['no such date', 300, [i(1, '2025-02-29', 300)], [{ code: 'date_invalid', seq: 1, params: { seq: 1, date: '2025-02-29' } }]],
    ['starts at seq 2', 300, [i(2, '2025-01-01', 300)], [{ code: 'seq_invalid', seq: 2, params: { seq: 2, expected: 1 } }]],
    ['a gap in seq', 300, [i(1, '2025-01-01', 150), i(3, '2025-02-01', 150)], [{ code: 'seq_invalid', seq: 3, params: { seq: 3, expected: 2 } }]],
  ])('%s', (_name, total, instalments, expected) => {
    expect(validateCustomSchedule(total, instalments)).toEqual(expected);
  });
});

const basePlan: RepaymentPlan = {
  id: 'plan1',
  caseId: 'c1',
  agreedTotalFen: 10_000,
  outstandingFen: 15_000,
  waiverFen: 5_000,
  downPaymentFen: 0,
  instalments: [
    { seq: 1, dueDate: '2025-03-10', amountFen: 5_000 },
    { seq: 2, dueDate: '2025-04-10', amountFen: 5_000 },
  ],
  kind: 'equal',
  createdAt: '2025-03-01T09:00:00+08:00',
  makerId: 'u-maker',
  approval: { status: 'approved', approverId: 'u-boss', decidedAt: '2025-03-01T10:00:00+08:00', reason: null },
};
const pay = (amountFen: number, paidOn: string, id = `${paidOn}-${amountFen}`, caseId = 'c1') => ({
  id,
  caseId,
  amountFen,
  paidOn,
  recordedAt: `${paidOn}T12:00:00+08:00`,
});

describe('planStatus / planProgress (grace 3 days)', () => {
  it('the fixture is a valid plan', () => {
    expect(RepaymentPlanSchema.safeParse(basePlan).success).toBe(true);
  });

  it.each<[string, ReturnType<typeof pay>[], string, string, string[], string | null]>([
    ['nothing due yet', [], '2025-03-05', 'active', ['upcoming', 'upcoming'], null],
    ['due, within grace', [], '2025-03-13', 'active', ['due', 'upcoming'], null],
    ['unpaid one day after grace', [], '2025-03-14', 'broken', ['missed', 'upcoming'], '2025-03-14'],
    ['paid on the last grace day', [pay(5_000, '2025-03-13')], '2025-03-14', 'active', ['paid', 'upcoming'], null],
    ['part paid, grace over', [pay(4_000, '2025-03-12')], '2025-03-14', 'broken', ['missed', 'upcoming'], '2025-03-14'],
    ['paid late: active again, instalment shown as paid late', [pay(5_000, '2025-03-20')], '2025-03-20', 'active', ['paid_late', 'upcoming'], null],
    ['all paid', [pay(5_000, '2025-03-10'), pay(5_000, '2025-04-10')], '2025-04-11', 'completed', ['paid', 'paid'], null],
    ['all paid at once, early', [pay(10_000, '2025-03-02')], '2025-03-02', 'completed', ['paid', 'paid'], null],
    ['paid before the plan was made does not count', [pay(10_000, '2025-02-28')], '2025-03-14', 'broken', ['missed', 'upcoming'], '2025-03-14'],
    ['paid on another case does not count', [pay(10_000, '2025-03-02', 'x', 'c2')], '2025-03-14', 'broken', ['missed', 'upcoming'], '2025-03-14'],
    ['payment dated after today not counted yet', [pay(10_000, '2025-03-15')], '2025-03-14', 'broken', ['missed', 'upcoming'], '2025-03-14'],
    ['second instalment missed after the first was paid', [pay(5_000, '2025-03-10')], '2025-04-14', 'broken', ['paid', 'missed'], '2025-04-14'],
  ])('%s', (_name, payments, today, status, states, brokenOn) => {
    const progress = planProgress(basePlan, payments, today, { graceDays: 3 });
    expect(progress.status).toBe(status);
    expect(progress.instalments.map((i) => i.state)).toEqual(states);
    expect(progress.brokenOn).toBe(brokenOn);
    expect(planStatus(basePlan, payments, today, { graceDays: 3 })).toBe(status);
  });

  it('allocates payments earliest instalment first and reports what is left', () => {
    const progress = planProgress(basePlan, [pay(7_000, '2025-03-09')], '2025-03-20', { graceDays: 3 });
    expect(progress.instalments.map((i) => [i.seq, i.paidFen, i.paidInFullOn])).toEqual([
      [1, 5_000, '2025-03-09'],
      [2, 2_000, null],
    ]);
    expect([progress.paidFen, progress.remainingFen, progress.nextDue?.seq]).toEqual([7_000, 3_000, 2]);
  });

  it.each<[RepaymentPlan['approval']['status'], string]>([
    ['pending', 'pending_approval'],
    ['rejected', 'rejected'],
    ['not_needed', 'completed'],
    ['approved', 'completed'],
  ])('approval %s → %s (a plan not approved never binds, even when paid)', (approvalStatus, status) => {
    const plan = { ...basePlan, approval: { ...basePlan.approval, status: approvalStatus } };
    expect(planStatus(plan, [pay(10_000, '2025-03-02')], '2025-05-01', { graceDays: 3 })).toBe(status);
  });
});

describe('maker-checker', () => {
  const pending: RepaymentPlan = { ...basePlan, approval: { status: 'pending', approverId: null, decidedAt: null, reason: null } };
  const at = '2025-03-02T09:30:00+08:00';

  it.each([
    [10_000, 4_999, false],
    [5_000, 5_000, false],
    [4_999, 5_000, true],
    [0, 1, true],
    [0, 0, false],
  ])('needsApproval with limit %s and waiver %s → %s', (limit, waiverFen, expected) => {
    expect(needsApproval({ waiverFen }, limit)).toBe(expected);
  });

  it.each<[string, RepaymentPlan, { id: string; role: string }, string]>([
    ['a collector', pending, { id: 'u-other', role: 'collector' }, 'not_supervisor'],
    ['a clerk', pending, { id: 'u-other', role: 'clerk' }, 'not_supervisor'],
    ['the maker, even as supervisor', pending, { id: 'u-maker', role: 'supervisor' }, 'maker_cannot_approve'],
    ['an approved plan', basePlan, { id: 'u-boss', role: 'supervisor' }, 'not_pending'],
    ['a plan that needs no approval', { ...basePlan, approval: { status: 'not_needed', approverId: null, decidedAt: null, reason: null } }, { id: 'u-boss', role: 'supervisor' }, 'not_pending'],
  ])('refuses approval by %s', (_name, plan, approver, code) => {
    expect(approvePlan(plan, approver, at)).toEqual({ ok: false, code });
    expect(rejectPlan(plan, approver, at, 'too much waived')).toEqual({ ok: false, code });
  });

  it('a supervisor who is not the maker approves; the input plan is left as it was', () => {
    const result = approvePlan(pending, { id: 'u-boss', role: 'supervisor' }, at);
    expect(result).toEqual({ ok: true, plan: { ...pending, approval: { status: 'approved', approverId: 'u-boss', decidedAt: at, reason: null } } });
    expect(pending.approval.status).toBe('pending');
    if (result.ok) expect(RepaymentPlanSchema.safeParse(result.plan).success).toBe(true);
  });

  it('a rejection needs a reason', () => {
    expect(rejectPlan(pending, { id: 'u-boss', role: 'supervisor' }, at, '   ')).toEqual({ ok: false, code: 'reason_required' });
    const result = rejectPlan(pending, { id: 'u-boss', role: 'supervisor' }, at, ' 减免超过权限 ');
    expect(result).toEqual({ ok: true, plan: { ...pending, approval: { status: 'rejected', approverId: 'u-boss', decidedAt: at, reason: '减免超过权限' } } });
    if (result.ok) expect(RepaymentPlanSchema.safeParse(result.plan).success).toBe(true);
  });
});

describe('draftPlan', () => {
  const draft = {
    id: 'p',
    caseId: 'c1',
    outstandingFen: 120_000,
    instalments: [
      { seq: 0, dueDate: '2025-03-01', amountFen: 20_000 },
      { seq: 1, dueDate: '2025-04-01', amountFen: 40_000 },
      { seq: 2, dueDate: '2025-05-01', amountFen: 40_000 },
    ],
    kind: 'custom' as const,
    createdAt: '2025-02-20T10:00:00+08:00',
    makerId: 'u-maker',
  };

  it.each([
    [20_000, 'not_needed'],
    [19_999, 'pending'],
  ])('derives totals and waiver; limit %s → approval %s', (limit, status) => {
    const plan = draftPlan(draft, limit);
    expect([plan.agreedTotalFen, plan.waiverFen, plan.downPaymentFen, plan.approval.status]).toEqual([100_000, 20_000, 20_000, status]);
    expect(RepaymentPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('refuses an agreed total above the balance', () => {
    expect(() => draftPlan({ ...draft, outstandingFen: 99_999 }, 0)).toThrow(RangeError);
  });
});
