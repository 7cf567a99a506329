import { describe, expect, it } from 'vitest';
import { FIELDWORK_MESSAGES } from '../../../shared/fieldwork/messages';
import { checkScheduleInput, MAX_INSTALMENTS } from '../../../shared/fieldwork/plans';
import { MIN_VOID_REASON_LENGTH, voidReceipt as voidLocalReceipt } from '../../../shared/fieldwork/receipts';
import { ActivitySchema } from '../../../shared/records/activity';
import {
  CHEQUE_NUMBER_MAX_LENGTH, DELIVERY_EVIDENCE_MAX_LENGTH, DISPUTE_RESOLUTION_MIN_LENGTH, DISPUTE_TEXT_MAX_LENGTH, LETTER_BATCH_MAX, OVERRIDE_REASON_MIN_LENGTH, PAYER_NAME_MAX_LENGTH,
  PAYMENT_REFERENCE_MAX_LENGTH, PLAN_MAX_INSTALMENTS, RETIRE_REASON_MIN_LENGTH, TRACKING_NUMBER_MAX_LENGTH, VOID_REASON_MIN_LENGTH,
} from '../../../shared/records/limits';
import { recordPayment as recordPaymentAction } from '../../../renderer/src/fieldwork/actions';
import { issueLetterBatch, recordLetterDelivery as recordLetterDeliveryAction } from '../../../renderer/src/letters/actions';
import { editParty, phoneOf, retirePhoneArgs, retirePhoneEdit } from '../../../shared/records/contacts';
import { voidLetterArgs } from '../../../shared/records/letter';
import { retireAddress as retireAddressAction, retirePhone as retirePhoneAction } from '../../../renderer/src/fieldwork/actions';
import { contactPanelMessages } from '../../../renderer/src/i18n/modules/panels/contact';
import { statusPanelMessages } from '../../../renderer/src/i18n/modules/panels/status';
import { ResolveDisputeInput } from '../../../renderer/src/fieldwork/actions/resolveDispute';
import { letterUiMessages } from '../../../renderer/src/i18n/modules/letters';
import type { Case } from '../../../shared/domain/case';
import { RECORD_KINDS } from '../../../shared/records/registry';
import { ASSIGN_BATCH_MAX, ASSIGN_REASON_MIN_LENGTH } from '../../../shared/records/limits';
import { assignCases } from '../../../renderer/src/assignment/actions';
import { MUTATION_NAMES } from '../../../shared/records/names';
import { RepaymentPlanSchema, type Instalment } from '../../../shared/records/plan';
import { ReceiptSchema } from '../../../shared/records/receipt';
import { addDays } from '../../../shared/calendar';
import { GOOD } from '../sync/fixtures';
import { CONDUCT_REVIEW_NOTE_MIN_LENGTH } from '../../../shared/records/limits';
import { ReviewExceptionInput } from '../../../renderer/src/conduct/actions/reviewException';

/**
 * Each limit is defined once (shared/records/limits.ts) and every place that checks it agrees at its
 * boundary: the form's check, the local record, the sync schema head office parses a push with.
 */
const schedule = (count: number): Instalment[] =>
  Array.from({ length: count }, (_, i) => ({ seq: i + 1, dueDate: addDays('2026-01-05', i * 7), amountFen: 100 }));

const plan = (count: number) => ({
  ...GOOD.createPlan, outstandingFen: count * 100, agreedTotalFen: count * 100, waiverFen: 0, downPaymentFen: 0, instalments: schedule(count),
});
const localPlan = (count: number) => ({
  id: 'p1', caseId: 'c1', outstandingFen: count * 100, agreedTotalFen: count * 100, waiverFen: 0, downPaymentFen: 0, instalments: schedule(count),
  kind: 'equal' as const, createdAt: '2026-01-01T00:00:00Z', makerId: 'u1', approval: { status: 'not_needed' as const, approverId: null, decidedAt: null, reason: null },
});

