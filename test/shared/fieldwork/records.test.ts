import { describe, expect, it } from 'vitest';
import {
  ActivitySchema,
  AttachmentSchema,
  DisputeSchema,
  OUTCOME_CODES,
  OUTCOME_LABELS,
  OUTCOMES,
  OutcomeCodeSchema,
  PaymentSchema,
  PromiseToPaySchema,
  ReceiptSchema,
  RepaymentPlanSchema,
  VisitSchema,
  type Activity,
} from '../../../shared/fieldwork/records';
import { outcomesForChannel, OutcomeTableSchema } from '../../../shared/fieldwork/outcomes';

const AT = '2025-03-14T10:00:00+08:00';
const HASH = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

describe('OUTCOMES', () => {
  // connected, rightParty, unanswered, marksNumberInvalid, createsPromise, hold
  it.each<[string, boolean, boolean, boolean, boolean, boolean, string | null]>([
    ['right_party_contact', true, true, false, false, false, null],
    ['promise', true, true, false, false, true, null],
    ['refusal', true, true, false, false, false, null],
    ['dispute', true, true, false, false, false, 'dispute'],
    ['hardship', true, true, false, false, false, 'hardship'],
    ['no_answer', false, false, true, false, false, null],
    ['busy', false, false, true, false, false, null],
    ['wrong_number', true, false, false, true, false, null],
    ['number_invalid', false, false, false, true, false, null],
    ['third_party_message', true, false, false, false, false, null],
    ['not_at_home', false, false, false, false, false, null],
    ['moved', false, false, false, false, false, null],
    ['met', true, false, false, false, false, null],
  ])('%s', (code, connected, rightParty, unanswered, marksNumberInvalid, createsPromise, hold) => {
    const f = OUTCOMES[code as keyof typeof OUTCOMES];
    expect([f.connected, f.rightParty, f.unanswered, f.marksNumberInvalid, f.createsPromise, f.hold]).toEqual([
      connected,
      rightParty,
      unanswered,
      marksNumberInvalid,
      createsPromise,
      hold,
    ]);
  });

  it('is a valid configurable table covering every code, and every code has both labels', () => {
    expect(OutcomeTableSchema.safeParse(OUTCOMES).success).toBe(true);
    expect(Object.keys(OUTCOMES)).toEqual([...OUTCOME_CODES]);
    for (const lang of ['zh-CN', 'en'] as const) {
      const labels = OUTCOME_CODES.map((c) => OUTCOME_LABELS[lang][c]);
      expect(labels.every((l) => l.length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(OUTCOME_CODES.length);
    }
  });

  it('a table missing a code is refused', () => {
    const { met: _met, ...rest } = OUTCOMES;
    expect(OutcomeTableSchema.safeParse(rest).success).toBe(false);
  });

  it.each([
    ['phone', ['right_party_contact', 'promise', 'refusal', 'dispute', 'hardship', 'no_answer', 'busy', 'wrong_number', 'number_invalid', 'third_party_message']],
    ['visit', ['promise', 'refusal', 'dispute', 'hardship', 'third_party_message', 'not_at_home', 'moved', 'met']],
    ['legal', ['right_party_contact', 'dispute']],
  ] as const)('outcomes offered for %s', (channel, codes) => {
    expect(outcomesForChannel(channel)).toEqual(codes);
  });

  it('outcome codes are a closed list', () => {
    expect(OutcomeCodeSchema.safeParse('promise').success).toBe(true);
    expect(OutcomeCodeSchema.safeParse('paid').success).toBe(false);
  });
});

const activity: Activity = {
  id: 'a1',
  caseId: 'c1',
  partyId: 'p1',
  channel: 'phone',
  phoneId: 'ph1',
  addressId: null,
  outcome: 'promise',
  notes: '客户承诺周五还款',
  nextAction: '周五核实到账',
  nextActionDate: '2025-03-21',
  at: AT,
  userId: 'u1',
  deviceId: 'd1',
  override: null,
};

/** Error paths of a failed parse, or [] when it succeeds. */
function paths(schema: { safeParse: (x: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((i) => i.path.join('.'));
}

describe('ActivitySchema', () => {
  it.each<[string, Partial<Activity>, string[]]>([
    ['valid', {}, []],
    ['a visit with an address', { channel: 'visit', phoneId: null, addressId: 'ad1', outcome: 'met' }, []],
    ['an overridden attempt', { override: { ruleIds: ['freq-3-per-day'], supervisorId: 's1', reason: '客户要求今晚八点回电' } }, []],
    ['a phone outcome on a visit', { channel: 'visit', phoneId: null, addressId: 'ad1', outcome: 'no_answer' }, ['outcome']],
    ['a call without the number used', { phoneId: null }, ['phoneId']],
    ['a letter without the address used', { channel: 'letter', phoneId: null, outcome: 'moved' }, ['addressId']],
    ['notes over 2000 characters', { notes: '记'.repeat(2001) }, ['notes']],
    ['next action over 200 characters', { nextAction: 'x'.repeat(201) }, ['nextAction']],
    ['an impossible next-action date', { nextActionDate: '2025-02-30' }, ['nextActionDate']],
    ['a callback agreed for 15:00 on its date', { nextActionTime: '15:00' }, []],
    ['a callback time that is no time of day', { nextActionTime: '25:00' }, ['nextActionTime']],
    ['a callback time without its date', { nextActionDate: null, nextActionTime: '15:00' }, ['nextActionTime']],
    ['a local time without offset', { at: '2025-03-14T10:00:00' }, ['at']],
    ['an override naming no rule', { override: { ruleIds: [], supervisorId: 's1', reason: '客户要求今晚八点回电' } }, ['override.ruleIds']],
    ['an unknown outcome', { outcome: 'paid' as never }, ['outcome']],
  ])('%s', (_name, change, expected) => {
    expect(paths(ActivitySchema, { ...activity, ...change })).toEqual(expected);
  });

  it('notes of exactly 2000 characters are fine', () => {
    expect(paths(ActivitySchema, { ...activity, notes: '记'.repeat(2000) })).toEqual([]);
  });
});

describe('other records', () => {
  const promise = { id: 'pr1', caseId: 'c1', activityId: 'a1', amountFen: 1, dueDate: '2025-03-21', channel: 'phone', createdAt: AT, userId: 'u1', deviceId: 'd1' };
  const payment = { id: 'pay1', caseId: 'c1', amountFen: 5_000, paidOn: '2025-03-14', source: 'receipt', receiptId: 'r1', recordedAt: AT };
  const plan = {
    id: 'pl1',
    caseId: 'c1',
    agreedTotalFen: 10_000,
    outstandingFen: 12_000,
    waiverFen: 2_000,
    downPaymentFen: 2_000,
    instalments: [
      { seq: 0, dueDate: '2025-03-14', amountFen: 2_000 },
      { seq: 1, dueDate: '2025-04-14', amountFen: 8_000 },
    ],
    kind: 'custom',
    createdAt: AT,
    makerId: 'u1',
    approval: { status: 'not_needed', approverId: null, decidedAt: null, reason: null },
  };
  const receipt = {
    id: 'r1',
    number: 'SK-D7F3-000001',
    caseId: 'c1',
    payerName: '张三',
    amountFen: 5_000,
    method: 'cash',
    receivedAt: AT,
    userId: 'u1',
    deviceId: 'd1',
    voided: null,
  };
  const visit = {
    id: 'v1',
    caseId: 'c1',
    plannedFor: '2025-03-14',
    addressId: 'ad1',
    staff: ['王伟', '李娜'],
    status: 'done',
    peopleMet: '借款人本人',
    outcome: 'met',
    notes: '',
    attachmentIds: [HASH],
    recordedAt: AT,
  };
  const attachment = { id: HASH, caseId: 'c1', fileName: '门牌.jpg', mimeType: 'image/jpeg', sizeBytes: 1_000, addedAt: AT };
  const dispute = { id: 'd1', caseId: 'c1', kind: 'dispute', description: '客户称已结清', openedAt: AT, resolvedAt: null, resolution: null };

  it.each<[string, { safeParse: (x: unknown) => { success: boolean } }, unknown, string[]]>([
    ['promise', PromiseToPaySchema, promise, []],
    ['promise of 0 fen', PromiseToPaySchema, { ...promise, amountFen: 0 }, ['amountFen']],
    ['promise of a fraction of a fen', PromiseToPaySchema, { ...promise, amountFen: 1.5 }, ['amountFen']],
    ['payment from a receipt', PaymentSchema, payment, []],
    ['payment from core banking', PaymentSchema, { ...payment, source: 'core_banking', receiptId: null }, []],
    ['payment from a receipt without its id', PaymentSchema, { ...payment, receiptId: null }, ['receiptId']],
    ['plan', RepaymentPlanSchema, plan, []],
    ['plan whose waiver is not outstanding − agreed', RepaymentPlanSchema, { ...plan, waiverFen: 1_999 }, ['waiverFen']],
    ['plan agreeing more than is owed', RepaymentPlanSchema, { ...plan, outstandingFen: 9_999, waiverFen: 0 }, ['waiverFen']],
    ['plan whose instalments miss 1 fen', RepaymentPlanSchema, { ...plan, agreedTotalFen: 10_001, outstandingFen: 12_001 }, ['instalments']],
    ['plan with a down payment not in seq 0', RepaymentPlanSchema, { ...plan, downPaymentFen: 0 }, ['downPaymentFen']],
    [
      'plan approved without an approver',
      RepaymentPlanSchema,
      { ...plan, approval: { status: 'approved', approverId: null, decidedAt: null, reason: null } },
      ['approval.approverId'],
    ],
    [
      'plan rejected without a reason',
      RepaymentPlanSchema,
      { ...plan, approval: { status: 'rejected', approverId: 's1', decidedAt: AT, reason: ' ' } },
      ['approval.reason'],
    ],
    ['receipt', ReceiptSchema, receipt, []],
    ['receipt by cheque with its number', ReceiptSchema, { ...receipt, method: 'cheque', chequeNumber: '00123456' }, []],
    ['receipt by cheque without its number', ReceiptSchema, { ...receipt, method: 'cheque' }, ['chequeNumber']],
    ['receipt in cash with a cheque number', ReceiptSchema, { ...receipt, chequeNumber: '00123456' }, ['chequeNumber']],
    ['receipt with a made-up number', ReceiptSchema, { ...receipt, number: 'R-1' }, ['number']],
    ['receipt voided for a 4-character reason', ReceiptSchema, { ...receipt, voided: { at: AT, reason: '金额错误', userId: 'u1' } }, ['voided.reason']],
    ['visit', VisitSchema, visit, []],
    ['visit with an attachment id that is not a hash', VisitSchema, { ...visit, attachmentIds: ['photo1'] }, ['attachmentIds.0']],
    ['attachment', AttachmentSchema, attachment, []],
    ['attachment with an upper-case hash', AttachmentSchema, { ...attachment, id: HASH.toUpperCase() }, ['id']],
    ['attachment with a path for a name', AttachmentSchema, { ...attachment, fileName: '../门牌.jpg' }, ['fileName']],
    ['attachment of a type not allowed', AttachmentSchema, { ...attachment, mimeType: 'image/gif' }, ['mimeType']],
    ['attachment over the size limit', AttachmentSchema, { ...attachment, sizeBytes: 10 * 1024 * 1024 + 1 }, ['sizeBytes']],
    ['dispute', DisputeSchema, dispute, []],
    ['complaint, resolved', DisputeSchema, { ...dispute, kind: 'complaint', resolvedAt: '2025-03-15T10:00:00+08:00', resolution: '已致歉并更正', outcome: 'upheld' }, []],
    ['complaint resolved without an outcome', DisputeSchema, { ...dispute, kind: 'complaint', resolvedAt: '2025-03-15T10:00:00+08:00', resolution: '已致歉并更正' }, ['resolution']],
    ['dispute resolved without saying how', DisputeSchema, { ...dispute, resolvedAt: '2025-03-15T10:00:00+08:00' }, ['resolution']],
    // Opened on the collector's device, resolved on the supervisor's whose clock is behind: still stored.
    ['dispute resolved on a device whose clock is behind the opener’s', DisputeSchema, { ...dispute, resolvedAt: '2025-03-14T01:59:59Z', resolution: '撤回', outcome: 'withdrawn' }, []],
  ])('%s', (_name, schema, value, expected) => {
    expect(paths(schema as never, value)).toEqual(expected);
  });
});
