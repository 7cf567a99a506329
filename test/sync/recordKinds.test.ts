import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/store/openStore';
import type { RecoveryDeskDb } from '../../renderer/src/store/database';
import { createSyncClient, SYNC_META, type BadRecord } from '../../renderer/src/sync/syncClient';
import { importExtract } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import type { Case } from '../../shared/domain/case';
import { roleMay } from '../../shared/domain/permissions';
import { TRANSITIONS } from '../../shared/fieldwork/caseStatus';
import { activityArgs } from '../../shared/records/activity';
import { arrangementArgs, arrangementDecisionArgs } from '../../shared/records/arrangement';
import { customerFactsArgs, relatedPartyArgs } from '../../shared/records/customerFacts';
import { disputeArgs, resolutionArgs, reviewArgs } from '../../shared/records/dispute';
import { PLAN_MAX_INSTALMENTS } from '../../shared/records/limits';
import { decideOverrideArgs, requestOverrideArgs } from '../../shared/records/overrideRequest';
import { referralArgs } from '../../shared/records/legalReferral';
import { handoverArgs } from '../../shared/records/outsourcingHandover';
import { proposalArgs } from '../../shared/records/outsourcingProposal';
import { createAgency } from '../../server/console/outsourcing/agencies';
import { legalStepArgs } from '../../shared/records/legalStep';
import { legalBundleArgs } from '../../shared/records/legalBundle';
import { MUTATION_NAMES, type MutationName } from '../../shared/records/names';
import { paymentArgs } from '../../shared/records/payment';
import { decisionArgs, planArgs } from '../../shared/records/plan';
import { promiseArgs } from '../../shared/records/promise';
import { receiptArgs, voidArgs } from '../../shared/records/receipt';
import { targetArgs } from '../../shared/records/target';
import { RECORD_KINDS } from '../../shared/records/registry';
import { doneVisitArgs, plannedVisitArgs } from '../../shared/records/visit';
import { formatHlc, makeOutboxEntry, newId, type MutationArgs, type MutationArgsInput, type OutboxEntry } from '../../shared/sync';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { openDb, push, signIn, startHarness, type Harness } from '../server/harness';
import { GOOD } from '../shared/sync/fixtures';

/**
 * Every kind of record, made on one device, goes through head office (the real service on PGlite) to another
 * device of the case's scope (its own IndexedDB, the app's pull-apply), and comes out equal: head office keeps
 * the args as sent, and what the second device stores maps back (through the kind's own mapping,
 * shared/records/<kind>.ts) to the same args. The kinds come from the registry, and the two tables below are
 * typed by the closed union of mutation names: a new kind does not compile until it has its example and its
 * read-back, and then it is covered.
 */

interface Ctx {
  c: Case;
  partyId: string;
  phoneId: string;
  addressId: string;
  /** The args sent so far, by mutation: later kinds refer to the records earlier ones made. */
  sent: Partial<{ [N in MutationName]: MutationArgs<N> }>;
  /** A planned visit made before the kinds are sent, for cancelVisit (the loop's own planned visit is not done). */
  cancellableVisitId: string;
  /** Another case of the branch and a collector it may go to, for assignCase (moving `c` would take it off the reading device). */
  move: { caseId: string; fromOfficerId: string | null; officerId: string; officerName: string };
  /** A dispute opened before the kinds are sent, for reviewDispute (the loop's own dispute is resolved before it). */
  reviewableDisputeId: string;
  /** A conduct exception head office found before the kinds are sent, for reviewConductException. */
  exceptionId: string;
  /** An agency serving the case's branch (head office's record), for proposeOutsourcing. */
  agencyId: string;
}

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 2, minute)).toISOString();
const ref = <N extends MutationName>(ctx: Ctx, name: N): MutationArgs<N> => {
  const made = ctx.sent[name];
  if (!made) throw new Error(`${name} has not been sent yet`);
  return made as MutationArgs<N>;
};
const idOf = (ctx: Ctx, name: 'recordActivity' | 'createPlan' | 'recordReceipt' | 'planVisit' | 'addPhone' | 'addAddress' | 'openDispute' | 'issueLetter') =>
  ref(ctx, name).id;

