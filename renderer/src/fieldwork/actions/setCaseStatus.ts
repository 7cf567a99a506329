import { z } from 'zod';
import { CaseStatusSchema, HOLD_REASONS, type Case } from '../../../../shared/domain/case';
import { SetCaseStatusArgsSchema } from '../../../../shared/records/status';
import { contacts } from '../repository';
import { defineAction } from '../../store/runAction';

export const SetCaseStatusInput = z.object({ caseId: z.string().min(1), to: CaseStatusSchema, holdReason: z.enum(HOLD_REASONS).nullable(), note: SetCaseStatusArgsSchema.shape.note });

/** 状态变更 by hand, through the state machine (which refuses an invalid step with its reason). */
export const setCaseStatus = defineAction({
  name: 'setCaseStatus',
  input: SetCaseStatusInput,
  permission: 'change_status',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<Case> => contacts.setCaseStatus(db, actor, input.caseId, input.to, input.holdReason, input.note),
});
