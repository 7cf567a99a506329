import { z } from 'zod';
import { REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import { voidLetter as voidRegisteredLetter, type RegisteredLetter } from '../repository/register';
import { ActionRefused, defineAction } from '../../store/runAction';

/** 作废函件 with a reason; the letter stays in the register, marked void. */
export const voidLetter = defineAction({
  name: 'voidLetter',
  input: z.object({ caseId: z.string().min(1), letterId: z.string().min(1), reason: z.string().trim().max(REASON_MAX_LENGTH) }),
  permission: 'issue_letter',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, { caseId, letterId, reason }): Promise<RegisteredLetter> => {
    if ((await db.letters.get(letterId))?.caseId !== caseId) throw new ActionRefused('fieldwork.error.no_record');
    return voidRegisteredLetter(db, actor, letterId, reason);
  },
});