/** One generated record per mutation, made for the case under test. */
const EXAMPLES: { readonly [N in MutationName]: (ctx: Ctx) => MutationArgsInput<N> } = {
  recordActivity: (x) => ({ ...GOOD.recordActivity, id: newId(), caseId: x.c.id, partyId: x.partyId, phoneId: x.phoneId, nextActionTime: '15:00', at: at(1) }),
  createPromise: (x) => ({ ...GOOD.createPromise, id: newId(), caseId: x.c.id, activityId: idOf(x, 'recordActivity'), madeAt: at(2) }),
  recordPayment: (x) => ({ ...GOOD.recordPayment, id: newId(), caseId: x.c.id, source: 'transfer', receiptId: null, reference: 'WX20261123-0042', recordedAt: at(3) }),
  createPlan: (x) => ({
    ...GOOD.createPlan, id: newId(), caseId: x.c.id, notes: '首付后按月还款', proposedAt: at(4),
  }),
  decidePlan: (x) => ({ ...GOOD.decidePlan, caseId: x.c.id, planId: idOf(x, 'createPlan'), decision: 'reject', reason: '减免过多，请重新协商', decidedAt: at(5) }),
  recordReceipt: (x) => ({ ...GOOD.recordReceipt, id: newId(), caseId: x.c.id, number: 'SK-RTRIP-20261123-000001', method: 'cheque', chequeNumber: 'ZP-88123', receivedAt: at(6) }),
  voidReceipt: (x) => ({ ...GOOD.voidReceipt, caseId: x.c.id, receiptId: idOf(x, 'recordReceipt'), voidedAt: at(7) }),
  planVisit: (x) => ({ ...GOOD.planVisit, id: newId(), caseId: x.c.id, addressId: x.addressId, plannedAt: at(8) }),
  // A visit nobody planned (its own new id).
  recordVisit: (x) => ({ ...GOOD.recordVisit, id: newId(), caseId: x.c.id, addressId: x.addressId, visitedAt: at(9) }),
  cancelVisit: (x) => ({ ...GOOD.cancelVisit, caseId: x.c.id, visitId: x.cancellableVisitId, cancelledAt: at(10) }),
  addAttachment: (x) => ({ ...GOOD.addAttachment, caseId: x.c.id, sha256: 'b'.repeat(64), owner: { kind: 'case', id: x.c.id }, addedAt: at(11) }),
  addPhone: (x) => ({ ...GOOD.addPhone, id: newId(), caseId: x.c.id, partyId: x.partyId, number: '13912345678', addedAt: at(12) }),
  retirePhone: (x) => ({ ...GOOD.retirePhone, caseId: x.c.id, partyId: x.partyId, phoneId: idOf(x, 'addPhone'), reason: '客户称已停用', retiredAt: at(13) }),
  addAddress: (x) => ({ ...GOOD.addAddress, id: newId(), caseId: x.c.id, partyId: x.partyId, addedAt: at(14) }),
  retireAddress: (x) => ({ ...GOOD.retireAddress, caseId: x.c.id, partyId: x.partyId, addressId: idOf(x, 'addAddress'), retiredAt: at(15) }),
  setCaseStatus: (x) => {
    const to = TRANSITIONS[x.c.status].find((s) => s !== 'on_hold' && s !== 'settled') ?? 'on_hold';
    return { caseId: x.c.id, from: x.c.status, to, holdReason: to === 'on_hold' ? 'dispute' : null, note: '轮换测试', changedAt: at(16) };
  },
  openDispute: (x) => ({ ...GOOD.openDispute, id: newId(), caseId: x.c.id, openedAt: at(17) }),
  resolveDispute: (x) => ({ ...GOOD.resolveDispute, caseId: x.c.id, disputeId: idOf(x, 'openDispute'), resolvedAt: at(18), evidence: [newId()] }),
  recordOverride: (x) => ({ ...GOOD.recordOverride, id: newId(), caseId: x.c.id, subject: { kind: 'activity', id: idOf(x, 'recordActivity') }, overriddenAt: at(19) }),
  issueLetter: (x) => ({ ...GOOD.issueLetter, id: newId(), caseId: x.c.id, partyId: x.partyId, issuedAt: at(20) }),
  recordLetterDelivery: (x) => ({ ...GOOD.recordLetterDelivery, caseId: x.c.id, letterId: idOf(x, 'issueLetter'), at: at(21) }),
  recordLetterAcknowledgement: (x) => ({ ...GOOD.recordLetterAcknowledgement, caseId: x.c.id, letterId: idOf(x, 'issueLetter'), at: at(22) }),
  voidLetter: (x) => ({ ...GOOD.voidLetter, caseId: x.c.id, letterId: idOf(x, 'issueLetter'), voidedAt: at(23) }),
  recordAccessEvent: (x) => ({ ...GOOD.recordAccessEvent, id: newId(), userId: null, kind: 'sign_in_failed', caseId: x.c.id, field: null, subjectId: null, reason: null, at: at(24) }),
  assignCase: (x) => ({ ...GOOD.assignCase, id: newId(), ...x.move, assignedAt: at(25) }),
  proposeArrangement: (x) => ({ ...GOOD.proposeArrangement, id: newId(), caseId: x.c.id, proposedAt: at(25) }),
  decideArrangement: (x) => ({ ...GOOD.decideArrangement, caseId: x.c.id, arrangementId: ref(x, 'proposeArrangement').id, decision: 'reject', reason: '证明材料不足，请补充病历', decidedAt: at(26) }),
  reviewDispute: (x) => ({ ...GOOD.reviewDispute, caseId: x.c.id, disputeId: x.reviewableDisputeId, reviewedAt: at(25) }),
  requestOverride: (x) => ({ ...GOOD.requestOverride, id: newId(), caseId: x.c.id, action: { channel: 'phone', partyId: x.partyId }, requestedAt: at(25) }),
  // Sent by the collector's device: the branch's supervisor approved there with their password.
  decideOverride: (x) => ({
    ...GOOD.decideOverride, caseId: x.c.id, requestId: ref(x, 'requestOverride').id, decidedBy: `demo-supervisor-${x.c.assignment.branchCode}`,
    how: 'on_requesting_device', decidedAt: at(26), validFrom: at(26), validUntil: at(50),
  }),
  referLegal: (x) => ({ ...GOOD.referLegal, id: newId(), caseId: x.c.id, checklist: [{ item: 'receipt', refs: [idOf(x, 'recordReceipt')] }], referredAt: at(27) }),
  decideLegalReferral: (x) => ({ ...GOOD.decideLegalReferral, caseId: x.c.id, referralId: ref(x, 'referLegal').id, decidedAt: at(28) }),
  // Head office's legal staff (a head-office admin) accept it and file the suit.
  reviewLegalReferral: (x) => ({ ...GOOD.reviewLegalReferral, caseId: x.c.id, referralId: ref(x, 'referLegal').id, decidedAt: at(29) }),
  recordLegalStep: (x) => {
    const id = newId();
    const file = GOOD.recordLegalStep.step as Extract<MutationArgsInput<'recordLegalStep'>['step'], { kind: 'file' }>;
    return { ...GOOD.recordLegalStep, id, legalCaseId: id, caseId: x.c.id, step: { ...file, referralId: ref(x, 'referLegal').id, parties: [{ partyId: x.partyId, role: 'defendant' }] }, recordedAt: at(29) };
  },
  recordCustomerFacts: (x) => ({ ...GOOD.recordCustomerFacts, id: newId(), caseId: x.c.id, activityId: idOf(x, 'recordActivity'), learnedAt: at(27) }),
  addRelatedParty: (x) => ({ ...GOOD.addRelatedParty, id: newId(), caseId: x.c.id, addedAt: at(27) }),
  retireRelatedParty: (x) => ({ ...GOOD.retireRelatedParty, caseId: x.c.id, partyId: ref(x, 'addRelatedParty').id, retiredAt: at(28) }),
  // About the branch, not the case: every device of the branch gets it (the reading collector's too).
  // The bundle of the suit just filed, built on the collector's device.
  recordLegalBundle: (x) => ({ ...GOOD.recordLegalBundle, id: newId(), caseId: x.c.id, legalCaseId: ref(x, 'recordLegalStep').id, builtAt: at(30) }),
  setTarget: (x) => ({
    ...GOOD.setTarget, id: newId(), branchCode: x.c.assignment.branchCode, recoveredFen: 900_000, curedAccounts: 2,
    collectors: [{ officerId: x.c.assignment.officerId!, recoveredFen: 900_000, curedAccounts: 2 }], setAt: at(27),
  }),
  reviewConductException: (x) => ({ ...GOOD.reviewConductException, id: newId(), exceptionId: x.exceptionId, branchCode: x.c.assignment.branchCode, reviewedAt: at(28) }),
  proposeOutsourcing: (x) => ({ ...GOOD.proposeOutsourcing, id: newId(), caseId: x.c.id, agencyId: x.agencyId, proposedAt: at(28) }),
  decideOutsourcing: (x) => ({ ...GOOD.decideOutsourcing, caseId: x.c.id, proposalId: ref(x, 'proposeOutsourcing').id, decidedAt: at(29) }),
  recordOutsourcingHandover: (x) => ({ ...GOOD.recordOutsourcingHandover, id: newId(), caseId: x.c.id, agencyId: x.agencyId, proposalId: ref(x, 'proposeOutsourcing').id, at: at(30) }),
};

