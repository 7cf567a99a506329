import type { Case } from '../../../../shared/domain/case';

/**
 * Pure: what a contact or status mutation does to a case, given its args. Used for records head office sent
 * (another device's phone, a status change) and to replay this device's pending outbox entries over a case
 * head office sent, so a pull does not undo local changes that have not reached head office yet.
 * Null when the change does not apply (already there, no such party, a status the case has left).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- args were checked against their mutation's schema
type Args = Record<string, any>;

const onParty = (c: Case, partyId: string, edit: (p: Case['parties'][number]) => Case['parties'][number] | null): Case | null => {
  const party = c.parties.find((p) => p.id === partyId);
  const edited = party ? edit(party) : null;
  return edited ? { ...c, parties: c.parties.map((p) => (p.id === partyId ? edited : p)) } : null;
};

const EDITS: Record<string, (c: Case, a: Args) => Case | null> = {
  addPhone: (c, a) =>
    onParty(c, a.partyId, (p) =>
      p.phones.some((x) => x.id === a.id) ? null : { ...p, phones: [...p.phones, { id: a.id, number: a.number, kind: a.kind, source: a.source, addedAt: a.addedAt, retiredAt: null, retiredReason: null }] },
    ),
  retirePhone: (c, a) =>
    onParty(c, a.partyId, (p) =>
      p.phones.some((x) => x.id === a.phoneId && x.retiredAt === null)
        ? { ...p, phones: p.phones.map((x) => (x.id === a.phoneId ? { ...x, retiredAt: a.retiredAt, retiredReason: String(a.reason).slice(0, 200) } : x)) }
        : null,
    ),
  addAddress: (c, a) =>
    onParty(c, a.partyId, (p) =>
      p.addresses.some((x) => x.id === a.id)
        ? null
        : {
            ...p,
            addresses: [
              ...p.addresses,
              { id: a.id, kind: a.kind, province: a.province, city: a.city, district: a.district, line: a.line, postcode: a.postcode, source: a.source, addedAt: a.addedAt, retiredAt: null, retiredReason: null },
            ],
          },
    ),
  retireAddress: (c, a) =>
    onParty(c, a.partyId, (p) =>
      p.addresses.some((x) => x.id === a.addressId && x.retiredAt === null)
        ? { ...p, addresses: p.addresses.map((x) => (x.id === a.addressId ? { ...x, retiredAt: a.retiredAt, retiredReason: String(a.reason).slice(0, 200) } : x)) }
        : null,
    ),
  // Only from the status the change was made from: head office refuses it otherwise, and so does the device.
  setCaseStatus: (c, a) => (c.status === a.from && c.status !== a.to ? { ...c, status: a.to, holdReason: a.to === 'on_hold' ? a.holdReason : null } : null),
};

export const editsCase = (name: string): boolean => name in EDITS;

export function editCase(c: Case, name: string, args: Args): Case | null {
  return EDITS[name]?.(c, args) ?? null;
}

/** The case head office sent with this device's pending changes to it replayed, in mutation order. */
export function replayPending(c: Case, pending: readonly { name: string; args: unknown }[]): Case {
  return pending.reduce<Case>((acc, e) => editCase(acc, e.name, e.args as Args) ?? acc, c);
}
