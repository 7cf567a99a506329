import { z } from 'zod';
import { AddressSchema, type Address } from '../../../../shared/domain/case';
import { contacts } from '../repository';
import { defineAction } from '../../store/runAction';

const Party = { caseId: z.string().min(1), partyId: z.string().min(1) };

/** 新增地址: an address found or corrected is added; the old one is retired, never overwritten. */
export const addAddress = defineAction({
  name: 'addAddress',
  input: z.object({ ...Party, address: AddressSchema.pick({ kind: true, province: true, city: true, district: true, line: true, postcode: true, source: true }) }),
  permission: 'edit_contacts',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<Address> => contacts.addAddress(db, actor, input.caseId, input.partyId, input.address),
});