describe('limits agree at their boundary', () => {
  it('instalments: the limit passes the form, the plan record and the sync schema; one more is refused by each, saying the limit', () => {
    expect(MAX_INSTALMENTS).toBe(PLAN_MAX_INSTALMENTS);
    const form = (count: number) => checkScheduleInput({ totalFen: count * 100, downPaymentFen: 0, count, firstDueDate: '2026-01-05', interval: 'weekly' });
    expect(form(PLAN_MAX_INSTALMENTS)).toBeNull();
    expect(RepaymentPlanSchema.safeParse(localPlan(PLAN_MAX_INSTALMENTS)).success).toBe(true);
    expect(RECORD_KINDS.createPlan.args.safeParse(plan(PLAN_MAX_INSTALMENTS)).success).toBe(true);

    expect(form(PLAN_MAX_INSTALMENTS + 1)).toBe('count_invalid');
    const record = RepaymentPlanSchema.safeParse(localPlan(PLAN_MAX_INSTALMENTS + 1));
    const wire = RECORD_KINDS.createPlan.args.safeParse(plan(PLAN_MAX_INSTALMENTS + 1));
    for (const refused of [record, wire]) {
      expect(refused.success).toBe(false);
      expect(refused.error?.issues.map((i) => i.message)).toContain(`a plan has at most ${PLAN_MAX_INSTALMENTS} instalments after its down payment (最多 ${PLAN_MAX_INSTALMENTS} 期)`);
    }
    // What the form tells the user names the same number.
    expect(JSON.stringify(FIELDWORK_MESSAGES)).toContain(String(PLAN_MAX_INSTALMENTS));
  });

  it(`an override's reason: ${OVERRIDE_REASON_MIN_LENGTH} characters pass the activity record and the sync schema; one fewer is refused by both`, () => {
    const reason = (n: number) => '夜'.repeat(n);
    const activity = (r: string) =>
      ActivitySchema.safeParse({
        id: 'a1', caseId: 'c1', partyId: 'p1', channel: 'phone', phoneId: 'ph1', addressId: null, outcome: 'no_answer', notes: '', nextAction: null,
        nextActionDate: null, at: '2026-01-01T00:00:00Z', userId: 'u1', deviceId: 'd1', override: { ruleIds: ['cn.time.window'], supervisorId: 's1', reason: r },
      }).success;
    const wire = (r: string) => RECORD_KINDS.recordOverride.args.safeParse({ ...GOOD.recordOverride, reason: r }).success;
    expect([activity(reason(OVERRIDE_REASON_MIN_LENGTH)), wire(reason(OVERRIDE_REASON_MIN_LENGTH))]).toEqual([true, true]);
    expect([activity(reason(OVERRIDE_REASON_MIN_LENGTH - 1)), wire(reason(OVERRIDE_REASON_MIN_LENGTH - 1))]).toEqual([false, false]);
  });

  it(`a void's reason: ${VOID_REASON_MIN_LENGTH} characters pass the rule, the receipt record and the sync schema; one fewer is refused by all three`, () => {
    expect(MIN_VOID_REASON_LENGTH).toBe(VOID_REASON_MIN_LENGTH);
    const receipt = {
      id: 'r1', number: 'SK-D0042-000001', caseId: 'c1', payerName: '张三', amountFen: 100, method: 'cash' as const, receivedAt: '2026-01-01T00:00:00Z',
      userId: 'u1', deviceId: 'd1', voided: null,
    };
    const all = (n: number) => {
      const reason = '错'.repeat(n);
      const rule = voidLocalReceipt(receipt, { reason, userId: 'u1', at: '2026-01-02T00:00:00Z' });
      const record = ReceiptSchema.safeParse({ ...receipt, voided: { at: '2026-01-02T00:00:00Z', reason, userId: 'u1' } }).success;
      const wire = RECORD_KINDS.voidReceipt.args.safeParse({ ...GOOD.voidReceipt, reason }).success;
      return [rule.ok, record, wire];
    };
    expect(all(VOID_REASON_MIN_LENGTH)).toEqual([true, true, true]);
    expect(all(VOID_REASON_MIN_LENGTH - 1)).toEqual([false, false, false]);
  });

  it(`a retirement's or a cancellation's reason: ${RETIRE_REASON_MIN_LENGTH} characters pass the action, the case edit and the wire (retirePhone, retireAddress, cancelVisit); one fewer is refused by each`, () => {
    const reason = (n: number) => '停'.repeat(n);
    const party = { caseId: 'c1', partyId: 'p1' };
    const action = (r: string) => [
      retirePhoneAction.input.safeParse({ ...party, phoneId: 'ph1', reason: r }).success,
      retireAddressAction.input.safeParse({ ...party, addressId: 'a1', reason: r }).success,
    ];
    const wire = (r: string) => [
      RECORD_KINDS.retirePhone.args.safeParse({ ...GOOD.retirePhone, reason: r }).success,
      RECORD_KINDS.retireAddress.args.safeParse({ ...GOOD.retireAddress, reason: r }).success,
      RECORD_KINDS.cancelVisit.args.safeParse({ ...GOOD.cancelVisit, reason: r }).success,
    ];
    // The case edit a device and head office both apply keeps the reason the args carry (mapped, trimmed).
    const phone = phoneOf({ id: 'ph1', caseId: 'c1', partyId: 'p1', number: '13900001111', kind: 'mobile', source: 'skip_trace', addedAt: '2026-01-01T00:00:00Z' });
    const c = { id: 'c1', parties: [{ id: 'p1', phones: [phone], addresses: [] }] } as unknown as Case;
    const args = retirePhoneArgs('c1', 'p1', 'ph1', ` ${reason(RETIRE_REASON_MIN_LENGTH)} `, '2026-01-02T00:00:00Z');
    expect(RECORD_KINDS.retirePhone.args.safeParse(args).success).toBe(true);
    expect(editParty(c, 'p1', retirePhoneEdit(args))?.parties[0]?.phones[0]?.retiredReason).toBe(reason(RETIRE_REASON_MIN_LENGTH));

    expect([...action(reason(RETIRE_REASON_MIN_LENGTH)), ...wire(reason(RETIRE_REASON_MIN_LENGTH))]).toEqual([true, true, true, true, true]);
    expect([...action(reason(RETIRE_REASON_MIN_LENGTH - 1)), ...wire(reason(RETIRE_REASON_MIN_LENGTH - 1))]).toEqual([false, false, false, false, false]);
    // Spaces around a short reason do not make it long enough.
    expect(wire(`  ${reason(RETIRE_REASON_MIN_LENGTH - 1)}  `)).toEqual([false, false, false]);
    // The panel's message states the limit it is given, in both languages.
    expect([contactPanelMessages['zh-CN'].panels.contact.reasonTooShort, contactPanelMessages.en.panels.contact.reasonTooShort].every((m) => m.includes('{{min}}'))).toBe(true);
  });

  it(`a void letter's reason: ${VOID_REASON_MIN_LENGTH} characters pass the wire, one fewer is refused, and the form's message names the same figure`, () => {
    const wire = (n: number) => RECORD_KINDS.voidLetter.args.safeParse(voidLetterArgs({ id: GOOD.voidLetter.letterId, caseId: GOOD.voidLetter.caseId }, '错'.repeat(n), GOOD.voidLetter.voidedAt)).success;
    expect([wire(VOID_REASON_MIN_LENGTH), wire(VOID_REASON_MIN_LENGTH - 1)]).toEqual([true, false]);
    for (const lang of ['zh-CN', 'en'] as const) expect(letterUiMessages[lang].letters.actions.reasonNeeded).toContain(String(VOID_REASON_MIN_LENGTH));
  });

  it(`a conduct review's note: ${CONDUCT_REVIEW_NOTE_MIN_LENGTH} characters (trimmed) pass the action and the wire, one fewer is refused by both`, () => {
    const text = (n: number) => ` ${'谈'.repeat(n)} `;
    const both = (n: number) => [
      ReviewExceptionInput.safeParse({ exceptionId: '17', note: text(n) }).success,
      RECORD_KINDS.reviewConductException.args.safeParse({ ...GOOD.reviewConductException, note: text(n) }).success,
    ];
    expect(both(CONDUCT_REVIEW_NOTE_MIN_LENGTH)).toEqual([true, true]);
    expect(both(CONDUCT_REVIEW_NOTE_MIN_LENGTH - 1)).toEqual([false, false]);
  });

  it(`a dispute's resolution: ${DISPUTE_RESOLUTION_MIN_LENGTH} characters (trimmed, 汉字 one each) pass the action and the wire, one fewer is refused by both; the form names the figure`, () => {
    const text = (n: number) => `  ${'核'.repeat(n)}  `;
    const both = (n: number) => [
      ResolveDisputeInput.safeParse({ caseId: 'c1', disputeId: 'd1', outcome: 'rejected', resolution: text(n) }).success,
      RECORD_KINDS.resolveDispute.args.safeParse({ ...GOOD.resolveDispute, resolution: text(n) }).success,
    ];
    expect(both(DISPUTE_RESOLUTION_MIN_LENGTH)).toEqual([true, true]);
    expect(both(DISPUTE_RESOLUTION_MIN_LENGTH - 1)).toEqual([false, false]);
    for (const lang of ['zh-CN', 'en'] as const) expect(statusPanelMessages[lang].panels.dispute.resolve.textTooShort).toContain('{{min}}');
  });

  it('text limits: each passes at its limit and is refused one above, on the action, the local record and the wire alike', () => {
    const text = (n: number) => '字'.repeat(n);
    const receipt = { id: 'r1', number: 'SK-D0042-000001', caseId: 'c1', payerName: '张三', amountFen: 100, method: 'cheque' as const, chequeNumber: '1', receivedAt: '2026-01-01T00:00:00Z', userId: 'u1', deviceId: 'd1', voided: null };
    const cases: [string, number, (n: number) => boolean[]][] = [
      ['payer name', PAYER_NAME_MAX_LENGTH, (n) => [ReceiptSchema.safeParse({ ...receipt, payerName: text(n) }).success]],
      ['cheque number', CHEQUE_NUMBER_MAX_LENGTH, (n) => [ReceiptSchema.safeParse({ ...receipt, chequeNumber: '9'.repeat(n) }).success]],
      ['payment reference', PAYMENT_REFERENCE_MAX_LENGTH, (n) => [
        recordPaymentAction.input.safeParse({ caseId: 'c1', amountFen: 100, paidOn: '2026-01-01', reference: text(n) }).success,
        RECORD_KINDS.recordPayment.args.safeParse({ ...GOOD.recordPayment, reference: text(n) }).success,
      ]],
      ['dispute text', DISPUTE_TEXT_MAX_LENGTH, (n) => [RECORD_KINDS.openDispute.args.safeParse({ ...GOOD.openDispute, description: text(n) }).success]],
      ['tracking number', TRACKING_NUMBER_MAX_LENGTH, (n) => [
        recordLetterDeliveryAction.input.safeParse({ caseId: 'c1', letterId: 'l1', method: 'ems', trackingNumber: '9'.repeat(n), status: 'sent', evidence: null }).success,
        RECORD_KINDS.recordLetterDelivery.args.safeParse({ ...GOOD.recordLetterDelivery, trackingNumber: '9'.repeat(n) }).success,
      ]],
      ['delivery evidence', DELIVERY_EVIDENCE_MAX_LENGTH, (n) => [
        recordLetterDeliveryAction.input.safeParse({ caseId: 'c1', letterId: 'l1', method: 'ems', trackingNumber: null, status: 'delivered', evidence: text(n) }).success,
        RECORD_KINDS.recordLetterDelivery.args.safeParse({ ...GOOD.recordLetterDelivery, evidence: text(n) }).success,
      ]],
    ];
    for (const [what, limit, check] of cases) {
      expect(check(limit).every(Boolean), `${what} at ${limit}`).toBe(true);
      expect(check(limit + 1).some(Boolean), `${what} at ${limit + 1}`).toBe(false);
    }
    // A batch print of the most letters is not refused for its size; one more is.
    const batch = (n: number) => issueLetterBatch.input.safeParse({ letters: Array.from({ length: n }, () => ({})) }).error?.issues.some((i) => i.path.length === 1 && i.path[0] === 'letters');
    expect([batch(LETTER_BATCH_MAX), batch(LETTER_BATCH_MAX + 1)]).toEqual([false, true]);
  });

  it(`an assignment's reason: ${ASSIGN_REASON_MIN_LENGTH} characters (trimmed) pass the action and the wire, one fewer is refused by both; ${ASSIGN_BATCH_MAX} cases per action, not one more`, () => {
    const reason = (n: number) => '换'.repeat(n);
    const officers = [{ id: 'u-8', name: '王磊', role: 'collector' as const, branchCode: '310115' }];
    const action = (r: string, n = 1) => assignCases.input.safeParse({ moves: Array.from({ length: n }, (_, i) => ({ caseId: `c${i}`, officerId: 'u-8' })), reason: r, officers }).success;
    const wire = (r: string) => RECORD_KINDS.assignCase.args.safeParse({ ...GOOD.assignCase, reason: r }).success;
    expect([action(reason(ASSIGN_REASON_MIN_LENGTH)), wire(reason(ASSIGN_REASON_MIN_LENGTH))]).toEqual([true, true]);
    expect([action(` ${reason(ASSIGN_REASON_MIN_LENGTH - 1)} `), wire(` ${reason(ASSIGN_REASON_MIN_LENGTH - 1)} `)]).toEqual([false, false]);
    expect([action(reason(ASSIGN_REASON_MIN_LENGTH), ASSIGN_BATCH_MAX), action(reason(ASSIGN_REASON_MIN_LENGTH), ASSIGN_BATCH_MAX + 1)]).toEqual([true, false]);
  });

  it('the registry has one entry per mutation name, each with its permission and conflict class', () => {
    expect(Object.keys(RECORD_KINDS)).toEqual([...MUTATION_NAMES]);
    for (const name of MUTATION_NAMES) {
      const kind = RECORD_KINDS[name];
      if ('target' in kind.conflict) expect(MUTATION_NAMES).toContain(kind.conflict.target);
      expect(kind.action === null || typeof kind.action === 'string').toBe(true);
    }
  });
});
