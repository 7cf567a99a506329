import { reviewedException } from '../../../../shared/records/conductReview';
import type { EntityTable, Table } from 'dexie';
import type { Case } from '../../../../shared/domain/case';
import { summarizeCase } from '../../../../shared/domain/caseSummary';
import { DEFAULT_TIME_ZONE } from '../../../../shared/calendar';
import { needsApproval } from '../../../../shared/fieldwork/plans';
import { ActivitySchema, activityOf } from '../../../../shared/records/activity';
import { ArrangementSchema, arrangementDecisionOf, arrangementOf } from '../../../../shared/records/arrangement';
import { CustomerFactsSchema, RelatedPartySchema, customerFactsOf, relatedPartyOf, retiredParty } from '../../../../shared/records/customerFacts';
import { DisputeSchema, disputeOf, resolvedDispute, reviewedDispute } from '../../../../shared/records/dispute';
import { LegalReferralSchema, headOfficeReviewed, referralOf, supervisorDecided } from '../../../../shared/records/legalReferral';
import { LegalStepRecordSchema, legalStepOf } from '../../../../shared/records/legalStep';
import { LegalBundleRecordSchema, legalBundleOf } from '../../../../shared/records/legalBundle';
import { isMutationName, type MutationName } from '../../../../shared/records/names';
import { handoverOf, OutsourcingHandoverSchema } from '../../../../shared/records/outsourcingHandover';
import { OutsourcingProposalSchema, outsourcingDecided, proposalOf } from '../../../../shared/records/outsourcingProposal';
import { overrideOf } from '../../../../shared/records/override';
import { OverrideRequestSchema, overrideDecisionOf, overrideRequestOf } from '../../../../shared/records/overrideRequest';
import { PaymentSchema, paymentOf } from '../../../../shared/records/payment';
import { RepaymentPlanSchema, approvalOf, planOf } from '../../../../shared/records/plan';
import { PromiseToPaySchema, promiseOf } from '../../../../shared/records/promise';
import { ReceiptSchema, receiptOf, receiptPaymentOf, voidedOf } from '../../../../shared/records/receipt';
import { targetOf } from '../../../../shared/records/target';
import { argsSchemaOf, type MutationArgs } from '../../../../shared/records/registry';
import { VisitSchema, doneVisitOf, plannedVisitOf } from '../../../../shared/records/visit';
import { PulledRecordSchema, type PullChange, type PulledRecord } from '../../../../shared/sync/protocol';
import type { RecoveryDeskDb } from '../../store/database';
import { editCase as editLocal } from './caseEdits';
import { letterOf } from './localRecords';

/**
 * Puts records head office sent (made on any device, this one included) into the local tables. Runs inside
 * the pull page's transaction (tables: pulledRecordTables), so a page and its cursor land together. It writes
 * the records only: no outbox entry (head office has them) and no audit entry (this device's chain records
 * what happened here). Every kind is idempotent: a record this device already has is left as it is, and a
 * correction (a void, a decision, a cancellation) is applied once, as head office took it.
 */

export type RecordChange = Extract<PullChange, { kind: 'record' }>;
export type RecordOutcome = { status: 'applied' | 'unchanged' | 'unknown_kind' } | { status: 'bad'; message: string };

export interface ApplyRecordOptions {
  /** The branch's waiver limit: a plan made elsewhere above it arrives pending approval. */
  branchWaiverLimitFen: number;
}

/** Tables holding a case's records: what goes with the case when it is evicted. */
export const caseRecordTables = (db: RecoveryDeskDb): Table[] => [
  db.activities, db.promises, db.payments, db.plans, db.receipts, db.visits, db.letters, db.disputes, db.attachments, db.attachmentBlobs,
  db.arrangements,
  db.overrideRequests,
  db.legalReferrals, db.legalSteps, db.legalBundles,
  db.outsourcingProposals, db.outsourcingHandovers,
  db.customerFacts,
  db.relatedParties,
];

/** The tables a pull page writes besides the outbox and meta: cases, their list rows and their records. */
export const pulledRecordTables = (db: RecoveryDeskDb): Table[] => [db.cases, db.caseRows, ...caseRecordTables(db), db.targets, db.conductExceptions];

