import type { Address, Case, CaseStatus, Phone } from '../../../../shared/domain/case';
import { TRANSITIONS, type HoldReason } from '../../../../shared/fieldwork/caseStatus';
import type { Dispute } from '../../../../shared/fieldwork/records';
import { newId } from '../../../../shared/sync';
import { addressArgs, phoneArgs, retireAddressArgs, retirePhoneArgs } from '../../../../shared/records/contacts';
import { disputeArgs, disputeOf, resolutionArgs, resolvedDispute, reviewArgs, reviewedDispute, type DisputeOutcome } from '../../../../shared/records/dispute';
import type { RecoveryDeskDb } from '../../store/database';
import { changeStatus, putCase } from './caseUpdates';
import { commitChange, type Actor } from '../../store/unitOfWork';

async function caseOf(db: RecoveryDeskDb, caseId: string): Promise<Case> {
  const c = await db.cases.get(caseId);
  if (!c) throw new Error(`no case ${caseId}`);
  return c;
}

function withParty(c: Case, partyId: string, edit: (p: Case['parties'][number]) => Case['parties'][number]): Case {
  if (!c.parties.some((p) => p.id === partyId)) throw new Error(`no party ${partyId} on case ${c.id}`);
  return { ...c, parties: c.parties.map((p) => (p.id === partyId ? edit(p) : p)) };
}

/** Skip tracing and corrections add a number; an old one is retired with a reason, never overwritten. */
export async function addPhone(db: RecoveryDeskDb, actor: Actor, caseId: string, partyId: string, phone: Pick<Phone, 'number' | 'kind' | 'source'>): Promise<Phone> {
  const added: Phone = { ...phone, id: newId(), addedAt: actor.now().toISOString(), retiredAt: null, retiredReason: null };
  await commitChange(db, actor, {
    tables: [db.cases, db.caseRows],
    apply: async () => putCase(db, withParty(await caseOf(db, caseId), partyId, (p) => ({ ...p, phones: [...p.phones, added] }))),
    audit: { action: 'phone.add', entity: { kind: 'phone', id: added.id }, caseId, before: null, after: added },
    mutations: [{ name: 'addPhone', args: phoneArgs(caseId, partyId, added) }],
  });
  return added;
}

export async function retirePhone(db: RecoveryDeskDb, actor: Actor, caseId: string, partyId: string, phoneId: string, reason: string): Promise<void> {
  const at = actor.now().toISOString();
  let before: Phone | undefined;
  await commitChange(db, actor, {
    tables: [db.cases, db.caseRows],
    apply: async () =>
      putCase(
        db,
        withParty(await caseOf(db, caseId), partyId, (p) => ({
          ...p,
          phones: p.phones.map((ph) => {
            if (ph.id !== phoneId) return ph;
            before = ph;
            return ph.retiredAt ? ph : { ...ph, retiredAt: at, retiredReason: reason };
          }),
        })),
      ),
    audit: () => ({ action: 'phone.retire', entity: { kind: 'phone', id: phoneId }, caseId, before, after: { ...before, retiredAt: at, retiredReason: reason } }),
    mutations: [{ name: 'retirePhone', args: retirePhoneArgs(caseId, partyId, phoneId, reason, at) }],
  });
}

export async function addAddress(
  db: RecoveryDeskDb,
  actor: Actor,
  caseId: string,
  partyId: string,
  address: Pick<Address, 'kind' | 'province' | 'city' | 'district' | 'line' | 'postcode' | 'source'>,
): Promise<Address> {
  const added: Address = { ...address, id: newId(), addedAt: actor.now().toISOString(), retiredAt: null, retiredReason: null };
  await commitChange(db, actor, {
    tables: [db.cases, db.caseRows],
    apply: async () => putCase(db, withParty(await caseOf(db, caseId), partyId, (p) => ({ ...p, addresses: [...p.addresses, added] }))),
    audit: { action: 'address.add', entity: { kind: 'address', id: added.id }, caseId, before: null, after: added },
    mutations: [{ name: 'addAddress', args: addressArgs(caseId, partyId, added) }],
  });
  return added;
}

export async function retireAddress(db: RecoveryDeskDb, actor: Actor, caseId: string, partyId: string, addressId: string, reason: string): Promise<void> {
  const at = actor.now().toISOString();
  await commitChange(db, actor, {
    tables: [db.cases, db.caseRows],
    apply: async () =>
      putCase(
        db,
        withParty(await caseOf(db, caseId), partyId, (p) => ({
          ...p,
          addresses: p.addresses.map((a) => (a.id === addressId && !a.retiredAt ? { ...a, retiredAt: at, retiredReason: reason } : a)),
        })),
      ),
    audit: { action: 'address.retire', entity: { kind: 'address', id: addressId }, caseId, before: null, after: { retiredAt: at, retiredReason: reason } },
    mutations: [{ name: 'retireAddress', args: retireAddressArgs(caseId, partyId, addressId, reason, at) }],
  });
}

