import { z } from 'zod';
import { DisputeOutcomeSchema, ResolutionTextSchema, type Dispute } from '../../../../shared/records/dispute';
import { contacts } from '../repository';
import { ActionRefused, defineAction } from '../../store/runAction';

export const ResolveDisputeInput = z.object({ caseId: z.string().min(1), disputeId: z.string().min(1), outcome: DisputeOutcomeSchema, resolution: ResolutionTextSchema });

/**
 * 异议/投诉处理: a supervisor of the case's branch resolves an open dispute or complaint (upheld, rejected,
 * withdrawn) with what was found; its hold lifts in the same transaction. A dispute is resolved once.
 */
export const resolveDispute = defineAction({
  name: 'resolveDispute',
  input: ResolveDisputeInput,
  permission: 'resolve_dispute',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<Dispute> => {
    const dispute = await db.disputes.get(input.disputeId);
    if (!dispute || dispute.caseId !== input.caseId) throw new ActionRefused('fieldwork.error.no_record');
    if (dispute.resolvedAt !== null) throw new ActionRefused('fieldwork.error.dispute_resolved');
    return contacts.resolveDispute(db, actor, dispute, input.outcome, input.resolution);
  },
});
