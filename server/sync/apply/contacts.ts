import type { Address, Case, Party, Phone } from '../../../shared/domain/case';
import { argsOf, rejected, type Apply, type Decision, type Policy } from './context';
import { caseNotHere, lockCase, saveCase, type HeadOfficeCase } from './caseData';
import { alreadyHave, storeRecord } from './records';

/**
 * Phones and addresses are added and retired, never overwritten: an add appends to the party on head
 * office's copy of the case, a retire marks one retired (once). The import leaves these alone except the
 * core-banking ones it owns, so a collector's number survives the next daily extract.
 */

type Edit = (p: Party, at: string) => Party | null;

async function onParty(a: Apply, id: string, already: string, notFound: (c: HeadOfficeCase, party: Party) => string | null, edit: Edit): Promise<Decision> {
  const args = argsOf(a);
  const same = await alreadyHave(a, id, () => already);
  if (same) return same;
  const c = await lockCase(a.tx, a.entry.caseId!);
  if (!c) return rejected(a, 'not_found', `${caseNotHere(a.entry.caseId!)}: the contact change was not applied`);
  const party = c.data.parties.find((p) => p.id === args.partyId);
  if (!party) return rejected(a, 'not_found', `case ${c.data.caseNumber} has no party ${String(args.partyId)} at head office`);
  const missing = notFound(c, party);
  if (missing) return rejected(a, 'not_found', missing);
  const decision = await storeRecord(a, id);
  const nowIso = a.receivedAt.toISOString();
  const edited = edit(party, nowIso);
  if (edited) {
    const next: Case = { ...c.data, parties: c.data.parties.map((p) => (p.id === party.id ? edited : p)) };
    await saveCase(a.tx, c, next, nowIso);
  }
  return decision;
}

export const addPhone: Policy = (a) => {
  const args = argsOf(a);
  const phone: Phone = { id: args.id, number: args.number, kind: args.kind, source: args.source, addedAt: args.addedAt, retiredAt: null, retiredReason: null };
  return onParty(a, phone.id, `phone ${phone.id} was already added with different details; add a new number and retire the wrong one`, () => null, (p) =>
    p.phones.some((x) => x.id === phone.id) ? null : { ...p, phones: [...p.phones, phone] },
  );
};

export const addAddress: Policy = (a) => {
  const args = argsOf(a);
  const address: Address = {
    id: args.id, kind: args.kind, province: args.province, city: args.city, district: args.district, line: args.line, postcode: args.postcode,
    source: args.source, addedAt: args.addedAt, retiredAt: null, retiredReason: null,
  };
  return onParty(a, address.id, `address ${address.id} was already added with different details; add a new address and retire the wrong one`, () => null, (p) =>
    p.addresses.some((x) => x.id === address.id) ? null : { ...p, addresses: [...p.addresses, address] },
  );
};

export const retirePhone: Policy = (a) => {
  const { phoneId, reason, retiredAt } = argsOf(a);
  return onParty(
    a,
    phoneId,
    `phone ${phoneId} was already retired for another reason`,
    (c, party) => (party.phones.some((x) => x.id === phoneId) ? null : `case ${c.data.caseNumber} has no phone ${phoneId} for party ${party.id} at head office`),
    // Retired already (by the import, say): the first retirement stands.
    (p) => (p.phones.some((x) => x.id === phoneId && x.retiredAt === null) ? { ...p, phones: p.phones.map((x) => (x.id === phoneId ? { ...x, retiredAt, retiredReason: String(reason).slice(0, 200) } : x)) } : null),
  );
};

export const retireAddress: Policy = (a) => {
  const { addressId, reason, retiredAt } = argsOf(a);
  return onParty(
    a,
    addressId,
    `address ${addressId} was already retired for another reason`,
    (c, party) => (party.addresses.some((x) => x.id === addressId) ? null : `case ${c.data.caseNumber} has no address ${addressId} for party ${party.id} at head office`),
    (p) =>
      p.addresses.some((x) => x.id === addressId && x.retiredAt === null)
        ? { ...p, addresses: p.addresses.map((x) => (x.id === addressId ? { ...x, retiredAt, retiredReason: String(reason).slice(0, 200) } : x)) }
        : null,
  );
};
