import { z } from 'zod';
import { AddressSchema, CONTACT_SOURCES, PhoneSchema, type Address, type Case, type Party, type Phone } from '../domain/case';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema, ReasonSchema } from '../sync/primitives';
import { mutationKind } from './kind';
import { charCount, RETIRE_REASON_MIN_LENGTH } from './limits';

/**
 * A party's phones and addresses: added and retired, never overwritten (conflict class add_retire). The same
 * edit runs at head office on its copy of the case (server/sync/apply/contacts.ts), on a device for a record
 * head office sent, and over a pulled case for this device's changes still in its outbox.
 */
const ContactSource = z.enum(CONTACT_SOURCES);
/** Why a phone or an address is retired, or a visit cancelled: at least RETIRE_REASON_MIN_LENGTH characters. */
export const RetireReasonSchema = ReasonSchema.refine((r) => charCount(r) >= RETIRE_REASON_MIN_LENGTH, {
  message: `a reason needs at least ${RETIRE_REASON_MIN_LENGTH} characters (原因至少 ${RETIRE_REASON_MIN_LENGTH} 个字)`,
});
/** What a retired entry keeps of the reason (the case's own field is shorter than a mutation's reason). */
const RETIRED_REASON_MAX = 200;

export const AddPhoneArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  partyId: IdSchema,
  number: PhoneSchema.shape.number,
  kind: PhoneSchema.shape.kind,
  source: ContactSource,
  addedAt: InstantSchema,
});
export type AddPhoneArgs = z.output<typeof AddPhoneArgsSchema>;

export const RetirePhoneArgsSchema = z.strictObject({
  caseId: IdSchema,
  partyId: IdSchema,
  phoneId: IdSchema,
  reason: RetireReasonSchema,
  retiredAt: InstantSchema,
});
export type RetirePhoneArgs = z.output<typeof RetirePhoneArgsSchema>;

export const AddAddressArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  partyId: IdSchema,
  kind: AddressSchema.shape.kind,
  province: AddressSchema.shape.province,
  city: AddressSchema.shape.city,
  district: AddressSchema.shape.district,
  line: AddressSchema.shape.line,
  postcode: AddressSchema.shape.postcode,
  source: ContactSource,
  addedAt: InstantSchema,
});
export type AddAddressArgs = z.output<typeof AddAddressArgsSchema>;

export const RetireAddressArgsSchema = z.strictObject({
  caseId: IdSchema,
  partyId: IdSchema,
  addressId: IdSchema,
  reason: RetireReasonSchema,
  retiredAt: InstantSchema,
});
export type RetireAddressArgs = z.output<typeof RetireAddressArgsSchema>;

const ADD_RETIRE = { class: 'add_retire' } as const;
export const addPhone = mutationKind({ args: AddPhoneArgsSchema, action: MUTATION_ACTIONS.addPhone, conflict: ADD_RETIRE, toDevices: true });
export const retirePhone = mutationKind({ args: RetirePhoneArgsSchema, action: MUTATION_ACTIONS.retirePhone, conflict: ADD_RETIRE, toDevices: true });
export const addAddress = mutationKind({ args: AddAddressArgsSchema, action: MUTATION_ACTIONS.addAddress, conflict: ADD_RETIRE, toDevices: true });
export const retireAddress = mutationKind({ args: RetireAddressArgsSchema, action: MUTATION_ACTIONS.retireAddress, conflict: ADD_RETIRE, toDevices: true });

/** Device → head office: a phone added to a party of a case. */
export const phoneArgs = (caseId: string, partyId: string, p: Phone): AddPhoneArgs => ({
  id: p.id, caseId, partyId, number: p.number, kind: p.kind, source: p.source, addedAt: p.addedAt,
});
/** Device → head office: an address added to a party of a case. */
export const addressArgs = (caseId: string, partyId: string, a: Address): AddAddressArgs => ({
  id: a.id, caseId, partyId, kind: a.kind, province: a.province, city: a.city, district: a.district, line: a.line, postcode: a.postcode,
  source: a.source, addedAt: a.addedAt,
});
/** Device → head office: a retirement, with the reason as typed (trimmed); the case keeps its first RETIRED_REASON_MAX characters. */
export const retirePhoneArgs = (caseId: string, partyId: string, phoneId: string, reason: string, retiredAt: string): RetirePhoneArgs => ({
  caseId, partyId, phoneId, reason: reason.trim(), retiredAt,
});
export const retireAddressArgs = (caseId: string, partyId: string, addressId: string, reason: string, retiredAt: string): RetireAddressArgs => ({
  caseId, partyId, addressId, reason: reason.trim(), retiredAt,
});

export const phoneOf = (a: AddPhoneArgs): Phone => ({ id: a.id, number: a.number, kind: a.kind, source: a.source, addedAt: a.addedAt, retiredAt: null, retiredReason: null });
export const addressOf = (a: AddAddressArgs): Address => ({
  id: a.id, kind: a.kind, province: a.province, city: a.city, district: a.district, line: a.line, postcode: a.postcode,
  source: a.source, addedAt: a.addedAt, retiredAt: null, retiredReason: null,
});

/** A party's contact edit: the new party, or null when there is nothing to do (already there, already retired). */
export type PartyEdit = (p: Party) => Party | null;

export const addPhoneEdit = (a: AddPhoneArgs): PartyEdit => (p) => (p.phones.some((x) => x.id === a.id) ? null : { ...p, phones: [...p.phones, phoneOf(a)] });
export const addAddressEdit = (a: AddAddressArgs): PartyEdit => (p) =>
  p.addresses.some((x) => x.id === a.id) ? null : { ...p, addresses: [...p.addresses, addressOf(a)] };
/** Retired already (by the import, say): the first retirement stands. */
export const retirePhoneEdit = (a: RetirePhoneArgs): PartyEdit => (p) =>
  p.phones.some((x) => x.id === a.phoneId && x.retiredAt === null)
    ? { ...p, phones: p.phones.map((x) => (x.id === a.phoneId ? { ...x, retiredAt: a.retiredAt, retiredReason: a.reason.slice(0, RETIRED_REASON_MAX) } : x)) }
    : null;
export const retireAddressEdit = (a: RetireAddressArgs): PartyEdit => (p) =>
  p.addresses.some((x) => x.id === a.addressId && x.retiredAt === null)
    ? { ...p, addresses: p.addresses.map((x) => (x.id === a.addressId ? { ...x, retiredAt: a.retiredAt, retiredReason: a.reason.slice(0, RETIRED_REASON_MAX) } : x)) }
    : null;

/** The case with one party edited, or null when the party is not there or the edit does nothing. */
export function editParty(c: Case, partyId: string, edit: PartyEdit): Case | null {
  const party = c.parties.find((p) => p.id === partyId);
  const edited = party ? edit(party) : null;
  return edited ? { ...c, parties: c.parties.map((p) => (p.id === partyId ? edited : p)) } : null;
}
