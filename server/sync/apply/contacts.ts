import type { Case, Party } from '../../../shared/domain/case';
import { addAddressEdit, addPhoneEdit, retireAddressEdit, retirePhoneEdit, type PartyEdit } from '../../../shared/records/contacts';
import { rejected, type Applying, type Decision, type Policy } from './context';
import { caseNotHere, lockCase, saveCase, type HeadOfficeCase } from './caseData';
import { alreadyHave, storeRecord } from './records';

/**
 * Conflict class add_retire (shared/records/contacts.ts): an add appends to the party on head office's copy
 * of the case, a retire marks one retired (once), with the same edit a device makes. The import leaves these
 * alone except the core-banking ones it owns, so a collector's number survives the next daily extract.
 */
async function onParty(
  a: Applying,
  { caseId, partyId }: { caseId: string; partyId: string },
  id: string,
  already: string,
  notFound: (c: HeadOfficeCase, party: Party) => string | null,
  edit: PartyEdit,
): Promise<Decision> {
  const same = await alreadyHave(a, id, () => already);
  if (same) return same;
  const c = await lockCase(a.tx, caseId);
  if (!c) return rejected(a, 'not_found', `${caseNotHere(caseId)}: the contact change was not applied`);
  const party = c.data.parties.find((p) => p.id === partyId);
  if (!party) return rejected(a, 'not_found', `case ${c.data.caseNumber} has no party ${partyId} at head office`);
  const missing = notFound(c, party);
  if (missing) return rejected(a, 'not_found', missing);
  const decision = await storeRecord(a, id);
  const nowIso = a.receivedAt.toISOString();
  const edited = edit(party);
  if (edited) {
    const next: Case = { ...c.data, parties: c.data.parties.map((p) => (p.id === party.id ? edited : p)) };
    await saveCase(a.tx, c, next, nowIso);
  }
  return decision;
}

export const addPhone: Policy<'addPhone'> = (a) => {
  const { id } = a.entry.args;
  return onParty(a, a.entry.args, id, `phone ${id} was already added with different details; add a new number and retire the wrong one`, () => null, addPhoneEdit(a.entry.args));
};

export const addAddress: Policy<'addAddress'> = (a) => {
  const { id } = a.entry.args;
  return onParty(a, a.entry.args, id, `address ${id} was already added with different details; add a new address and retire the wrong one`, () => null, addAddressEdit(a.entry.args));
};

export const retirePhone: Policy<'retirePhone'> = (a) => {
  const { phoneId } = a.entry.args;
  return onParty(
    a,
    a.entry.args,
    phoneId,
    `phone ${phoneId} was already retired for another reason`,
    (c, party) => (party.phones.some((x) => x.id === phoneId) ? null : `case ${c.data.caseNumber} has no phone ${phoneId} for party ${party.id} at head office`),
    retirePhoneEdit(a.entry.args),
  );
};

export const retireAddress: Policy<'retireAddress'> = (a) => {
  const { addressId } = a.entry.args;
  return onParty(
    a,
    a.entry.args,
    addressId,
    `address ${addressId} was already retired for another reason`,
    (c, party) => (party.addresses.some((x) => x.id === addressId) ? null : `case ${c.data.caseNumber} has no address ${addressId} for party ${party.id} at head office`),
    retireAddressEdit(a.entry.args),
  );
};
