import { z } from 'zod';
import { reviewedException, ReviewConductExceptionArgsSchema, type ReviewConductExceptionArgs } from '../../../../shared/records/conductReview';
import { newId } from '../../../../shared/sync';
import { ActionRefused, defineAction } from '../../store/runAction';
import { commitChange } from '../../store/unitOfWork';

/**
 * 复核合规异常: the supervisor records that they saw an exception head office found in the branch, and what was done
 * (shared/records/conductReview.ts). The exception shows as reviewed here at once, with an audit entry and the
 * outbox entry in the same transaction; head office keeps the first review and sends the exception back reviewed.
 */
export const ReviewExceptionInput = z.object({
  exceptionId: ReviewConductExceptionArgsSchema.shape.exceptionId,
  note: ReviewConductExceptionArgsSchema.shape.note,
});
export type ReviewExceptionInputType = z.input<typeof ReviewExceptionInput>;

export const reviewException = defineAction({
  name: 'reviewConductException',
  input: ReviewExceptionInput,
  permission: 'review_conduct',
  caseIdOf: () => null,
  run: async ({ db, actor, operator }, input): Promise<ReviewConductExceptionArgs> => {
    const x = await db.conductExceptions.get(input.exceptionId);
    if (!x || x.branchCode !== operator.branchCode) throw new ActionRefused('conductReview.error.unknown');
    if (x.reviewedBy !== null) throw new ActionRefused('conductReview.error.reviewed');
    const args: ReviewConductExceptionArgs = { id: newId(), caseId: null, exceptionId: x.id, branchCode: x.branchCode, note: input.note, reviewedAt: actor.now().toISOString() };
    await commitChange(db, actor, {
      tables: [db.conductExceptions],
      apply: async () => {
        await db.conductExceptions.put(reviewedException(x, args, actor.userId));
      },
      audit: { action: 'conduct.review', entity: { kind: 'conductException', id: x.id }, caseId: null, before: { reviewedBy: null }, after: args },
      mutations: [{ name: 'reviewConductException', args }],
    });
    return args;
  },
});
