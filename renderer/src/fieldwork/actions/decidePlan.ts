import { z } from 'zod';
import { PLAN_DECISIONS, REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import { mayApprovePlan } from '../../../../shared/domain/permissions';
import type { RepaymentPlan } from '../../../../shared/fieldwork/records';
import { plans } from '../repository';
import { ActionRefused, assertPermitted, defineAction } from '../../store/runAction';

export const DecidePlanInput = z.object({ caseId: z.string().min(1), planId: z.string().min(1), decision: z.enum(PLAN_DECISIONS), reason: z.string().trim().max(REASON_MAX_LENGTH).nullable() });

/** 审批 (maker-checker): a supervisor of the case's branch approves or rejects, never the plan's maker. */
export const decidePlan = defineAction({
  name: 'decidePlan',
  input: DecidePlanInput,
  permission: 'approve_plan',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor, operator }, input): Promise<RepaymentPlan> => {
    const plan = await db.plans.get(input.planId);
    const c = await db.cases.get(input.caseId);
    if (!plan || !c || plan.caseId !== c.id) throw new ActionRefused('fieldwork.error.no_record');
    assertPermitted(mayApprovePlan(operator, c.assignment, plan.makerId), operator, 'approve_plan');
    return plans.decidePlan(db, actor, plan.id, { id: operator.id, role: operator.role }, input.decision, input.reason || null);
  },
});
