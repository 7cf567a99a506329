import { describe, expect, it } from 'vitest';
import { FIELDWORK_MESSAGES } from '../../../shared/fieldwork/messages';
import { checkScheduleInput, MAX_INSTALMENTS } from '../../../shared/fieldwork/plans';
import { MIN_VOID_REASON_LENGTH, voidReceipt as voidLocalReceipt } from '../../../shared/fieldwork/receipts';
import { ActivitySchema } from '../../../shared/records/activity';
import { OVERRIDE_REASON_MIN_LENGTH, PLAN_MAX_INSTALMENTS, VOID_REASON_MIN_LENGTH } from '../../../shared/records/limits';
import { RECORD_KINDS } from '../../../shared/records/registry';
import { MUTATION_NAMES } from '../../../shared/records/names';
import { RepaymentPlanSchema, type Instalment } from '../../../shared/records/plan';
import { ReceiptSchema } from '../../../shared/records/receipt';
import { addDays } from '../../../shared/calendar';
import { GOOD } from '../sync/fixtures';

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

  it('the registry has one entry per mutation name, each with its permission and conflict class', () => {
    expect(Object.keys(RECORD_KINDS)).toEqual([...MUTATION_NAMES]);
    for (const name of MUTATION_NAMES) {
      const kind = RECORD_KINDS[name];
      if ('target' in kind.conflict) expect(MUTATION_NAMES).toContain(kind.conflict.target);
      expect(kind.action === null || typeof kind.action === 'string').toBe(true);
    }
  });
});
