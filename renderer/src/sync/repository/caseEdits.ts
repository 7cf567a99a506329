import type { Case } from '../../../../shared/domain/case';
import { addAddressEdit, addPhoneEdit, editParty, retireAddressEdit, retirePhoneEdit } from '../../../../shared/records/contacts';
import { statusEdit } from '../../../../shared/records/status';
import { assignmentEdit } from '../../../../shared/records/assignment';
import type { MutationArgs } from '../../../../shared/sync/mutations';

/**
 * Pure: what a contact or status mutation does to a case, given its args (the edits are the kinds' own,
 * shared/records/contacts.ts and status.ts, the same head office makes). Used for records head office sent
 * (another device's phone, a status change) and to replay this device's pending outbox entries over a case
 * head office sent, so a pull does not undo local changes that have not reached head office yet.
 * Null when the change does not apply (already there, no such party, a status the case has left).
 */
export type CaseEditName = 'addPhone' | 'retirePhone' | 'addAddress' | 'retireAddress' | 'setCaseStatus' | 'assignCase';

const EDITS: { readonly [N in CaseEditName]: (c: Case, a: MutationArgs<N>) => Case | null } = {
  addPhone: (c, a) => editParty(c, a.partyId, addPhoneEdit(a)),
  retirePhone: (c, a) => editParty(c, a.partyId, retirePhoneEdit(a)),
  addAddress: (c, a) => editParty(c, a.partyId, addAddressEdit(a)),
  retireAddress: (c, a) => editParty(c, a.partyId, retireAddressEdit(a)),
  setCaseStatus: statusEdit,
  // A supervisor's move still pending: the copy head office sends meanwhile keeps showing it (first-wins there).
  assignCase: assignmentEdit,
};

export const editsCase = (name: string): name is CaseEditName => Object.hasOwn(EDITS, name);

export function editCase<N extends CaseEditName>(c: Case, name: N, args: MutationArgs<N>): Case | null {
  const edit: (c: Case, a: MutationArgs<N>) => Case | null = EDITS[name];
  return edit(c, args);
}

/** A pending outbox entry (or a pulled record) as a case edit, or null when it does not edit the case. */
export type CaseEditEntry = { [N in CaseEditName]: { name: N; args: MutationArgs<N> } }[CaseEditName];

function editBy(c: Case, e: CaseEditEntry): Case | null {
  switch (e.name) {
    case 'addPhone':
      return editCase(c, e.name, e.args);
    case 'retirePhone':
      return editCase(c, e.name, e.args);
    case 'addAddress':
      return editCase(c, e.name, e.args);
    case 'retireAddress':
      return editCase(c, e.name, e.args);
    case 'setCaseStatus':
      return editCase(c, e.name, e.args);
    case 'assignCase':
      return editCase(c, e.name, e.args);
  }
}

const isCaseEdit = (e: { name: string }): e is CaseEditEntry => editsCase(e.name);

/** The case head office sent with this device's pending changes to it replayed, in mutation order. */
export function replayPending(c: Case, pending: readonly { name: string; args: unknown }[]): Case {
  return pending.reduce<Case>((acc, e) => (isCaseEdit(e) ? (editBy(acc, e) ?? acc) : acc), c);
}
