import { z } from 'zod';
import { RetireReasonSchema } from '../../../../shared/records/contacts';
import { contacts } from '../repository';
import { defineAction } from '../../store/runAction';

const Party = { caseId: z.string().min(1), partyId: z.string().min(1) };

/** 停用电话: a number that no longer reaches the party is retired with a reason, kept on record. */
export const retirePhone = defineAction({
  name: 'retirePhone',
  input: z.object({ ...Party, phoneId: z.string().min(1), reason: RetireReasonSchema }),
  permission: 'edit_contacts',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<void> => contacts.retirePhone(db, actor, input.caseId, input.partyId, input.phoneId, input.reason),
});
