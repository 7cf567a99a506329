import { describe, expect, it } from 'vitest';
import { eventsFromRecords, limitationFor, LimitationEventSchema, type DeliveredLetter } from '../../../shared/limitation';
import type { Payment, PromiseToPay, Receipt, RepaymentPlan } from '../../../shared/fieldwork/records';
import { account, allParties, B, C, makeCase } from './fixture';

const kase = makeCase([account('a1', '2023-03-15')], allParties());

const promise = (id: string, createdAt: string, over: Partial<PromiseToPay> = {}): PromiseToPay => ({
  id,
  caseId: 'case-1',
  activityId: `act-${id}`,
  amountFen: 10_000,
  dueDate: '2024-12-31',
  channel: 'phone',
  createdAt,
  userId: 'u1',
  deviceId: 'd1',
  ...over,
});
const payment = (id: string, paidOn: string, receiptId: string | null = null, over: Partial<Payment> = {}): Payment => ({
  id,
  caseId: 'case-1',
  amountFen: 5_000,
  paidOn,
  source: receiptId === null ? 'core_banking' : 'receipt',
  receiptId,
  recordedAt: `${paidOn}T12:00:00+08:00`,
  ...over,
});
const plan = (id: string, createdAt: string, status: RepaymentPlan['approval']['status']): RepaymentPlan => ({
  id,
  caseId: 'case-1',
  agreedTotalFen: 20_000,
  outstandingFen: 20_000,
  waiverFen: 0,
  downPaymentFen: 0,
  instalments: [{ seq: 1, dueDate: '2025-01-31', amountFen: 20_000 }],
  kind: 'equal',
  createdAt,
  makerId: 'u1',
  approval:
    status === 'approved' || status === 'rejected'
      ? { status, approverId: 'sup', decidedAt: '2024-09-20T10:00:00+08:00', reason: status === 'rejected' ? 'too long' : null }
      : { status, approverId: null, decidedAt: null, reason: null },
});
const receipt = (id: string, voided: boolean): Pick<Receipt, 'id' | 'voided'> => ({
  id,
  voided: voided ? { at: '2024-08-02T10:00:00+08:00', reason: 'wrong amount', userId: 'u1' } : null,
});

describe('eventsFromRecords', () => {
  it('maps promises, payments, binding plans and delivered letters, sorted by date', () => {
    const letters: DeliveredLetter[] = [
      { partyId: B, deliveredOn: '2024-03-01', evidence: 'EMS1234567890CN 回执', type: 'demand' },
      { partyId: 'GJ', deliveredOn: '2024-03-02', evidence: '回执-GJ', type: 'guarantor_demand', accountId: 'a1' },
      { partyId: B, deliveredOn: null, evidence: 'EMS…', type: 'demand' },
      { partyId: B, deliveredOn: '2024-03-03', evidence: null, type: 'demand' },
      { partyId: B, deliveredOn: '2024-03-04', evidence: '  ', type: 'demand' },
      { partyId: 'stranger', deliveredOn: '2024-03-05', evidence: 'x', type: 'demand' },
    ];
    const events = eventsFromRecords({
      caseRecord: kase,
      // 2024-05-31T17:00Z is 2024-06-01 in Shanghai
      promises: [promise('pr1', '2024-05-31T17:00:00Z'), promise('pr2', '2024-07-01T10:00:00+08:00'), promise('other', '2024-07-02T10:00:00+08:00', { caseId: 'case-2' })],
      payments: [payment('pay1', '2024-08-01'), payment('pay2', '2024-08-02', 'rc-void'), payment('pay3', '2024-08-03', 'rc-ok')],
      receipts: [receipt('rc-void', true), receipt('rc-ok', false)],
      plans: [
        plan('pl-nn', '2024-09-01T10:00:00+08:00', 'not_needed'),
        plan('pl-ok', '2024-09-02T10:00:00+08:00', 'approved'),
        plan('pl-pend', '2024-09-03T10:00:00+08:00', 'pending'),
        plan('pl-rej', '2024-09-04T10:00:00+08:00', 'rejected'),
      ],
      letters,
      activities: [{ id: 'act-pr2', partyId: C }],
    });
    expect(events).toEqual([
      { kind: 'demand_delivered', date: '2024-03-01', partyId: B, evidence: 'EMS1234567890CN 回执' },
      { kind: 'demand_delivered', date: '2024-03-02', partyId: 'GJ', evidence: '回执-GJ', accountId: 'a1' },
      { kind: 'promise', date: '2024-06-01', partyId: B, evidence: 'promise:pr1' },
      { kind: 'promise', date: '2024-07-01', partyId: C, evidence: 'promise:pr2' },
      { kind: 'partial_payment', date: '2024-08-01', partyId: B, evidence: 'payment:pay1' },
      { kind: 'partial_payment', date: '2024-08-03', partyId: B, evidence: 'payment:pay3' },
      { kind: 'plan', date: '2024-09-01', partyId: B, evidence: 'plan:pl-nn' },
      { kind: 'plan', date: '2024-09-02', partyId: B, evidence: 'plan:pl-ok' },
    ]);
    for (const e of events) expect(LimitationEventSchema.safeParse(e).success).toBe(true);
    expect(limitationFor(kase, events, '2025-01-01')[0]).toMatchObject({ expiry: '2027-09-02', lastInterruption: { kind: 'plan', date: '2024-09-02' } });
  });

  it('needs a borrower', () => {
    expect(() => eventsFromRecords({ caseRecord: { id: 'x', parties: [] } })).toThrow(RangeError);
  });

  it('refuses a malformed delivery date', () => {
    expect(() => eventsFromRecords({ caseRecord: kase, letters: [{ partyId: B, deliveredOn: '2024-02-30', evidence: 'x', type: 'demand' }] })).toThrow(RangeError);
  });
});

describe('LimitationEventSchema', () => {
  it.each([
    [{ kind: 'demand_delivered', date: '2024-01-01', partyId: B, evidence: '回执' }, true],
    [{ kind: 'demand_delivered', date: '2024-01-01', partyId: B, evidence: null }, false],
    [{ kind: 'acknowledgement_after_expiry', date: '2024-01-01', partyId: B, evidence: null }, false],
    [{ kind: 'guarantor_signature', date: '2024-01-01', partyId: B, evidence: null }, false],
    [{ kind: 'promise', date: '2024-01-01', partyId: B, evidence: null }, true],
    [{ kind: 'lawsuit', date: '2024-01-01', partyId: B, evidence: null, accountId: 'a1' }, true],
    [{ kind: 'promise', date: '2023-02-29', partyId: B, evidence: null }, false],
    [{ kind: 'visit', date: '2024-01-01', partyId: B, evidence: null }, false],
  ])('%j → %s', (input, ok) => {
    expect(LimitationEventSchema.safeParse(input).success).toBe(ok);
  });
});
