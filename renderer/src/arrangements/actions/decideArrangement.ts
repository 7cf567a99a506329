import { z } from 'zod';
import { mayApprovePlan } from '../../../../shared/domain/permissions';
import { ARRANGEMENT_DECISIONS } from '../../../../shared/records/limits';
import type { Arrangement } from '../../../../shared/records/arrangement';
import { ReasonSchema } from '../../../../shared/sync/primitives';
import { decideArrangement as decide } from '../repository/arrangements';
import { ActionRefused, assertPermitted, defineAction } from '../../store/runAction';

export const DecideArrangementInput = z.object({ caseId: z.string().min(1), arrangementId: z.string().min(1), decision: z.enum(ARRANGEMENT_DECISIONS), reason: ReasonSchema });

/**
 * A supervisor of the case's branch approves or rejects a proposed arrangement, once, always with a reason;
 * never its maker (maker-checker, the same rule as a plan's: mayApprovePlan).
 */
export const decideArrangement = defineAction({
  name: 'decideArrangement',
  input: DecideArrangementInput,
  permission: 'approve_plan',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor, operator }, input): Promise<Arrangement> => {
    const arrangement = await db.arrangements.get(input.arrangementId);
    const c = await db.cases.get(input.caseId);
    if (!arrangement || !c || arrangement.caseId !== c.id) throw new ActionRefused('fieldwork.error.no_record');
    const verdict = mayApprovePlan(operator, c.assignment, arrangement.makerId);
    if (!verdict.ok && verdict.refusal === 'own_plan') throw new ActionRefused('arrangements.error.own_arrangement');
    assertPermitted(verdict, operator, 'approve_plan');
    if (arrangement.decision.status !== 'proposed') throw new ActionRefused('arrangements.error.decided');
    return decide(db, actor, arrangement, input.decision, input.reason);
  },
});