/** Deletes a case's records, photos and scans included; call inside a transaction over caseRecordTables. */
export async function evictCaseRecords(db: RecoveryDeskDb, caseId: string): Promise<void> {
  const attachmentIds = (await db.attachments.where('caseId').equals(caseId).primaryKeys()) as string[];
  await db.attachmentBlobs.bulkDelete(attachmentIds);
  for (const table of caseRecordTables(db)) if (table !== db.attachmentBlobs) await table.where('caseId').equals(caseId).delete();
}

const APPLIED: RecordOutcome = { status: 'applied' };
const UNCHANGED: RecordOutcome = { status: 'unchanged' };
const bad = (message: string): RecordOutcome => ({ status: 'bad', message });

function issues(error: { issues: readonly { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(record)'}: ${i.message}`).join('; ');
}

/** Checks a local record against its schema before it is stored. */
function valid<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: PropertyKey[]; message: string }[] } } }, value: T): T | string {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : issues(parsed.error);
}

async function putNew<T extends { id: string }>(table: EntityTable<T, 'id'>, record: T | string): Promise<RecordOutcome> {
  if (typeof record === 'string') return bad(record);
  if ((await (table as unknown as Table<T, string>).get(record.id)) !== undefined) return UNCHANGED;
  await table.put(record);
  return APPLIED;
}

async function editStoredCase(db: RecoveryDeskDb, caseId: string, edit: (c: Case) => Case | null): Promise<RecordOutcome> {
  const c = await db.cases.get(caseId);
  // Not here (yet): the case itself arrives with head office's copy, which already has this change.
  if (!c) return UNCHANGED;
  const next = edit(c);
  if (!next) return UNCHANGED;
  await db.cases.put(next);
  await db.caseRows.put(summarizeCase(next));
  return APPLIED;
}

/**
 * Corrections that happen once (a void, a decision, a resolution, a signed return receipt) are head office's:
 * the first it took stands, so it replaces one this device made that head office then refused.
 */
const same = (local: object | null, headOffice: Record<string, unknown>): boolean =>
  local !== null && Object.keys(headOffice).every((k) => (local as Record<string, unknown>)[k] === headOffice[k]);

const paymentOfReceipt = (db: RecoveryDeskDb, caseId: string, receiptId: string) =>
  db.payments.where('caseId').equals(caseId).filter((p) => p.receiptId === receiptId).first();

/** Applies one kind of pulled record, its args typed by its mutation. */
type Handler<N extends MutationName> = (db: RecoveryDeskDb, a: MutationArgs<N>, r: PulledRecord, options: ApplyRecordOptions) => Promise<RecordOutcome>;

/** Kept by head office alone (access events), or metadata without the bytes it describes (attachments). */
const NOT_KEPT = async (): Promise<RecordOutcome> => ({ status: 'unknown_kind' });

