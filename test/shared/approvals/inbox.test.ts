import { describe, expect, it } from 'vitest';
import { inboxCounts, inboxItems, planDeadline, urgencyOf, type InboxCase, type InboxInput } from '../../../shared/approvals/inbox';
import type { Arrangement } from '../../../shared/records/arrangement';
import type { RepaymentPlan } from '../../../shared/records/plan';

const TODAY = '2026-03-10';
const amounts = { principalFen: 800_000, interestFen: 100_000, penaltyFen: 60_000, compoundFen: 20_000, feesFen: 20_000 };
const kase = (id: string, branchCode = 'B1', borrower = `借款人${id}`): InboxCase => ({
  id,
  caseNumber: `CS-${id}`,
  parties: [
    { id: `${id}-g`, role: 'guarantor', name: `担保人${id}`, idNumber: '110101199001011234', guaranteeType: 'joint', phones: [], addresses: [] },
    { id: `${id}-b`, role: 'borrower', name: borrower, idNumber: '110101199001011234', guaranteeType: null, phones: [], addresses: [] },
  ],
  accounts: [
    {
      id: `${id}-a`, product: 'consumer_loan', accountNumber: '622200001111', contractNumber: 'HT-0001', originalPrincipalFen: 1_000_000, amounts,
      contractRateBps: 500, penaltyRateBps: 750, dpd: 90, overdueSince: '2025-12-01', maturityDate: null, classification: 'substandard', snapshotDate: '2026-03-09',
    },
  ],
  assignment: { branchCode, branchName: '支行', officerId: 'c1', officerName: '收款员', assignedAt: '2026-01-01T00:00:00Z' },
});

const plan = (id: string, caseId: string, over: Partial<RepaymentPlan> = {}): RepaymentPlan => ({
  id, caseId, outstandingFen: 1_000_000, agreedTotalFen: 400_000, waiverFen: 600_000, downPaymentFen: 0,
  instalments: [{ seq: 1, dueDate: '2026-03-20', amountFen: 200_000 }, { seq: 2, dueDate: '2026-04-20', amountFen: 200_000 }],
  kind: 'custom', notes: '借款人失业，家庭困难', createdAt: '2026-03-01T02:00:00Z', makerId: 'c1',
  approval: { status: 'pending', approverId: null, decidedAt: null, reason: null },
  ...over,
});

const arrangement = (id: string, caseId: string, over: Partial<Arrangement> = {}): Arrangement => ({
  id, caseId, kind: 'illness', proposal: '暂停催收六个月', reasons: '借款人住院治疗中', evidenceIds: [], decideBy: null,
  proposedAt: '2026-03-02T02:00:00Z', makerId: 'c2', decision: { status: 'proposed', approverId: null, decidedAt: null, reason: null }, ...over,
});

const input = (over: Partial<InboxInput>): InboxInput => ({
  plans: [], arrangements: [], cases: new Map(['k1', 'k2', 'k3'].map((id) => [id, kase(id)])), branchCode: 'B1', today: TODAY, ...over,
});

