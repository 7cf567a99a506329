import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind } from './kind';
import { charCount, DISPUTE_EVIDENCE_MAX, DISPUTE_KINDS, DISPUTE_OUTCOMES, DISPUTE_RESOLUTION_MIN_LENGTH, DISPUTE_TEXT_MAX_LENGTH } from './limits';

/**
 * 异议 (the debtor contests the debt) or 投诉 (a complaint about how they were treated): opened once
 * (insert-only), taken up for review once by a supervisor (受理核查, a once-only correction), resolved once
 * (a once-only correction) by a supervisor: upheld, rejected or withdrawn, with what was found and the
 * attachments that show it. Until resolved (under review included) it holds the case (the pack's hold).
 */
const TextSchema = z.string().trim().min(1).max(DISPUTE_TEXT_MAX_LENGTH);
export const DisputeOutcomeSchema = z.enum(DISPUTE_OUTCOMES);
export type DisputeOutcome = z.infer<typeof DisputeOutcomeSchema>;
/** What a resolution says: long enough to tell what was found (counted as a person counts characters). */
export const ResolutionTextSchema = TextSchema.refine((t) => charCount(t) >= DISPUTE_RESOLUTION_MIN_LENGTH, {
  message: `at least ${DISPUTE_RESOLUTION_MIN_LENGTH} characters`,
});

export const DisputeSchema = z
  .object({
    id: IdSchema,
    caseId: IdSchema,
    kind: z.enum(DISPUTE_KINDS),
    description: TextSchema,
    openedAt: InstantSchema,
    resolvedAt: InstantSchema.nullable(),
    resolution: TextSchema.nullable(),
    // Records stored before outcomes existed have none; none was ever resolved (no screen wrote a resolution).
    outcome: DisputeOutcomeSchema.nullable().default(null),
    // Who opened it (the entry's user); records stored before this was kept do not say.
    openedBy: IdSchema.nullable().default(null),
    // Records stored before review existed were never taken up; before evidence, none was attached.
    reviewedAt: InstantSchema.nullable().default(null),
    reviewedBy: IdSchema.nullable().default(null),
    evidence: z.array(IdSchema).max(DISPUTE_EVIDENCE_MAX).default([]),
  })
  // No check that it was resolved after it was opened: the two times come from two devices' clocks (the
  // collector's and the supervisor's), and a clock a few seconds behind must not leave a resolution head office
  // accepted unappliable on every other device (the hold would never lift there).
  .refine((d) => (d.resolvedAt === null) === (d.resolution === null) && (d.resolvedAt === null) === (d.outcome === null), {
    path: ['resolution'],
    message: 'a resolution and its time go together',
  });
export type Dispute = z.infer<typeof DisputeSchema>;
export const ComplaintSchema = DisputeSchema;
export type Complaint = Dispute;

export const OpenDisputeArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  kind: z.enum(DISPUTE_KINDS),
  description: TextSchema,
  openedAt: InstantSchema,
});
export type OpenDisputeArgs = z.output<typeof OpenDisputeArgsSchema>;

export const ResolveDisputeArgsSchema = z.strictObject({
  caseId: IdSchema,
  disputeId: IdSchema,
  outcome: DisputeOutcomeSchema,
  resolution: ResolutionTextSchema,
  resolvedAt: InstantSchema,
  // Optional: entries written before evidence existed carry none (a loosening of the wire format).
  evidence: z.array(IdSchema).max(DISPUTE_EVIDENCE_MAX).optional(),
});
export type ResolveDisputeArgs = z.output<typeof ResolveDisputeArgsSchema>;

/** A supervisor takes the dispute up (受理核查): who is the entry's user, when is `reviewedAt`. */
export const ReviewDisputeArgsSchema = z.strictObject({
  caseId: IdSchema,
  disputeId: IdSchema,
  reviewedAt: InstantSchema,
});
export type ReviewDisputeArgs = z.output<typeof ReviewDisputeArgsSchema>;

export const openDispute = mutationKind({ args: OpenDisputeArgsSchema, action: MUTATION_ACTIONS.openDispute, conflict: INSERT_ONLY, toDevices: true });
export const resolveDispute = mutationKind({
  args: ResolveDisputeArgsSchema,
  action: MUTATION_ACTIONS.resolveDispute,
  conflict: { class: 'once_only_correction', target: 'openDispute', ref: (a) => a.disputeId },
  toDevices: true,
});

/** Taken up once: the first supervisor's review stands; a second one is a conflict, and so is one after resolution. */
export const reviewDispute = mutationKind({
  args: ReviewDisputeArgsSchema,
  action: MUTATION_ACTIONS.reviewDispute,
  conflict: { class: 'once_only_correction', target: 'openDispute', ref: (a) => a.disputeId },
  toDevices: true,
});

export const disputeArgs = (d: Dispute): OpenDisputeArgs => ({ id: d.id, caseId: d.caseId, kind: d.kind, description: d.description, openedAt: d.openedAt });
export const resolutionArgs = (d: Dispute): ResolveDisputeArgs | null =>
  d.resolvedAt !== null && d.resolution !== null && d.outcome !== null
    ? { caseId: d.caseId, disputeId: d.id, outcome: d.outcome, resolution: d.resolution, resolvedAt: d.resolvedAt, ...(d.evidence.length > 0 ? { evidence: d.evidence } : {}) }
    : null;
export const reviewArgs = (d: Dispute): ReviewDisputeArgs | null =>
  d.reviewedAt !== null ? { caseId: d.caseId, disputeId: d.id, reviewedAt: d.reviewedAt } : null;

/** The dispute as a resolution leaves it (head office → device, and the device's own write). */
export const resolvedDispute = (d: Dispute, a: ResolveDisputeArgs): Dispute => ({
  ...d, outcome: a.outcome, resolution: a.resolution, resolvedAt: a.resolvedAt, evidence: a.evidence ?? [],
});
/** The dispute as a review leaves it; `reviewer` is the entry's user (head office → device) or the actor. */
export const reviewedDispute = (d: Dispute, a: ReviewDisputeArgs, reviewer: string): Dispute => ({ ...d, reviewedAt: a.reviewedAt, reviewedBy: reviewer });

export const disputeOf = (a: OpenDisputeArgs, openedBy: string | null): Dispute => ({
  id: a.id, caseId: a.caseId, kind: a.kind, description: a.description, openedAt: a.openedAt, resolvedAt: null, resolution: null, outcome: null,
  openedBy, reviewedAt: null, reviewedBy: null, evidence: [],
});
