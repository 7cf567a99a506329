import { z } from 'zod';
import { mayApprovePlan } from '../../../../shared/domain/permissions';
import { LegalTextSchema } from '../../../../shared/records/legalReferral';
import type { OutsourcingProposal } from '../../../../shared/records/outsourcingProposal';
import { proposableAgencies } from '../../../../shared/outsourcing/published';
import { ReasonSchema } from '../../../../shared/sync/primitives';
import { newId } from '../../../../shared/sync';
import { todayIn } from '../../ui/format';
import { configNow } from '../../config/configInForce';
import { ActionRefused, assertPermitted, defineAction } from '../../store/runAction';
import { saveProposal, saveProposalDecision } from '../repository/outsourcing';

export const ProposeOutsourcingInput = z.object({ caseId: z.string().min(1), agencyId: z.string().min(1), reason: LegalTextSchema });

/**
 * 委外申请: the case's collector (or a supervisor) proposes giving the case to one of the agencies head office
 * published to the branch, open today, with a reason. Head office checks the same again on push.
 */
export const proposeOutsourcing = defineAction({
  name: 'proposeOutsourcing',
  input: ProposeOutsourcingInput,
  permission: 'refer_legal',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<OutsourcingProposal> => {
    const c = await db.cases.get(input.caseId);
    if (!c) throw new ActionRefused('fieldwork.error.no_case');
    if (c.status === 'settled' || c.status === 'closed') throw new ActionRefused('outsourcing.error.closed');
    const now = actor.now();
    const agency = proposableAgencies(configNow().agencyList?.payload ?? null, todayIn(c.timeZone, now)).find((a) => a.id === input.agencyId);
    if (!agency) throw new ActionRefused('outsourcing.error.agency');
    const open = await db.outsourcingProposals.where('caseId').equals(c.id).filter((p) => p.status === 'proposed').first();
    if (open) throw new ActionRefused('outsourcing.error.open_proposal');
    return saveProposal(db, actor, {
      id: newId(), caseId: c.id, agencyId: agency.id, reason: input.reason.trim(), proposedAt: now.toISOString(), makerId: actor.userId, status: 'proposed', decision: null,
    });
  },
});

export const DecideOutsourcingInput = z.object({ caseId: z.string().min(1), proposalId: z.string().min(1), decision: z.enum(['approve', 'reject']), reason: ReasonSchema });

/** A supervisor of the case's branch approves or rejects a proposal, once, with a reason; never its maker. */
export const decideOutsourcing = defineAction({
  name: 'decideOutsourcing',
  input: DecideOutsourcingInput,
  permission: 'approve_plan',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor, operator }, input): Promise<OutsourcingProposal> => {
    const proposal = await db.outsourcingProposals.get(input.proposalId);
    const c = await db.cases.get(input.caseId);
    if (!proposal || !c || proposal.caseId !== c.id) throw new ActionRefused('fieldwork.error.no_record');
    const verdict = mayApprovePlan(operator, c.assignment, proposal.makerId);
    if (!verdict.ok && verdict.refusal === 'own_plan') throw new ActionRefused('outsourcing.error.own_proposal');
    assertPermitted(verdict, operator, 'approve_plan');
    if (proposal.status !== 'proposed') throw new ActionRefused('outsourcing.error.decided');
    return saveProposalDecision(db, actor, proposal, input.decision, input.reason);
  },
});