describe('inboxItems', () => {
  it('lists pending plans and proposed arrangements of the branch, soonest deadline first, none last, then oldest first', () => {
    const items = inboxItems(
      input({
        plans: [
          plan('p-later', 'k1', { instalments: [{ seq: 1, dueDate: '2026-04-01', amountFen: 400_000 }] }),
          plan('p-overdue', 'k2', { instalments: [{ seq: 0, dueDate: '2026-03-05', amountFen: 100_000 }, { seq: 1, dueDate: '2026-04-05', amountFen: 300_000 }], downPaymentFen: 100_000 }),
          plan('p-approved', 'k1', { approval: { status: 'approved', approverId: 's1', decidedAt: '2026-03-02T00:00:00Z', reason: null } }),
          plan('p-not-needed', 'k1', { approval: { status: 'not_needed', approverId: null, decidedAt: null, reason: null } }),
        ],
        arrangements: [
          arrangement('a-none-new', 'k3', { proposedAt: '2026-03-09T00:00:00Z' }),
          arrangement('a-none-old', 'k3', { proposedAt: '2026-03-01T00:00:00Z' }),
          arrangement('a-today', 'k2', { decideBy: TODAY }),
          arrangement('a-decided', 'k2', { decision: { status: 'rejected', approverId: 's1', decidedAt: '2026-03-03T00:00:00Z', reason: '材料不足' } }),
        ],
      }),
    );
    expect(items.map((i) => [i.kind, i.id, i.deadline, i.urgency])).toEqual([
      ['plan', 'p-overdue', '2026-03-05', 'overdue'],
      ['arrangement', 'a-today', TODAY, 'due_today'],
      ['plan', 'p-later', '2026-04-01', 'later'],
      ['arrangement', 'a-none-old', null, 'no_deadline'],
      ['arrangement', 'a-none-new', null, 'no_deadline'],
    ]);
  });

  it('says what is asked, by whom, of which debtor: the borrower, not a guarantor; the waiver per component and its reason', () => {
    const [item] = inboxItems(input({ plans: [plan('p1', 'k1')] }));
    expect(item).toMatchObject({ kind: 'plan', caseNumber: 'CS-k1', debtorName: '借款人k1', makerId: 'c1', askedAt: '2026-03-01T02:00:00Z', reason: '借款人失业，家庭困难' });
    if (item?.kind !== 'plan') throw new Error('a plan item');
    // 600,000 waived of 1,000,000: fees 20,000, compound 20,000, penalty 60,000, interest 100,000, then 400,000 of principal.
    expect(item.waiver.components.map((c) => [c.component, c.waivedFen, c.shareBps])).toEqual([
      ['principalFen', 400_000, 5000], ['interestFen', 100_000, 10_000], ['penaltyFen', 60_000, 10_000], ['compoundFen', 20_000, 10_000], ['feesFen', 20_000, 10_000],
    ]);
    expect(item.waiver.shareBps).toBe(6000);
  });

  it('leaves out other branches’ cases and cases the device does not hold', () => {
    const cases = new Map([['k1', kase('k1', 'B2')]]);
    expect(inboxItems(input({ cases, plans: [plan('p1', 'k1'), plan('p2', 'gone')], arrangements: [arrangement('a1', 'k1')] }))).toEqual([]);
  });

  it('a plan made before a reason was required shows an empty reason, not undefined', () => {
    const [item] = inboxItems(input({ plans: [plan('p1', 'k1', { notes: undefined })] }));
    expect(item?.kind === 'plan' && item.reason).toBe('');
  });
});

describe('deadlines', () => {
  it('a plan’s deadline is its first payment, down payment included', () => {
    expect(planDeadline({ instalments: [{ seq: 0, dueDate: '2026-03-01', amountFen: 1 }, { seq: 1, dueDate: '2026-04-01', amountFen: 1 }] })).toBe('2026-03-01');
    expect(planDeadline({ instalments: [] })).toBeNull();
  });

  it.each([
    [null, 'no_deadline'],
    ['2026-03-09', 'overdue'],
    ['2026-03-10', 'due_today'],
    ['2026-03-13', 'due_soon'],
    ['2026-03-14', 'later'],
    // Across a month end, by calendar days.
    ['2026-02-28', 'overdue'],
  ])('a deadline of %s on 2026-03-10 is %s', (deadline, urgency) => {
    expect(urgencyOf(deadline, TODAY)).toBe(urgency);
  });
});

describe('inboxCounts', () => {
  it('counts each kind and the overdue ones for the header', () => {
    const items = inboxItems(input({ plans: [plan('p1', 'k1'), plan('p2', 'k2', { instalments: [{ seq: 1, dueDate: '2026-03-01', amountFen: 400_000 }] })], arrangements: [arrangement('a1', 'k3')] }));
    expect(inboxCounts(items)).toEqual({ total: 3, overdue: 1, byKind: { plan: 2, arrangement: 1 } });
    expect(inboxCounts([])).toEqual({ total: 0, overdue: 0, byKind: { plan: 0, arrangement: 0 } });
  });
});
