import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema, ReasonSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind } from './kind';
import { CONDUCT_REVIEW_NOTE_MIN_LENGTH } from './limits';

/**
 * A supervisor's review of a conduct exception head office found (docs/records.md, "Conduct exceptions"): seen,
 * with what was done about it (talked to the collector, a device clock put right …). About the branch, not a
 * case (`caseId` null), like a target: the exception is the branch's even if its case moves on. Once per
 * exception: head office keeps the first review and refuses another (server/sync/apply/conductReview.ts). It does
 * not go back to devices as a record: head office sends the exception again, reviewed (server/conduct/publish.ts).
 * A review does not take the exception out of the count: it happened (docs/kpi.md).
 */
export const ReviewConductExceptionArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: z.null(),
  /** The exception's id at head office (conduct_exceptions.id). */
  exceptionId: IdSchema,
  branchCode: IdSchema,
  note: ReasonSchema.refine((s) => s.length >= CONDUCT_REVIEW_NOTE_MIN_LENGTH, `a note of at least ${CONDUCT_REVIEW_NOTE_MIN_LENGTH} characters (至少 ${CONDUCT_REVIEW_NOTE_MIN_LENGTH} 个字)`),
  reviewedAt: InstantSchema,
});
export type ReviewConductExceptionArgs = z.output<typeof ReviewConductExceptionArgsSchema>;

export const reviewConductException = mutationKind({
  args: ReviewConductExceptionArgsSchema,
  action: MUTATION_ACTIONS.reviewConductException,
  conflict: INSERT_ONLY,
  toDevices: false,
});

/** The exception as reviewed: what head office sends back once it has the review, and the device shows at once. */
export function reviewedException<X extends { reviewedBy: string | null; reviewedAt: string | null; reviewNote: string | null }>(x: X, a: ReviewConductExceptionArgs, byUserId: string): X {
  return { ...x, reviewedBy: byUserId, reviewedAt: a.reviewedAt, reviewNote: a.note };
}