/** A status change by hand; the state machine refuses an invalid one with its reason (TransitionRefused). */
export async function setCaseStatus(db: RecoveryDeskDb, actor: Actor, caseId: string, to: CaseStatus, holdReason: HoldReason | null, note: string): Promise<Case> {
  const at = actor.now().toISOString();
  let result: Case | null = null;
  let before: Case | null = null;
  await commitChange(db, actor, {
    tables: [db.cases, db.caseRows],
    apply: async () => {
      before = await caseOf(db, caseId);
      const { updated, mutation } = await changeStatus(db, before, to, holdReason, at, note);
      result = updated;
      return [mutation];
    },
    audit: () => ({ action: 'case.status', entity: { kind: 'case', id: caseId }, caseId, before: { status: before!.status, holdReason: before!.holdReason }, after: { status: to, holdReason } }),
    mutations: [],
  });
  return result!;
}

/** A dispute or complaint is recorded and puts the case on hold (the rule pack's hold for it). */
export async function openDispute(db: RecoveryDeskDb, actor: Actor, caseId: string, kind: Dispute['kind'], description: string): Promise<Dispute> {
  const dispute: Dispute = disputeOf({ id: newId(), caseId, kind, description: description.trim(), openedAt: actor.now().toISOString() }, actor.userId);
  await commitChange(db, actor, {
    tables: [db.disputes, db.cases, db.caseRows],
    apply: async () => {
      await db.disputes.add(dispute);
      const c = await caseOf(db, caseId);
      // A dispute on a settled or closed case is still recorded; only a case that may go on hold does.
      if (c.status === 'on_hold' || !TRANSITIONS[c.status].includes('on_hold')) return [];
      return [(await changeStatus(db, c, 'on_hold', kind, dispute.openedAt, `${kind}:${dispute.id}`)).mutation];
    },
    audit: { action: `${kind}.open`, entity: { kind, id: dispute.id }, caseId, before: null, after: dispute },
    mutations: [{ name: 'openDispute', args: disputeArgs(dispute) }],
  });
  return dispute;
}

/**
 * A supervisor resolves an open dispute or complaint. Its hold lifts: the case leaves on_hold for contacting
 * (the status machine's way out of a hold) when the hold was this kind's and no other of the kind stays open.
 */
export async function resolveDispute(db: RecoveryDeskDb, actor: Actor, open: Dispute, outcome: DisputeOutcome, resolution: string, evidence: readonly string[] = []): Promise<Dispute> {
  const resolved = resolvedDispute(open, {
    caseId: open.caseId, disputeId: open.id, outcome, resolution: resolution.trim(), resolvedAt: actor.now().toISOString(), evidence: [...evidence],
  });
  const args = resolutionArgs(resolved)!;
  await commitChange(db, actor, {
    tables: [db.disputes, db.cases, db.caseRows],
    apply: async () => {
      await db.disputes.put(resolved);
      const c = await caseOf(db, open.caseId);
      if (c.status !== 'on_hold' || c.holdReason !== open.kind) return [];
      const stillOpen = (await disputesOfCase(db, c.id)).some((d) => d.kind === open.kind && d.resolvedAt === null);
      if (stillOpen) return [];
      return [(await changeStatus(db, c, 'contacting', null, args.resolvedAt, `${open.kind}.${outcome}:${open.id}`)).mutation];
    },
    audit: { action: `${open.kind}.resolve`, entity: { kind: open.kind, id: open.id }, caseId: open.caseId, before: open, after: resolved },
    mutations: [{ name: 'resolveDispute', args }],
  });
  return resolved;
}

/** A supervisor takes an open dispute or complaint up for review (受理核查); the hold stays until it is resolved. */
export async function reviewDispute(db: RecoveryDeskDb, actor: Actor, open: Dispute): Promise<Dispute> {
  const reviewed = reviewedDispute(open, { caseId: open.caseId, disputeId: open.id, reviewedAt: actor.now().toISOString() }, actor.userId);
  await commitChange(db, actor, {
    tables: [db.disputes],
    apply: async () => {
      await db.disputes.put(reviewed);
      return [];
    },
    audit: { action: `${open.kind}.review`, entity: { kind: open.kind, id: open.id }, caseId: open.caseId, before: open, after: reviewed },
    mutations: [{ name: 'reviewDispute', args: reviewArgs(reviewed)! }],
  });
  return reviewed;
}

export function disputesOfCase(db: RecoveryDeskDb, caseId: string): Promise<Dispute[]> {
  return db.disputes.where('caseId').equals(caseId).toArray();
}
