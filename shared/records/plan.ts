import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { FenSchema, IdSchema, InstantSchema, LocalDateSchema, NewIdSchema, NoteSchema, PositiveFenSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind, type Maker } from './kind';
import { APPROVAL_STATUSES, PLAN_DECISIONS, PLAN_KINDS, PLAN_MAX_INSTALMENTS, REASON_MAX_LENGTH } from './limits';
import { scheduleProblemText, validateCustomSchedule, type ScheduleProblemCode } from './schedule';

/**
 * A repayment plan (分期还款方案): created once (createPlan, insert-only), then decided once by a supervisor
 * who is not its maker (decidePlan, a once-only correction; maker-checker).
 */

export const InstalmentSchema = z.object({
  /** 0 is the down payment (when there is one); instalments count from 1. */
  seq: z.number().int().nonnegative(),
  dueDate: LocalDateSchema,
  amountFen: PositiveFenSchema,
});
export type Instalment = z.infer<typeof InstalmentSchema>;

/** Down payment (seq 0) plus at most PLAN_MAX_INSTALMENTS instalments. */
const tooMany = `a plan has at most ${PLAN_MAX_INSTALMENTS} instalments after its down payment (最多 ${PLAN_MAX_INSTALMENTS} 期)`;
const scheduleOf = <T extends z.ZodType<{ seq: number }>>(row: T) =>
  z
    .array(row)
    .min(1)
    .max(PLAN_MAX_INSTALMENTS + 1, tooMany)
    .refine((rows) => rows.filter((r) => r.seq > 0).length <= PLAN_MAX_INSTALMENTS, tooMany);

export const PlanApprovalSchema = z
  .object({
    status: z.enum(APPROVAL_STATUSES),
    approverId: IdSchema.nullable(),
    decidedAt: InstantSchema.nullable(),
    reason: z.string().max(REASON_MAX_LENGTH).nullable(),
  })
  .superRefine((a, ctx) => {
    const decided = a.status === 'approved' || a.status === 'rejected';
    if (decided !== (a.approverId !== null && a.decidedAt !== null)) {
      ctx.addIssue({ code: 'custom', path: ['approverId'], message: 'approver and decision time go with a decision, and only with it' });
    }
    if (a.status === 'rejected' && !a.reason?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a rejection states its reason' });
    }
  });
export type PlanApproval = z.infer<typeof PlanApprovalSchema>;

interface PlanTotals {
  outstandingFen: number;
  agreedTotalFen: number;
  waiverFen: number;
  downPaymentFen: number;
  instalments: readonly Instalment[];
}

/** The field of an instalment a schedule problem is about. */
const PROBLEM_FIELD: Record<ScheduleProblemCode, keyof Instalment> = {
  empty: 'seq', seq_invalid: 'seq', amount_not_positive: 'amountFen', date_invalid: 'dueDate', dates_not_increasing: 'dueDate', sum_mismatch: 'amountFen',
};

/** The rules a plan's totals and schedule follow, on the device and at head office alike. */
function checkPlan(p: PlanTotals, ctx: z.RefinementCtx): void {
  if (p.agreedTotalFen > p.outstandingFen || p.waiverFen !== p.outstandingFen - p.agreedTotalFen) {
    ctx.addIssue({ code: 'custom', path: ['waiverFen'], message: 'waiver must equal outstanding − agreed total, and not be negative' });
  }
  for (const problem of validateCustomSchedule(p.agreedTotalFen, p.instalments)) {
    const row = problem.seq === null ? -1 : p.instalments.findIndex((r) => r.seq === problem.seq);
    const path = row < 0 ? ['instalments'] : ['instalments', row, PROBLEM_FIELD[problem.code]];
    ctx.addIssue({ code: 'custom', path, message: scheduleProblemText(problem) });
  }
  const first = p.instalments[0];
  if ((first?.seq === 0 ? first.amountFen : 0) !== p.downPaymentFen) {
    ctx.addIssue({ code: 'custom', path: ['downPaymentFen'], message: 'the down payment is instalment seq 0, and only it' });
  }
}

