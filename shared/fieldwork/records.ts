import { z } from 'zod';
import { FenSchema, InstantSchema, LocalDateSchema } from '../domain/case';
import { isLocalDate, instantMs } from './dates';
import { ChannelSchema, OUTCOMES, OutcomeCodeSchema } from './outcomes';
import { ATTACHMENT_LIMITS, isSafeAttachmentName } from './visits';
import { validateCustomSchedule } from './plans';
import { parseReceiptNumber } from './receipts';

/**
 * The field-work records the app stores and syncs. All are insert-only and immutable once synced
 * (architecture: conflict rules): a mistake is corrected by a void or reversal record, never an edit.
 * The two exceptions are marked: a receipt's `voided` and a plan's `approval` are set once, by
 * voidReceipt and approvePlan/rejectPlan, and sync as their own intent mutations.
 */

export { CHANNELS, ChannelSchema, OUTCOMES, OUTCOME_CODES, OUTCOME_LABELS, OutcomeCodeSchema, outcomeCode } from './outcomes';
export type { Channel, OutcomeCode, OutcomeFlags, OutcomeTable } from './outcomes';

const IdSchema = z.string().min(1).max(100);
/** YYYY-MM-DD that is also a real calendar date (2025-02-30 is refused). */
export const CalendarDateSchema = LocalDateSchema.refine(isLocalDate, 'no such calendar date');
/** More than zero fen. */
export const PositiveFenSchema = FenSchema.min(1, 'amount must be more than 0');
export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case SHA-256 hex digest');

const NEEDS_PHONE = new Set(['phone', 'sms']);
const NEEDS_ADDRESS = new Set(['visit', 'letter']);

export const ActivitySchema = z
  .object({
    id: IdSchema,
    caseId: IdSchema,
    partyId: IdSchema,
    channel: ChannelSchema,
    phoneId: IdSchema.nullable(),
    addressId: IdSchema.nullable(),
    outcome: OutcomeCodeSchema,
    notes: z.string().max(2000),
    nextAction: z.string().max(200).nullable(),
    nextActionDate: CalendarDateSchema.nullable(),
    at: InstantSchema,
    userId: IdSchema,
    deviceId: IdSchema,
    /** A supervisor allowed this attempt although compliance rules (ruleIds) would have blocked it. */
    override: z
      .object({ ruleIds: z.array(IdSchema).min(1), supervisorId: IdSchema, reason: z.string().trim().min(5).max(500) })
      .nullable(),
  })
  .superRefine((a, ctx) => {
    if (!OUTCOMES[a.outcome].channels.includes(a.channel)) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: `outcome ${a.outcome} does not apply to channel ${a.channel}` });
    }
    if (NEEDS_PHONE.has(a.channel) && a.phoneId === null) {
      ctx.addIssue({ code: 'custom', path: ['phoneId'], message: 'a call or SMS records the number used' });
    }
    if (NEEDS_ADDRESS.has(a.channel) && a.addressId === null) {
      ctx.addIssue({ code: 'custom', path: ['addressId'], message: 'a visit or letter records the address used' });
    }
  });
export type Activity = z.infer<typeof ActivitySchema>;

export const PromiseToPaySchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  activityId: IdSchema,
  amountFen: PositiveFenSchema,
  dueDate: CalendarDateSchema,
  channel: ChannelSchema,
  createdAt: InstantSchema,
  userId: IdSchema,
  deviceId: IdSchema,
});
export type PromiseToPay = z.infer<typeof PromiseToPaySchema>;

export const PAYMENT_SOURCES = ['receipt', 'core_banking', 'transfer'] as const;
export const PaymentSchema = z
  .object({
    id: IdSchema,
    caseId: IdSchema,
    amountFen: PositiveFenSchema,
    paidOn: CalendarDateSchema,
    source: z.enum(PAYMENT_SOURCES),
    receiptId: IdSchema.nullable(),
    recordedAt: InstantSchema,
  })
  .refine((p) => (p.source === 'receipt') === (p.receiptId !== null), {
    path: ['receiptId'],
    message: 'a receipt id goes with source receipt, and only with it',
  });
export type Payment = z.infer<typeof PaymentSchema>;

export const InstalmentSchema = z.object({
  /** 0 is the down payment (when there is one); instalments count from 1. */
  seq: z.number().int().nonnegative(),
  dueDate: CalendarDateSchema,
  amountFen: PositiveFenSchema,
});
export type Instalment = z.infer<typeof InstalmentSchema>;

