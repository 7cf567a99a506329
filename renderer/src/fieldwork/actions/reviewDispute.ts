import { z } from 'zod';
import type { Dispute } from '../../../../shared/records/dispute';
import { contacts } from '../repository';
import { ActionRefused, defineAction } from '../../store/runAction';

export const ReviewDisputeInput = z.object({ caseId: z.string().min(1), disputeId: z.string().min(1) });

/**
 * 受理核查: a supervisor of the case's branch takes an open dispute or complaint up. It stays a hold on the case
 * (contact and letters are still refused) until it is resolved; it is taken up once, and never once resolved.
 */
export const reviewDispute = defineAction({
  name: 'reviewDispute',
  input: ReviewDisputeInput,
  permission: 'resolve_dispute',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<Dispute> => {
    const dispute = await db.disputes.get(input.disputeId);
    if (!dispute || dispute.caseId !== input.caseId) throw new ActionRefused('fieldwork.error.no_record');
    if (dispute.resolvedAt !== null) throw new ActionRefused('fieldwork.error.dispute_resolved');
    if ((dispute.reviewedAt ?? null) !== null) throw new ActionRefused('fieldwork.error.dispute_reviewed');
    return contacts.reviewDispute(db, actor, dispute);
  },
});
