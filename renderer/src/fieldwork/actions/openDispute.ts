import { z } from 'zod';
import { DisputeSchema, type Dispute } from '../../../../shared/fieldwork/records';
import { contacts } from '../repository';
import { defineAction } from '../../store/runAction';

const { caseId, kind, description } = DisputeSchema.shape;
export const OpenDisputeInput = z.object({ caseId, kind, description });

/** 异议 / 投诉: recorded, and the case goes on hold (the rule pack's hold for it) when it may. */
export const openDispute = defineAction({
  name: 'openDispute',
  input: OpenDisputeInput,
  permission: 'log_contact',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<Dispute> => contacts.openDispute(db, actor, input.caseId, input.kind, input.description),
});
