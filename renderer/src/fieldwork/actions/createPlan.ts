import { z } from 'zod';
import { RepaymentPlanSchema, type RepaymentPlan } from '../../../../shared/fieldwork/records';
import { CreatePlanArgsSchema } from '../../../../shared/records/plan';
import { charCount, WAIVER_REASON_MIN_LENGTH } from '../../../../shared/records/limits';
import { plans } from '../repository';
import { ActionRefused, defineAction } from '../../store/runAction';
import { currentPack } from '../compliancePack';
import { refuseProhibitedWording } from './wordingGate';

export const CreatePlanInput = z.object({ plan: RepaymentPlanSchema, notes: CreatePlanArgsSchema.shape.notes });

/**
 * 还款计划: a plan inside the branch's limits binds at once (the case goes on plan); one above waits for a supervisor.
 * A plan with a waiver states the reason for it (its notes), which the supervisor reads in the approvals inbox.
 */
export const createPlan = defineAction({
  name: 'createPlan',
  input: CreatePlanInput,
  permission: 'propose_plan',
  caseIdOf: (input) => input.plan.caseId,
  run: ({ db, actor }, input): Promise<RepaymentPlan> => {
    // The maker is whoever proposes it: maker-checker depends on it.
    if (input.plan.makerId !== actor.userId) throw new ActionRefused('fieldwork.error.maker_mismatch');
    // The supervisor decides a waiver on the collector's reason (issue 13 §3); the wire format stays as loose
    // as released devices wrote it (docs/records.md), so the rule lives in the form and here.
    if (input.plan.waiverFen > 0 && charCount(input.notes) < WAIVER_REASON_MIN_LENGTH) {
      throw new ActionRefused('planWaiver.error.waiver_reason_required', { min: WAIVER_REASON_MIN_LENGTH });
    }
    // The remarks reach the supervisor and the plan confirmation: the same wording rules as a note.
    refuseProhibitedWording(currentPack(), input.notes);
    return plans.createPlan(db, actor, input.plan, input.notes);
  },
});