/**
 * What the receiving device has of each kind, as args again (the kind's device → head office mapping), with
 * the fields it does not keep named (`notKept`); null for the kinds no device keeps.
 */
type Readback = { args: object; notKept?: readonly string[] } | { keptBy: 'head office only' | 'the device that has the bytes' | 'the branch supervisors’ devices, on the exception' };
const BACK: { readonly [N in MutationName]: (db: RecoveryDeskDb, a: MutationArgs<N>) => Promise<Readback> } = {
  recordActivity: async (db, a) => ({ args: activityArgs((await db.activities.get(a.id))!) }),
  createPromise: async (db, a) => ({ args: promiseArgs((await db.promises.get(a.id))!) }),
  recordPayment: async (db, a) => ({ args: paymentArgs((await db.payments.get(a.id))!) }),
  createPlan: async (db, a) => ({ args: planArgs((await db.plans.get(a.id))!) }),
  decidePlan: async (db, a) => ({ args: decisionArgs((await db.plans.get(a.planId))!)! }),
  recordReceipt: async (db, a) => ({ args: receiptArgs((await db.receipts.get(a.id))!) }),
  voidReceipt: async (db, a) => ({ args: voidArgs((await db.receipts.get(a.receiptId))!)! }),
  planVisit: async (db, a) => ({ args: plannedVisitArgs((await db.visits.get(a.id))!) }),
  recordVisit: async (db, a) => ({ args: doneVisitArgs((await db.visits.get(a.id))!)! }),
  cancelVisit: async (db, a) => {
    const v = (await db.visits.get(a.visitId))!;
    return { args: { caseId: v.caseId, visitId: v.status === 'cancelled' ? v.id : null }, notKept: ['reason', 'cancelledAt'] };
  },
  addAttachment: async () => ({ keptBy: 'the device that has the bytes' }),
  addPhone: async (db, a) => {
    const p = (await db.cases.get(a.caseId))!.parties.find((x) => x.id === a.partyId)!.phones.find((x) => x.id === a.id)!;
    return { args: { id: p.id, caseId: a.caseId, partyId: a.partyId, number: p.number, kind: p.kind, source: p.source, addedAt: p.addedAt } };
  },
  retirePhone: async (db, a) => {
    const phone = (await db.cases.get(a.caseId))!.parties.find((p) => p.id === a.partyId)!.phones.find((p) => p.id === a.phoneId)!;
    return { args: { caseId: a.caseId, partyId: a.partyId, phoneId: phone.id, reason: phone.retiredReason, retiredAt: phone.retiredAt } };
  },
  addAddress: async (db, a) => {
    const x = (await db.cases.get(a.caseId))!.parties.find((p) => p.id === a.partyId)!.addresses.find((p) => p.id === a.id)!;
    return {
      args: { id: x.id, caseId: a.caseId, partyId: a.partyId, kind: x.kind, province: x.province, city: x.city, district: x.district, line: x.line, postcode: x.postcode, source: x.source, addedAt: x.addedAt },
    };
  },
  retireAddress: async (db, a) => {
    const address = (await db.cases.get(a.caseId))!.parties.find((p) => p.id === a.partyId)!.addresses.find((p) => p.id === a.addressId)!;
    return { args: { caseId: a.caseId, partyId: a.partyId, addressId: address.id, reason: address.retiredReason, retiredAt: address.retiredAt } };
  },
  setCaseStatus: async (db, a) => {
    const c = (await db.cases.get(a.caseId))!;
    return { args: { caseId: c.id, to: c.status, holdReason: c.holdReason ?? null }, notKept: ['from', 'note', 'changedAt'] };
  },
  openDispute: async (db, a) => ({ args: disputeArgs((await db.disputes.get(a.id))!) }),
  resolveDispute: async (db, a) => ({ args: resolutionArgs((await db.disputes.get(a.disputeId))!)! }),
  recordOverride: async (db, a) => {
    const activity = (await db.activities.get(a.subject!.id))!;
    return { args: { caseId: activity.caseId, subject: { kind: 'activity', id: activity.id }, ...activity.override }, notKept: ['id', 'overriddenAt'] };
  },
  issueLetter: async (db, a) => {
    const l = (await db.letters.get(a.id))!;
    return {
      args: { id: l.id, caseId: l.caseId, partyId: l.partyId, number: l.number, type: l.type, templateId: l.templateId, templateVersion: l.templateVersion, totalFen: l.totalFen, verificationCode: l.verificationCode, pdfSha256: l.pdfSha256, copy: l.copy, issuedAt: l.issuedAt },
    };
  },
  recordLetterDelivery: async (db, a) => {
    const l = (await db.letters.get(a.letterId))!;
    return { args: { caseId: l.caseId, letterId: l.id, method: l.delivery.method, trackingNumber: l.delivery.trackingNumber, outcome: l.delivery.status, evidence: l.delivery.evidence, at: l.delivery.at } };
  },
  recordLetterAcknowledgement: async (db, a) => {
    const l = (await db.letters.get(a.letterId))!;
    return { args: { caseId: l.caseId, letterId: l.id, ...l.acknowledgement }, notKept: ['at'] };
  },
  voidLetter: async (db, a) => {
    const l = (await db.letters.get(a.letterId))!;
    return { args: { caseId: l.caseId, letterId: l.id, reason: l.voided?.reason, voidedAt: l.voided?.at } };
  },
  recordAccessEvent: async () => ({ keptBy: 'head office only' }),
  assignCase: async () => ({ keptBy: 'head office only' }),
  // A collector's device holds no conduct exceptions; test/sync/conductExceptions.test.ts follows the review to a supervisor's.
  reviewConductException: async () => ({ keptBy: 'the branch supervisors’ devices, on the exception' }),
  proposeArrangement: async (db, a) => ({ args: arrangementArgs((await db.arrangements.get(a.id))!) }),
  decideArrangement: async (db, a) => ({ args: arrangementDecisionArgs((await db.arrangements.get(a.arrangementId))!)! }),
  reviewDispute: async (db, a) => ({ args: reviewArgs((await db.disputes.get(a.disputeId))!)! }),
  requestOverride: async (db, a) => ({ args: requestOverrideArgs((await db.overrideRequests.get(a.id))!) }),
  decideOverride: async (db, a) => {
    const r = (await db.overrideRequests.get(a.requestId))!;
    return { args: decideOverrideArgs(r, r.decision!) };
  },
  referLegal: async (db, a) => ({ args: referralArgs((await db.legalReferrals.get(a.id))!) }),
  decideLegalReferral: async (db, a) => {
    const r = (await db.legalReferrals.get(a.referralId))!;
    return { args: { caseId: r.caseId, referralId: r.id, decision: r.status === 'rejected' ? 'reject' : 'approve', reason: r.supervisorDecision!.reason, decidedAt: r.supervisorDecision!.at } };
  },
  reviewLegalReferral: async (db, a) => {
    const r = (await db.legalReferrals.get(a.referralId))!;
    return { args: { caseId: r.caseId, referralId: r.id, decision: r.status === 'returned' ? 'return' : 'accept', reason: r.headOfficeDecision!.reason, decidedAt: r.headOfficeDecision!.at } };
  },
  recordLegalStep: async (db, a) => ({ args: legalStepArgs((await db.legalSteps.get(a.id))!) }),
  recordCustomerFacts: async (db, a) => ({ args: customerFactsArgs((await db.customerFacts.get(a.id))!) }),
  addRelatedParty: async (db, a) => ({ args: relatedPartyArgs((await db.relatedParties.get(a.id))!) }),
  retireRelatedParty: async (db, a) => {
    const p = (await db.relatedParties.get(a.partyId))!;
    return { args: { caseId: p.caseId, partyId: p.id, reason: p.retired!.reason, retiredAt: p.retired!.at, replacedBy: p.retired!.replacedBy } };
  },
  recordLegalBundle: async (db, a) => ({ args: legalBundleArgs((await db.legalBundles.get(a.id))!) }),
  setTarget: async (db, a) => ({ args: targetArgs((await db.targets.get(a.id))!) }),
  proposeOutsourcing: async (db, a) => ({ args: proposalArgs((await db.outsourcingProposals.get(a.id))!) }),
  decideOutsourcing: async (db, a) => {
    const p = (await db.outsourcingProposals.get(a.proposalId))!;
    return { args: { caseId: p.caseId, proposalId: p.id, decision: p.status === 'rejected' ? 'reject' : 'approve', reason: p.decision!.reason, decidedAt: p.decision!.at } };
  },
  recordOutsourcingHandover: async (db, a) => ({ args: handoverArgs((await db.outsourcingHandovers.get(a.id))!) }),
};

