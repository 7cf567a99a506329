import { z } from 'zod';
import { RepaymentPlanSchema, type RepaymentPlan } from '../../../../shared/fieldwork/records';
import { CreatePlanArgsSchema } from '../../../../shared/records/plan';
import { plans } from '../repository';
import { ActionRefused, defineAction } from '../../store/runAction';

export const CreatePlanInput = z.object({ plan: RepaymentPlanSchema, notes: CreatePlanArgsSchema.shape.notes });

/** 还款计划: a plan inside the branch's limits binds at once (the case goes on plan); one above waits for a supervisor. */
export const createPlan = defineAction({
  name: 'createPlan',
  input: CreatePlanInput,
  permission: 'propose_plan',
  caseIdOf: (input) => input.plan.caseId,
  run: ({ db, actor }, input): Promise<RepaymentPlan> => {
    // The maker is whoever proposes it: maker-checker depends on it.
    if (input.plan.makerId !== actor.userId) throw new ActionRefused('fieldwork.error.maker_mismatch');
    return plans.createPlan(db, actor, input.plan, input.notes);
  },
});