export const RepaymentPlanSchema = z
  .object({
    id: IdSchema,
    caseId: IdSchema,
    agreedTotalFen: PositiveFenSchema,
    /** The balance at agreement. */
    outstandingFen: FenSchema,
    /** outstandingFen − agreedTotalFen: what the bank gives up (减免). */
    waiverFen: FenSchema,
    downPaymentFen: FenSchema,
    /** Includes the down payment as seq 0 when there is one; the amounts sum to agreedTotalFen. */
    instalments: scheduleOf(InstalmentSchema),
    kind: z.enum(PLAN_KINDS),
    /** What the collector noted with the plan (absent on plans stored before it was kept). */
    notes: z.string().max(2000).optional(),
    createdAt: InstantSchema,
    makerId: IdSchema,
    approval: PlanApprovalSchema,
  })
  .superRefine(checkPlan);
export type RepaymentPlan = z.infer<typeof RepaymentPlanSchema>;

export const CreatePlanArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: IdSchema,
    /** The balance when the plan was agreed. */
    outstandingFen: FenSchema,
    /** What the customer agrees to pay: the sum of the instalments, down payment included. */
    agreedTotalFen: PositiveFenSchema,
    /** outstandingFen − agreedTotalFen (减免); above the branch limit the plan waits for a supervisor. */
    waiverFen: FenSchema,
    downPaymentFen: FenSchema,
    instalments: scheduleOf(z.strictObject(InstalmentSchema.shape)),
    kind: z.enum(PLAN_KINDS),
    notes: NoteSchema,
    proposedAt: InstantSchema,
  })
  .superRefine(checkPlan);
export type CreatePlanArgs = z.output<typeof CreatePlanArgsSchema>;

/** Maker-checker: head office refuses a decision by the plan's maker. */
export const DecidePlanArgsSchema = z
  .strictObject({
    caseId: IdSchema,
    planId: IdSchema,
    decision: z.enum(PLAN_DECISIONS),
    /** Required to reject; optional to approve. */
    reason: z.string().trim().max(REASON_MAX_LENGTH).nullable(),
    decidedAt: InstantSchema,
  })
  .refine((d) => d.decision !== 'reject' || (d.reason !== null && d.reason.length > 0), {
    path: ['reason'],
    message: 'a rejection needs a reason',
  });
export type DecidePlanArgs = z.output<typeof DecidePlanArgsSchema>;

export const createPlan = mutationKind({ args: CreatePlanArgsSchema, action: MUTATION_ACTIONS.createPlan, conflict: INSERT_ONLY, toDevices: true });
export const decidePlan = mutationKind({
  args: DecidePlanArgsSchema,
  action: MUTATION_ACTIONS.decidePlan,
  conflict: { class: 'once_only_correction', target: 'createPlan', ref: (a) => a.planId },
  toDevices: true,
});

export const planArgs = (p: RepaymentPlan): CreatePlanArgs => ({
  id: p.id, caseId: p.caseId, outstandingFen: p.outstandingFen, agreedTotalFen: p.agreedTotalFen, waiverFen: p.waiverFen,
  downPaymentFen: p.downPaymentFen, instalments: p.instalments, kind: p.kind, notes: p.notes ?? '', proposedAt: p.createdAt,
});

/** Head office → device: a plan made elsewhere; `pending` when its waiver is above this branch's limit (maker-checker). */
export const planOf = (a: CreatePlanArgs, by: Maker, pending: boolean): RepaymentPlan => ({
  id: a.id, caseId: a.caseId, agreedTotalFen: a.agreedTotalFen, outstandingFen: a.outstandingFen, waiverFen: a.waiverFen,
  downPaymentFen: a.downPaymentFen, instalments: a.instalments, kind: a.kind, notes: a.notes, createdAt: a.proposedAt, makerId: by.userId,
  approval: { status: pending ? 'pending' : 'not_needed', approverId: null, decidedAt: null, reason: null },
});

export function decisionArgs(plan: RepaymentPlan): DecidePlanArgs | null {
  const { status, reason, decidedAt } = plan.approval;
  if ((status !== 'approved' && status !== 'rejected') || decidedAt === null) return null;
  return { caseId: plan.caseId, planId: plan.id, decision: status === 'approved' ? 'approve' : 'reject', reason, decidedAt };
}

/** Head office → device: the approval a pulled decision gives the plan. */
export const approvalOf = (a: DecidePlanArgs, by: Maker): PlanApproval => ({
  status: a.decision === 'approve' ? 'approved' : 'rejected', approverId: by.userId, decidedAt: a.decidedAt, reason: a.reason,
});
