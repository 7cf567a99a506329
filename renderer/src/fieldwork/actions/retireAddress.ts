import { z } from 'zod';
import { RetireReasonSchema } from '../../../../shared/records/contacts';
import { contacts } from '../repository';
import { defineAction } from '../../store/runAction';

const Party = { caseId: z.string().min(1), partyId: z.string().min(1) };

/** 停用地址: an address that is no longer right is retired with a reason, kept on record. */
export const retireAddress = defineAction({
  name: 'retireAddress',
  input: z.object({ ...Party, addressId: z.string().min(1), reason: RetireReasonSchema }),
  permission: 'edit_contacts',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<void> => contacts.retireAddress(db, actor, input.caseId, input.partyId, input.addressId, input.reason),
});
