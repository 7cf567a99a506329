import { z } from 'zod';
import { LegalStepSchema } from '../records/legalStep';
import { EVIDENCE_ITEMS, LEGAL_PROCEEDINGS } from '../records/legalReferral';
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
});
export type LegalCaseView = z.infer<typeof LegalCaseViewSchema>;
export const LegalCasesAnswerSchema = z.object({ caseId: z.string(), caseNumber: z.string(), branchCode: z.string(), legalCases: z.array(LegalCaseViewSchema) });
export type LegalCasesAnswer = z.infer<typeof LegalCasesAnswerSchema>;

export const AppliedAnswerSchema = z.object({ id: z.string(), status: z.literal('applied') });
