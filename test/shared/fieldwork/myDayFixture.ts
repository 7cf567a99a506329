import type { MyDayCase, MyDayInput } from '../../../shared/fieldwork/myDay';
import { planProgress } from '../../../shared/fieldwork/plans';
import type { PromiseEvaluation } from '../../../shared/fieldwork/promises';
import type { RepaymentPlan } from '../../../shared/fieldwork/records';

/** A My-day scenario producing every kind of reason; scores are worked out in myDay.test.ts. */
export const TODAY = '2025-03-14';
export const NOW = '2025-03-14T08:00:00+08:00';

export const kase = (id: string, caseNumber: string, over: Partial<MyDayCase> = {}): MyDayCase => ({
  id,
  caseNumber,
  borrowerName: `借款人${id}`,
  totalFen: 0,
  dpd: 0,
  risk: 'low',
  status: 'contacting',
  createdAt: '2025-01-01T09:00:00+08:00',
  ...over,
});

export const evaluation = (caseId: string, over: Partial<PromiseEvaluation>): PromiseEvaluation => ({
  promiseId: `p-${caseId}-${over.dueDate ?? ''}`,
  caseId,
  amountFen: 10_000,
  dueDate: '2025-03-14',
  graceEndsOn: '2025-03-17',
  state: 'pending',
  paidFen: 0,
  shortfallFen: 10_000,
  ...over,
});

const plan = (caseId: string, dueDate: string): RepaymentPlan => ({
  id: `plan-${caseId}`,
  caseId,
  agreedTotalFen: 20_000,
  outstandingFen: 20_000,
  waiverFen: 0,
  downPaymentFen: 0,
  instalments: [
    { seq: 1, dueDate, amountFen: 10_000 },
    { seq: 2, dueDate: '2025-06-30', amountFen: 10_000 },
  ],
  kind: 'equal',
  createdAt: '2025-01-01T09:00:00+08:00',
  makerId: 'u1',
  approval: { status: 'not_needed', approverId: null, decidedAt: null, reason: null },
});
const progress = (caseId: string, dueDate: string) => planProgress(plan(caseId, dueDate), [], TODAY, { graceDays: 3 });

export const input: MyDayInput = {
  today: TODAY,
  now: NOW,
  cases: [
    kase('A', 'CS-0001', { totalFen: 150_000_000, dpd: 75, risk: 'high', status: 'promised' }),
    kase('B', 'CS-0002', { totalFen: 5_000_000, dpd: 10, risk: 'medium' }),
    kase('C', 'CS-0003', { totalFen: 100_000, dpd: 200, risk: 'high', status: 'new', createdAt: '2025-03-10T09:00:00+08:00' }),
    kase('D', 'CS-0004', { totalFen: 100_000_000, status: 'settled' }),
    kase('E', 'CS-0005', { totalFen: 99_999, status: 'on_plan' }),
    kase('F', 'CS-0006', { dpd: 31, status: 'on_plan' }),
    kase('G', 'CS-0007', { totalFen: 100_000_000, dpd: 90, risk: 'high', status: 'promised' }),
    kase('H', 'CS-0000', { totalFen: 99_999, dpd: 5, risk: 'medium' }),
    kase('J', 'CS-0009', { totalFen: 1_000_000, dpd: 90 }),
    kase('K', 'CS-0010', { status: 'on_hold' }),
    kase('L', 'CS-0011', { risk: 'high', status: 'contacting' }),
  ],
  promises: [
    evaluation('A', { dueDate: '2025-03-09', graceEndsOn: '2025-03-12', state: 'broken' }),
    evaluation('B', { dueDate: '2025-03-14', graceEndsOn: '2025-03-17', state: 'pending', paidFen: 2_000, shortfallFen: 8_000 }),
    evaluation('D', { state: 'pending' }),
    // G: the broken promise was followed by a new one, not yet due, so it is not listed again.
    evaluation('G', { dueDate: '2025-03-01', graceEndsOn: '2025-03-04', state: 'broken' }),
    evaluation('G', { dueDate: '2025-03-20', graceEndsOn: '2025-03-23', state: 'pending' }),
    evaluation('J', { dueDate: '2025-03-10', graceEndsOn: '2025-03-13', state: 'partly_kept', paidFen: 4_000, shortfallFen: 6_000 }),
    evaluation('nobody', { state: 'pending' }),
    // A promise kept or not yet due puts nothing on the list.
    evaluation('L', { dueDate: '2025-03-10', state: 'kept', paidFen: 10_000, shortfallFen: 0 }),
    evaluation('L', { dueDate: '2025-03-15', state: 'pending' }),
  ],
  plans: [
    progress('E', '2025-03-12'), // due, within grace until 03-15
    progress('F', '2025-03-04'), // grace ended 03-07: broken on 03-08, 6 days ago
    progress('G', '2025-03-03'), // broken on 03-07, 7 days ago: no longer listed
  ],
  visits: [
    { id: 'v1', caseId: 'B', plannedFor: TODAY, status: 'planned' },
    { id: 'v2', caseId: 'H', plannedFor: '2025-03-12', status: 'planned' },
    { id: 'v3', caseId: 'G', plannedFor: '2025-03-15', status: 'planned' },
    { id: 'v4', caseId: 'G', plannedFor: TODAY, status: 'done' },
    { id: 'v5', caseId: 'L', plannedFor: TODAY, status: 'cancelled' },
  ],
  deadlines: [
    { caseId: 'B', kind: 'limitation', date: '2025-04-13' }, // 30 days
    { caseId: 'C', kind: 'guarantee', date: '2025-04-14' }, // 31 days
    { caseId: 'K', kind: 'guarantee', date: '2025-06-12' }, // 90 days
    { caseId: 'K', kind: 'limitation', date: TODAY }, // 0 days
    { caseId: 'G', kind: 'limitation', date: '2025-06-13' }, // 91 days
    { caseId: 'L', kind: 'limitation', date: '2025-03-13' }, // yesterday: past, not "expiring"
    { caseId: 'nobody', kind: 'limitation', date: TODAY },
  ],
};