/** One handler per mutation (a kind added to shared/records/registry.ts without one here fails to compile). */
const HANDLERS: { readonly [N in MutationName]: Handler<N> } = {
  recordActivity: (db, a, r) => putNew(db.activities, valid(ActivitySchema, activityOf(a, r))),
  createPromise: async (db, a, r) => {
    const channel = (a.activityId ? (await db.activities.get(a.activityId))?.channel : undefined) ?? 'phone';
    return putNew(db.promises, valid(PromiseToPaySchema, promiseOf(a, r, channel)));
  },
  recordPayment: async (db, a) => {
    // A receipt's money counts once, whether its payment came from the receipt or on its own.
    if (a.receiptId !== null && (await paymentOfReceipt(db, a.caseId, a.receiptId))) return UNCHANGED;
    return putNew(db.payments, valid(PaymentSchema, paymentOf(a)));
  },
  createPlan: (db, a, r, o) => putNew(db.plans, valid(RepaymentPlanSchema, planOf(a, r, needsApproval(a, o.branchWaiverLimitFen)))),
  decidePlan: async (db, a, r) => {
    const plan = await db.plans.get(a.planId);
    if (!plan) return bad(`plan ${a.planId} is not on this device`);
    const approval = approvalOf(a, r);
    if (same(plan.approval, approval)) return UNCHANGED;
    const decided = valid(RepaymentPlanSchema, { ...plan, approval });
    if (typeof decided === 'string') return bad(decided);
    await db.plans.put(decided);
    return APPLIED;
  },
  recordReceipt: async (db, a, r) => {
    const sameNumber = await db.receipts.where('number').equals(a.number).first();
    if (sameNumber && sameNumber.id !== a.id) return bad(`receipt number ${a.number} is already receipt ${sameNumber.id} on this device`);
    const outcome = await putNew(db.receipts, valid(ReceiptSchema, receiptOf(a, r)));
    if (outcome.status === 'applied' && !(await paymentOfReceipt(db, a.caseId, a.id))) {
      // As receipts.recordReceipt does on the device that took it: the money counts as a payment here too.
      const c = await db.cases.get(a.caseId);
      await db.payments.put(receiptPaymentOf(a, c?.timeZone ?? DEFAULT_TIME_ZONE));
    }
    return outcome;
  },
  voidReceipt: async (db, a, r) => {
    const receipt = await db.receipts.get(a.receiptId);
    if (!receipt) return bad(`receipt ${a.receiptId} is not on this device`);
    const void_ = voidedOf(a, r);
    if (same(receipt.voided, void_)) return UNCHANGED;
    const voided = valid(ReceiptSchema, { ...receipt, voided: void_ });
    if (typeof voided === 'string') return bad(voided);
    await db.receipts.put(voided);
    return APPLIED;
  },
  planVisit: (db, a) => putNew(db.visits, valid(VisitSchema, plannedVisitOf(a))),
  recordVisit: async (db, a) => {
    const existing = await db.visits.get(a.id);
    if (existing && existing.status !== 'planned') return UNCHANGED;
    const c = await db.cases.get(a.caseId);
    const done = valid(VisitSchema, doneVisitOf(a, existing, c?.timeZone ?? DEFAULT_TIME_ZONE));
    if (typeof done === 'string') return bad(done);
    await db.visits.put(done);
    return APPLIED;
  },
  cancelVisit: async (db, a) => {
    const visit = await db.visits.get(a.visitId);
    if (!visit) return bad(`visit ${a.visitId} is not on this device`);
    if (visit.status !== 'planned') return UNCHANGED;
    await db.visits.put({ ...visit, status: 'cancelled' });
    return APPLIED;
  },
  openDispute: (db, a, r) => putNew(db.disputes, valid(DisputeSchema, disputeOf(a, r.userId))),
  resolveDispute: async (db, a) => {
    const dispute = await db.disputes.get(a.disputeId);
    if (!dispute) return bad(`dispute ${a.disputeId} is not on this device`);
    if (dispute.resolvedAt === a.resolvedAt && dispute.resolution === a.resolution && dispute.outcome === a.outcome && (dispute.evidence ?? []).join() === (a.evidence ?? []).join()) return UNCHANGED;
    const resolved = valid(DisputeSchema, resolvedDispute(dispute, a));
    if (typeof resolved === 'string') return bad(resolved);
    await db.disputes.put(resolved);
    return APPLIED;
  },
  recordOverride: async (db, a) => {
    if (a.subject?.kind !== 'activity') return UNCHANGED;
    const activity = await db.activities.get(a.subject.id);
    if (!activity || activity.override) return UNCHANGED;
    const overridden = valid(ActivitySchema, { ...activity, override: overrideOf(a) });
    if (typeof overridden === 'string') return bad(overridden);
    await db.activities.put(overridden);
    return APPLIED;
  },
  issueLetter: async (db, a, r) => putNew(db.letters, letterOf(a, r, await db.cases.get(a.caseId))),
  recordLetterDelivery: async (db, a) => {
    const letter = await db.letters.get(a.letterId);
    if (!letter) return bad(`letter ${a.letterId} is not on this device`);
    // Delivery events arrive in the order head office received them; an older one never undoes a newer one.
    if (letter.delivery.at !== null && Date.parse(letter.delivery.at) >= Date.parse(a.at)) return UNCHANGED;
    await db.letters.put({ ...letter, delivery: { method: a.method, trackingNumber: a.trackingNumber, status: a.outcome, at: a.at, evidence: a.evidence } });
    return APPLIED;
  },
  recordLetterAcknowledgement: async (db, a) => {
    const letter = await db.letters.get(a.letterId);
    if (!letter) return bad(`letter ${a.letterId} is not on this device`);
    const acknowledgement = { signedOn: a.signedOn, signerType: a.signerType };
    if (same(letter.acknowledgement, acknowledgement)) return UNCHANGED;
    await db.letters.put({ ...letter, acknowledgement });
    return APPLIED;
  },
  voidLetter: async (db, a, r) => {
    const letter = await db.letters.get(a.letterId);
    if (!letter) return bad(`letter ${a.letterId} is not on this device`);
    const voided = { at: a.voidedAt, reason: a.reason, userId: r.userId };
    if (same(letter.voided, voided)) return UNCHANGED;
    await db.letters.put({ ...letter, voided });
    return APPLIED;
  },
  addAttachment: NOT_KEPT,
  recordAccessEvent: NOT_KEPT,
  // Head office's audit of the move; the case comes with its new assignment (or a tombstone) on its own.
  assignCase: NOT_KEPT,
  reviewDispute: async (db, a, r) => {
    const dispute = await db.disputes.get(a.disputeId);
    if (!dispute) return bad(`dispute ${a.disputeId} is not on this device`);
    if (dispute.reviewedAt === a.reviewedAt && dispute.reviewedBy === r.userId) return UNCHANGED;
    // Head office took the first review; it replaces one this device made that head office refused.
    const reviewed = valid(DisputeSchema, reviewedDispute(dispute, a, r.userId));
    if (typeof reviewed === 'string') return bad(reviewed);
    await db.disputes.put(reviewed);
    return APPLIED;
  },
  addPhone: (db, a) => editStoredCase(db, a.caseId, (c) => editLocal(c, 'addPhone', a)),
  retirePhone: (db, a) => editStoredCase(db, a.caseId, (c) => editLocal(c, 'retirePhone', a)),
  addAddress: (db, a) => editStoredCase(db, a.caseId, (c) => editLocal(c, 'addAddress', a)),
  retireAddress: (db, a) => editStoredCase(db, a.caseId, (c) => editLocal(c, 'retireAddress', a)),
  // Head office took this change from the status the device saw; where the case has moved on, its own copy decides.
  setCaseStatus: (db, a) => editStoredCase(db, a.caseId, (c) => editLocal(c, 'setCaseStatus', a)),
  proposeArrangement: (db, a, r) => putNew(db.arrangements, valid(ArrangementSchema, arrangementOf(a, r))),
  decideArrangement: async (db, a, r) => {
    const arrangement = await db.arrangements.get(a.arrangementId);
    if (!arrangement) return bad(`arrangement ${a.arrangementId} is not on this device`);
    const decision = arrangementDecisionOf(a, r);
    if (same(arrangement.decision, decision)) return UNCHANGED;
    const decided = valid(ArrangementSchema, { ...arrangement, decision });
    if (typeof decided === 'string') return bad(decided);
    await db.arrangements.put(decided);
    return APPLIED;
  },
  recordCustomerFacts: (db, a, r) => putNew(db.customerFacts, valid(CustomerFactsSchema, customerFactsOf(a, r))),
  addRelatedParty: (db, a, r) => putNew(db.relatedParties, valid(RelatedPartySchema, relatedPartyOf(a, r))),
  retireRelatedParty: async (db, a, r) => {
    const party = await db.relatedParties.get(a.partyId);
    if (!party) return bad(`related party ${a.partyId} is not on this device`);
    // Head office took the first retirement; it replaces one this device made that head office refused.
    const retired = { at: a.retiredAt, reason: a.reason, userId: r.userId, replacedBy: a.replacedBy };
    if (same(party.retired ?? null, retired)) return UNCHANGED;
    await db.relatedParties.put(retiredParty({ ...party, retired: null }, a, r));
    return APPLIED;
  },
  requestOverride: (db, a, r) => putNew(db.overrideRequests, valid(OverrideRequestSchema, overrideRequestOf(a, r))),
  decideOverride: async (db, a) => {
    const request = await db.overrideRequests.get(a.requestId);
    if (!request) return bad(`override request ${a.requestId} is not on this device`);
    const decision = overrideDecisionOf(a);
    if (same(request.decision, decision)) return UNCHANGED;
    const decided = valid(OverrideRequestSchema, { ...request, decision });
    if (typeof decided === 'string') return bad(decided);
    await db.overrideRequests.put(decided);
    return APPLIED;
  },
  referLegal: (db, a, r) => putNew(db.legalReferrals, valid(LegalReferralSchema, referralOf(a, r))),
  decideLegalReferral: async (db, a, r) => {
    const referral = await db.legalReferrals.get(a.referralId);
    if (!referral) return bad(`legal referral ${a.referralId} is not on this device`);
    const decided = supervisorDecided(referral, a, r);
    if (same(referral.supervisorDecision, decided.supervisorDecision ?? {})) return UNCHANGED;
    // Head office's decision replaces one this device made that it refused; a later review stays.
    await db.legalReferrals.put(referral.headOfficeDecision ? { ...decided, status: referral.status, headOfficeDecision: referral.headOfficeDecision } : decided);
    return APPLIED;
  },
  reviewLegalReferral: async (db, a, r) => {
    const referral = await db.legalReferrals.get(a.referralId);
    if (!referral) return bad(`legal referral ${a.referralId} is not on this device`);
    const reviewed = headOfficeReviewed(referral, a, r);
    if (same(referral.headOfficeDecision, reviewed.headOfficeDecision ?? {})) return UNCHANGED;
    await db.legalReferrals.put(reviewed);
    return APPLIED;
  },
  recordLegalStep: (db, a, r) => putNew(db.legalSteps, valid(LegalStepRecordSchema, legalStepOf(a, r))),
  recordLegalBundle: (db, a, r) => putNew(db.legalBundles, valid(LegalBundleRecordSchema, legalBundleOf(a, r))),
  // A branch's target (no case): its args were checked by the kind's schema above.
  setTarget: (db, a, r) => putNew(db.targets, targetOf(a, r)),
  // Head office sends the exception again, reviewed, rather than the review (toDevices false); applied alike if it came.
  reviewConductException: async (db, a, r) => {
    const x = await db.conductExceptions.get(a.exceptionId);
    if (!x || x.reviewedBy !== null) return UNCHANGED;
    await db.conductExceptions.put(reviewedException(x, a, r.userId));
    return APPLIED;
  },
  proposeOutsourcing: (db, a, r) => putNew(db.outsourcingProposals, valid(OutsourcingProposalSchema, proposalOf(a, r))),
  decideOutsourcing: async (db, a, r) => {
    const proposal = await db.outsourcingProposals.get(a.proposalId);
    if (!proposal) return bad(`outsourcing proposal ${a.proposalId} is not on this device`);
    const decided = outsourcingDecided(proposal, a, r);
    if (same(proposal.decision, decided.decision ?? {})) return UNCHANGED;
    await db.outsourcingProposals.put(decided);
    return APPLIED;
  },
  recordOutsourcingHandover: (db, a, r) => putNew(db.outsourcingHandovers, valid(OutsourcingHandoverSchema, handoverOf(a, r))),
};

/** Applies one pulled record; call inside a transaction over pulledRecordTables(db). */
export async function applyPulledRecord(db: RecoveryDeskDb, change: RecordChange, options: ApplyRecordOptions): Promise<RecordOutcome> {
  // A kind this app does not know yet (a newer head office): skipped, not an error.
  if (!isMutationName(change.name)) return { status: 'unknown_kind' };
  return applyNamed(db, change.name, change, options);
}

async function applyNamed<N extends MutationName>(db: RecoveryDeskDb, name: N, change: RecordChange, options: ApplyRecordOptions): Promise<RecordOutcome> {
  const record = PulledRecordSchema.safeParse(change.data);
  if (!record.success) return bad(issues(record.error));
  const args = argsSchemaOf(name).safeParse(record.data.args);
  if (!args.success) return bad(issues(args.error));
  const caseId: unknown = record.data.args.caseId;
  if (caseId !== change.caseId) return bad(`the record is about case ${String(caseId)}, the change about ${change.caseId}`);
  const handler: Handler<N> = HANDLERS[name];
  return handler(db, args.data, record.data, options);
}