export const APPROVAL_STATUSES = ['not_needed', 'pending', 'approved', 'rejected'] as const;
export const PlanApprovalSchema = z
  .object({
    status: z.enum(APPROVAL_STATUSES),
    approverId: IdSchema.nullable(),
    decidedAt: InstantSchema.nullable(),
    reason: z.string().max(500).nullable(),
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
    instalments: z.array(InstalmentSchema).min(1),
    kind: z.enum(['equal', 'custom']),
    createdAt: InstantSchema,
    makerId: IdSchema,
    approval: PlanApprovalSchema,
  })
  .superRefine((p, ctx) => {
    if (p.agreedTotalFen > p.outstandingFen || p.waiverFen !== p.outstandingFen - p.agreedTotalFen) {
      ctx.addIssue({ code: 'custom', path: ['waiverFen'], message: 'waiver must equal outstanding − agreed total, and not be negative' });
    }
    for (const problem of validateCustomSchedule(p.agreedTotalFen, p.instalments)) {
      ctx.addIssue({ code: 'custom', path: ['instalments'], message: `${problem.code} ${JSON.stringify(problem.params)}` });
    }
    const first = p.instalments[0];
    const downPaymentRow = first?.seq === 0 ? first.amountFen : 0;
    if (downPaymentRow !== p.downPaymentFen) {
      ctx.addIssue({ code: 'custom', path: ['downPaymentFen'], message: 'the down payment is instalment seq 0, and only it' });
    }
  });
export type RepaymentPlan = z.infer<typeof RepaymentPlanSchema>;

export const RECEIPT_METHODS = ['cash', 'transfer', 'cheque'] as const;
export type ReceiptMethod = (typeof RECEIPT_METHODS)[number];

export const ReceiptSchema = z
  .object({
    id: IdSchema,
    /** See receipts.ts: SK-<device code>[-YYYYMMDD]-<counter>. */
    number: z.string().refine((n) => parseReceiptNumber(n) !== null, 'not a receipt number'),
    caseId: IdSchema,
    payerName: z.string().trim().min(1).max(60),
    amountFen: PositiveFenSchema,
    method: z.enum(RECEIPT_METHODS),
    chequeNumber: z.string().trim().min(1).max(30).optional(),
    receivedAt: InstantSchema,
    userId: IdSchema,
    deviceId: IdSchema,
    /** Set once by voidReceipt; a receipt is never deleted. */
    voided: z.object({ at: InstantSchema, reason: z.string().trim().min(5).max(500), userId: IdSchema }).nullable(),
  })
  .refine((r) => (r.method === 'cheque') === (r.chequeNumber !== undefined), {
    path: ['chequeNumber'],
    message: 'a cheque number goes with method cheque, and only with it',
  });
export type Receipt = z.infer<typeof ReceiptSchema>;

export const VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
/** Structure only; the visit rules (two staff, who was met) are validateVisitRecord's, so a form can show them. */
export const VisitSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  plannedFor: CalendarDateSchema,
  addressId: IdSchema,
  /** Names or user ids of the staff going. */
  staff: z.array(z.string().max(60)),
  status: z.enum(VISIT_STATUSES),
  peopleMet: z.string().max(200).nullable(),
  outcome: OutcomeCodeSchema.nullable(),
  notes: z.string().max(2000),
  attachmentIds: z.array(Sha256HexSchema),
  recordedAt: InstantSchema,
});
export type Visit = z.infer<typeof VisitSchema>;

export const AttachmentSchema = z.object({
  /** The SHA-256 of the content: the same photo attached twice is stored once. */
  id: Sha256HexSchema,
  caseId: IdSchema,
  fileName: z.string().refine(isSafeAttachmentName, 'unsafe file name'),
  mimeType: z.enum(ATTACHMENT_LIMITS.types),
  sizeBytes: z.number().int().min(1).max(ATTACHMENT_LIMITS.maxBytes),
  addedAt: InstantSchema,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** 异议 (the debtor contests the debt) or 投诉 (a complaint about how they were treated). */
export const DisputeSchema = z
  .object({
    id: IdSchema,
    caseId: IdSchema,
    kind: z.enum(['dispute', 'complaint']),
    description: z.string().trim().min(1).max(2000),
    openedAt: InstantSchema,
    resolvedAt: InstantSchema.nullable(),
    resolution: z.string().trim().min(1).max(2000).nullable(),
  })
  .refine((d) => (d.resolvedAt === null) === (d.resolution === null), {
    path: ['resolution'],
    message: 'a resolution and its time go together',
  })
  .refine((d) => d.resolvedAt === null || instantMs(d.resolvedAt) >= instantMs(d.openedAt), {
    path: ['resolvedAt'],
    message: 'resolved before it was opened',
  });
export type Dispute = z.infer<typeof DisputeSchema>;
export const ComplaintSchema = DisputeSchema;
export type Complaint = Dispute;
