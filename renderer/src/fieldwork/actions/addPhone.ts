import { z } from 'zod';
import { PhoneSchema, type Phone } from '../../../../shared/domain/case';
import { contacts } from '../repository';
import { defineAction } from '../../store/runAction';

const Party = { caseId: z.string().min(1), partyId: z.string().min(1) };

/** 新增电话: skip tracing or a correction adds a number; the old one is retired, never overwritten. */
export const addPhone = defineAction({
  name: 'addPhone',
  input: z.object({ ...Party, phone: PhoneSchema.pick({ number: true, kind: true, source: true }) }),
  permission: 'edit_contacts',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<Phone> => contacts.addPhone(db, actor, input.caseId, input.partyId, input.phone),
});
