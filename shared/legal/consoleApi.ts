import { z } from 'zod';
import { LegalStepSchema } from '../records/legalStep';
import { EVIDENCE_ITEMS, LEGAL_PROCEEDINGS } from '../records/legalReferral';
import { BundleIndexEntrySchema } from '../records/legalBundle';
import { IdSchema, ReasonSchema } from '../sync/primitives';
import { LEGAL_CASE_STATUSES, REFERRAL_STATUSES } from './status';

/** Head office's console legal routes (docs/server.md, "Legal recovery"): bodies and answers, used by both sides. */

export const ReferralParamsSchema = z.strictObject({ id: IdSchema });
export const CaseParamsSchema = z.strictObject({ caseId: IdSchema });
export const ReferralsQuerySchema = z.strictObject({ status: z.enum(REFERRAL_STATUSES).optional() });

export const ReviewBodySchema = z.strictObject({ decision: z.enum(['accept', 'return']), reason: ReasonSchema });
export type ReviewBody = z.infer<typeof ReviewBodySchema>;

/** A step on a legal case; a filing names no legal case (it is one), every other step names its filing. */
export const StepBodySchema = z
  .strictObject({ legalCaseId: IdSchema.nullable(), step: LegalStepSchema })
  .refine((b) => (b.step.kind === 'file') === (b.legalCaseId === null), { path: ['legalCaseId'], message: 'a filing names no legal case; every other step names its filing' });
export type StepBody = z.infer<typeof StepBodySchema>;

const DecisionSchema = z.object({ by: z.string(), at: z.string(), reason: z.string() }).nullable();

export const ReferralRowSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  branchCode: z.string(),
  borrowerName: z.string().nullable(),
  proceeding: z.enum(LEGAL_PROCEEDINGS),
  reasons: z.string(),
  checklist: z.array(z.object({ item: z.enum(EVIDENCE_ITEMS), refs: z.array(z.string()) })),
  claimFen: z.number().int(),
  claimAsOf: z.string(),
  makerId: z.string(),
  referredAt: z.string(),
  status: z.enum(REFERRAL_STATUSES),
  supervisorDecision: DecisionSchema,
  headOfficeDecision: DecisionSchema,
});
export type ReferralRow = z.infer<typeof ReferralRowSchema>;
export const ReferralsAnswerSchema = z.object({ referrals: z.array(ReferralRowSchema) });

export const LegalCaseViewSchema = z.object({
  id: z.string(),
  status: z.enum(LEGAL_CASE_STATUSES),
  steps: z.array(z.object({ id: z.string(), step: LegalStepSchema, recordedAt: z.string(), recordedBy: z.string() })),
  enforcement: z
    .object({ basis: z.string(), from: z.string(), expiry: z.string(), status: z.enum(['running', 'expired', 'applied']), daysLeft: z.number().int(), actBy: z.string().optional(), uncoveredYears: z.string().optional() })
    .nullable(),
  /** The enforcement period's alert (90/30/7 days, like limitation's), while it runs and is near. */
  alert: z.object({ threshold: z.number().int(), daysLeft: z.number().int(), date: z.string() }).nullable(),
});
export type LegalCaseView = z.infer<typeof LegalCaseViewSchema>;

/** An evidence bundle a device built, as head office holds it: its index, and whether the PDF's bytes arrived. */
export const BundleViewSchema = z.object({
  id: z.string(),
  legalCaseId: z.string(),
  pdfSha256: z.string(),
  pdfBytes: z.number().int(),
  documents: z.array(BundleIndexEntrySchema),
  builtAt: z.string(),
  builtBy: z.string(),
  held: z.boolean(),
});
export type BundleView = z.infer<typeof BundleViewSchema>;

export const LegalCasesAnswerSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  branchCode: z.string(),
  /** The case's parties: the filing names them by id; a court file names them in full. */
  parties: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  legalCases: z.array(LegalCaseViewSchema),
  bundles: z.array(BundleViewSchema),
});
export type LegalCasesAnswer = z.infer<typeof LegalCasesAnswerSchema>;

export const AppliedAnswerSchema = z.object({ id: z.string(), status: z.literal('applied') });

/** One legal case in the console's list: where it stands, and its enforcement deadline with its alert. */
export const LegalCaseRowSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  branchCode: z.string(),
  borrowerName: z.string().nullable(),
  legalCaseId: z.string(),
  referralId: z.string(),
  courtCaseNumber: z.string(),
  forumName: z.string(),
  filedOn: z.string(),
  status: z.enum(LEGAL_CASE_STATUSES),
  enforcementExpiry: z.string().nullable(),
  alertThreshold: z.number().int().nullable(),
});
export type LegalCaseRow = z.infer<typeof LegalCaseRowSchema>;
export const LegalCaseListSchema = z.object({ legalCases: z.array(LegalCaseRowSchema) });
