import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, isPlainText, LocalDateSchema, NewIdSchema, PositiveFenSchema, ReasonSchema } from '../sync/primitives';
import { distinct, INSERT_ONLY, mutationKind, type Maker } from './kind';
import { charCount, LEGAL_CHECKLIST_REFS_MAX, LEGAL_REASONS_MIN_LENGTH, LEGAL_TEXT_MAX_LENGTH } from './limits';

/**
 * 诉讼申请 (a referral for legal action): a collector proposes a suit, an arbitration, a payment order (支付令) or
 * the realisation of security, with reasons and an evidence checklist filled from the case (referLegal,
 * insert-only); a supervisor of the branch who is not its maker approves or rejects it (decideLegalReferral,
 * once; maker-checker); head office's legal staff accept or return an approved one from the console
 * (reviewLegalReferral, once). The status machine is shared/legal/status.ts.
 */

export const LEGAL_PROCEEDINGS = ['suit', 'arbitration', 'payment_order', 'security_realisation'] as const;
export type LegalProceeding = (typeof LEGAL_PROCEEDINGS)[number];

/** What a court file needs, in the order the bundle lists it (shared/legal/bundle.ts). */
export const EVIDENCE_ITEMS = ['contract', 'statement', 'demand_letter', 'guarantor_notice', 'acknowledgement', 'receipt'] as const;
export type EvidenceItem = (typeof EVIDENCE_ITEMS)[number];

export const ChecklistEntrySchema = z.strictObject({
  item: z.enum(EVIDENCE_ITEMS),
  /** The case's records that make it up: letter ids, receipt ids, attachment SHA-256s. Empty when missing. */
  refs: z.array(IdSchema).max(LEGAL_CHECKLIST_REFS_MAX).refine(distinct, 'each record once'),
});
export type ChecklistEntry = z.infer<typeof ChecklistEntrySchema>;

export const LegalTextSchema = z
  .string()
  .trim()
  .max(LEGAL_TEXT_MAX_LENGTH)
  .refine((t) => charCount(t) >= LEGAL_REASONS_MIN_LENGTH, { message: `at least ${LEGAL_REASONS_MIN_LENGTH} characters` })
  .refine(isPlainText, 'text must not contain control characters (文本不能含控制字符)');

export const ReferLegalArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  proceeding: z.enum(LEGAL_PROCEEDINGS),
  reasons: LegalTextSchema,
  checklist: z
    .array(ChecklistEntrySchema)
    .max(EVIDENCE_ITEMS.length)
    .refine((c) => distinct(c.map((e) => e.item)), 'each checklist item once'),
  /** What is owed, as the case showed it on `claimAsOf`. */
  claimFen: PositiveFenSchema,
  claimAsOf: LocalDateSchema,
  referredAt: InstantSchema,
});
export type ReferLegalArgs = z.output<typeof ReferLegalArgsSchema>;

export const DecideLegalReferralArgsSchema = z.strictObject({
  caseId: IdSchema,
  referralId: IdSchema,
  decision: z.enum(['approve', 'reject']),
  reason: ReasonSchema,
  decidedAt: InstantSchema,
});
export type DecideLegalReferralArgs = z.output<typeof DecideLegalReferralArgsSchema>;

export const ReviewLegalReferralArgsSchema = z.strictObject({
  caseId: IdSchema,
  referralId: IdSchema,
  decision: z.enum(['accept', 'return']),
  reason: ReasonSchema,
  decidedAt: InstantSchema,
});
export type ReviewLegalReferralArgs = z.output<typeof ReviewLegalReferralArgsSchema>;

const DecisionSchema = z.object({ by: IdSchema, at: InstantSchema, reason: z.string() }).nullable();

export const LegalReferralSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  proceeding: z.enum(LEGAL_PROCEEDINGS),
  reasons: z.string(),
  checklist: z.array(ChecklistEntrySchema),
  claimFen: PositiveFenSchema,
  claimAsOf: LocalDateSchema,
  referredAt: InstantSchema,
  makerId: IdSchema,
  status: z.enum(['proposed', 'approved', 'rejected', 'accepted', 'returned']),
  supervisorDecision: DecisionSchema,
  headOfficeDecision: DecisionSchema,
});
export type LegalReferral = z.infer<typeof LegalReferralSchema>;

export const referLegal = mutationKind({ args: ReferLegalArgsSchema, action: MUTATION_ACTIONS.referLegal, conflict: INSERT_ONLY, toDevices: true });
export const decideLegalReferral = mutationKind({
  args: DecideLegalReferralArgsSchema,
  action: MUTATION_ACTIONS.decideLegalReferral,
  conflict: { class: 'once_only_correction', target: 'referLegal', ref: (a) => a.referralId },
  toDevices: true,
});
export const reviewLegalReferral = mutationKind({
  args: ReviewLegalReferralArgsSchema,
  action: MUTATION_ACTIONS.reviewLegalReferral,
  conflict: { class: 'once_only_correction', target: 'referLegal', ref: (a) => a.referralId },
  toDevices: true,
});

/** Device → head office. */
export const referralArgs = (r: LegalReferral): ReferLegalArgs => ({
  id: r.id, caseId: r.caseId, proceeding: r.proceeding, reasons: r.reasons, checklist: r.checklist.map((e) => ({ item: e.item, refs: [...e.refs] })),
  claimFen: r.claimFen, claimAsOf: r.claimAsOf, referredAt: r.referredAt,
});

/** Head office → device: a referral waiting for the supervisor. */
export const referralOf = (a: ReferLegalArgs, by: Maker): LegalReferral => ({
  ...a, checklist: a.checklist.map((e) => ({ item: e.item, refs: [...e.refs] })), makerId: by.userId, status: 'proposed', supervisorDecision: null, headOfficeDecision: null,
});

/** The referral after the supervisor's decision (device and pull alike). */
export const supervisorDecided = (r: LegalReferral, a: DecideLegalReferralArgs, by: Maker): LegalReferral => ({
  ...r, status: a.decision === 'approve' ? 'approved' : 'rejected', supervisorDecision: { by: by.userId, at: a.decidedAt, reason: a.reason },
});

/** The referral after head office's review. */
export const headOfficeReviewed = (r: LegalReferral, a: ReviewLegalReferralArgs, by: Maker): LegalReferral => ({
  ...r, status: a.decision === 'accept' ? 'accepted' : 'returned', headOfficeDecision: { by: by.userId, at: a.decidedAt, reason: a.reason },
});
