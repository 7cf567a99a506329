import { z } from 'zod';
import { SIGNER_TYPES } from '../../../../shared/records/limits';
import { CalendarDateSchema } from '../../../../shared/fieldwork/records';
import { recordAcknowledgement, type RegisteredLetter } from '../repository/register';
import { ActionRefused, defineAction } from '../../store/runAction';

/** 回执: the signed acknowledgement of receipt, by whom and on which day. */
export const recordLetterAcknowledgement = defineAction({
  name: 'recordLetterAcknowledgement',
  input: z.object({ caseId: z.string().min(1), letterId: z.string().min(1), signedOn: CalendarDateSchema, signerType: z.enum(SIGNER_TYPES) }),
  permission: 'register_delivery',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, { caseId, letterId, signedOn, signerType }): Promise<RegisteredLetter> => {
    if ((await db.letters.get(letterId))?.caseId !== caseId) throw new ActionRefused('fieldwork.error.no_record');
    return recordAcknowledgement(db, actor, letterId, { signedOn, signerType });
  },
});