/** The read-back of mutation `name`; the args are that mutation's (they were made by EXAMPLES[name]). */
const readBack = <N extends MutationName>(db: RecoveryDeskDb, name: N, args: unknown): Promise<Readback> => BACK[name](db, args as MutationArgs<N>);

const without = (args: object, keys: readonly string[]) => Object.fromEntries(Object.entries(args).filter(([k]) => !keys.includes(k)));

describe('every record kind, device → head office → another device', () => {
  let db: Db;
  let h: Harness;
  let store: Store;
  const sent: { name: MutationName; entry: OutboxEntry }[] = [];
  let ctx: Ctx;

  beforeAll(async () => {
    db = await openDb('pglite');
    h = await startHarness(db);
    await importExtract(db, extractOf(demoCases(6, { seed: 'round-trip' }).flatMap(caseToRows)));
  }, 60_000);

  afterAll(async () => {
    store?.close();
    await h?.close();
    await db?.close();
  });

  it('head office applies one generated record of every kind and keeps its args as sent', async () => {
    const row = (await db.query<{ data: Case; officer_id: string; branch_code: string }>('SELECT data, officer_id, branch_code FROM cases WHERE officer_id IS NOT NULL ORDER BY id LIMIT 1')).rows[0]!;
    const c = row.data;
    const party = c.parties.find((p) => p.phones.length > 0 && p.addresses.length > 0)!;
    const collector = await signIn(h, row.officer_id);
    const supervisor = await signIn(h, `demo-supervisor-${row.branch_code}`);
    const admin = await signIn(h, 'demo-admin');
    const ids = new Map<string, number>();
    const send = async (d: typeof collector, name: MutationName, args: unknown) => {
      const mutationId = (ids.get(d.deviceId) ?? 0) + 1;
      ids.set(d.deviceId, mutationId);
      const entry = makeOutboxEntry({
        mutationId, name, args: args as MutationArgsInput<typeof name>, userId: d.userId, deviceId: d.deviceId,
        hlc: formatHlc({ wallMs: Date.parse(at(30)) + mutationId, counter: 0, deviceId: d.deviceId }), createdAt: at(30),
      });
      const res = await push(h, d, [entry]);
      expect(res.body.results, name).toEqual([{ mutationId, status: 'applied' }]);
      return entry;
    };
    const cancellable = await send(collector, 'planVisit', { ...GOOD.planVisit, id: newId(), caseId: c.id, addressId: party.addresses[0]!.id, plannedAt: at(0) });
    const other = (await db.query<{ id: string; officer_id: string | null }>('SELECT id, officer_id FROM cases WHERE branch_code = $1 AND id <> $2 ORDER BY id LIMIT 1', [row.branch_code, c.id])).rows[0]!;
    const to = (await db.query<{ id: string; name: string }>(`SELECT id, name FROM users WHERE branch_code = $1 AND role = 'collector' AND id IS DISTINCT FROM $2 ORDER BY id LIMIT 1`, [row.branch_code, other.officer_id])).rows[0]!;
    const move = { caseId: other.id, fromOfficerId: other.officer_id, officerId: to.id, officerName: to.name };
    // A contact at 23:30 by the device's clock, outside the contact window: head office flags it (server/conduct/recheck.ts).
    const late = await send(collector, 'recordActivity', { ...GOOD.recordActivity, id: newId(), caseId: c.id, partyId: party.id, phoneId: party.phones[0]!.id, at: '2026-11-22T15:30:00.000Z' });
    const exceptionId = String((await db.query<{ id: string }>('SELECT id FROM conduct_exceptions WHERE record_id = $1 ORDER BY id LIMIT 1', [(late.args as { id: string }).id])).rows[0]!.id);
    const reviewable = await send(collector, 'openDispute', { ...GOOD.openDispute, id: newId(), caseId: c.id, kind: 'complaint', openedAt: at(0) });
    const agency = await createAgency(db, {
      name: '往返测试委外机构', licenceNumber: 'RTRIP-LIC-0001', contractStart: '2026-01-01', contractEnd: '2027-12-31', commissionBps: 1000, branches: [row.branch_code],
      exportFields: ['caseNumber'], unmasked: [], status: 'active', verifyContact: '本行客服 95588',
    }, 'demo-admin', new Date(at(0)));
    ctx = {
      agencyId: agency.id, c, partyId: party.id, phoneId: party.phones[0]!.id, addressId: party.addresses[0]!.id, sent: {},
      cancellableVisitId: (cancellable.args as { id: string }).id, reviewableDisputeId: (reviewable.args as { id: string }).id, move, exceptionId,
    };

    for (const name of MUTATION_NAMES) {
      const action = RECORD_KINDS[name].action;
      // Each kind is sent by a role allowed to make it: a collector, or the branch's supervisor (plan decisions).
      const by = action === null || roleMay('collector', action) ? collector : roleMay('supervisor', action) ? supervisor : admin;
      if (name === 'recordOutsourcingHandover') {
        // The record states a handover head office made (server/console/outsourcing/cases.ts): the agency's row first.
        await db.query('INSERT INTO agency_cases (id, agency_id, case_id, assigned_by, assigned_at, reason, proposal_id) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          newId(), ctx.agencyId, ctx.c.id, 'demo-admin', at(30), '按审批移交委外机构', (ctx.sent as { proposeOutsourcing: { id: string } }).proposeOutsourcing.id,
        ]);
      }
      const entry = await send(by, name, EXAMPLES[name](ctx));
      (ctx.sent as Record<string, unknown>)[name] = entry.args;
      sent.push({ name, entry });
      const kept = await db.query<{ data: { args: unknown } }>('SELECT data FROM field_records WHERE device_id = $1 AND mutation_id = $2', [entry.deviceId, entry.mutationId]);
      expect(kept.rows.map((r) => r.data.args), name).toEqual([entry.args]);
    }
    expect(sent.map((s) => s.name)).toEqual([...MUTATION_NAMES]);
  }, 60_000);

  it('another device of the case’s scope pulls them and keeps each as it was made', async () => {
    const opened = await openStore('live', new IDBFactory(), IDBKeyRange);
    if (!opened.ok) throw new Error(opened.detail);
    store = opened.store;
    const identity = await store.device.identity();
    const session = await signIn(h, ctx.c.assignment.officerId!, identity.deviceId);
    const client = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => session, now: () => new Date(at(40)) });
    const synced = await client.syncOnce();
    if (!synced.ok) throw new Error(synced.error.message);
    expect((await store.db.meta.get(SYNC_META.badRecords))?.value as BadRecord[] | undefined ?? []).toEqual([]);
    expect(synced.value.pull.badRecords).toBe(0);

    for (const { name, entry } of sent) {
      const back = await readBack(store.db, name, entry.args);
      if ('keptBy' in back) {
        // Only the two kinds no other device keeps: access events (head office's audit) and attachment metadata
        // without its bytes.
        expect([name, RECORD_KINDS[name].toDevices]).toEqual(['recordAccessEvent', 'assignCase', 'reviewConductException'].includes(name) ? [name, false] : ['addAttachment', true]);
        continue;
      }
      expect(back.args, name).toEqual(without(entry.args, back.notKept ?? []));
    }
  }, 60_000);

  it('at head office too, a plan at the instalment limit is applied and one above it refused with a reason naming the limit', async () => {
    const collector = await signIn(h, ctx.c.assignment.officerId!);
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ seq: i + 1, dueDate: new Date(Date.UTC(2027, 0, 4 + i * 7)).toISOString().slice(0, 10), amountFen: 100 }));
    const plan = (n: number) => ({ ...GOOD.createPlan, id: newId(), caseId: ctx.c.id, outstandingFen: n * 100, agreedTotalFen: n * 100, waiverFen: 0, downPaymentFen: 0, instalments: rows(n) });
    const raw = (mutationId: number, args: unknown) => ({
      mutationId, id: newId(), name: 'createPlan', args, schemaVersion: sent[0]!.entry.schemaVersion, protocolVersion: sent[0]!.entry.protocolVersion,
      userId: collector.userId, deviceId: collector.deviceId, hlc: formatHlc({ wallMs: Date.parse(at(50)) + mutationId, counter: 0, deviceId: collector.deviceId }),
      caseId: ctx.c.id, createdAt: at(50),
    });
    const res = await push(h, collector, [raw(1, plan(PLAN_MAX_INSTALMENTS)), raw(2, plan(PLAN_MAX_INSTALMENTS + 1))]);
    expect(res.body.results).toEqual([
      { mutationId: 1, status: 'applied' },
      { mutationId: 2, status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining(`at most ${PLAN_MAX_INSTALMENTS} instalments`) } },
    ]);
  }, 60_000);
});
