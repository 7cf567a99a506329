import type { Case } from '../../../../shared/domain/case';
import { DEFAULT_TIME_ZONE, localDateOf } from '../../../../shared/fieldwork/dates';
import { needsApproval } from '../../../../shared/fieldwork/plans';
import type { Activity, Dispute, Payment, PromiseToPay, Receipt, RepaymentPlan, Visit } from '../../../../shared/fieldwork/records';
import type { PulledRecord } from '../../../../shared/sync/protocol';
import type { RegisteredLetter } from '../letters/register';

/**
 * Pure: the local record a pulled creation stands for, built from what the making device told head office
 * (its mutation args) and who it was. Fields the mutation does not carry get the value the app shows for
 * "not known here" (a letter's page count, a promise without its activity).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- args were checked against their mutation's schema
type Args = Record<string, any>;

export const activityOf = (a: Args, r: PulledRecord): Activity => ({
  id: a.id, caseId: a.caseId, partyId: a.partyId, channel: a.channel, phoneId: a.phoneId, addressId: a.addressId, outcome: a.outcome,
  notes: a.notes, nextAction: a.nextAction, nextActionDate: a.nextActionDate, at: a.at, userId: r.userId, deviceId: r.deviceId,
  // An override travels as its own record (recordOverride) and is attached when it arrives.
  override: null,
});

/** `channel`: the channel of the activity the promise was made in, when this device has it. */
export const promiseOf = (a: Args, r: PulledRecord, channel: PromiseToPay['channel']): PromiseToPay => ({
  // A promise recorded without an activity names itself, so the field stays a valid id.
  id: a.id, caseId: a.caseId, activityId: a.activityId ?? a.id, amountFen: a.amountFen, dueDate: a.dueDate, channel, createdAt: a.madeAt,
  userId: r.userId, deviceId: r.deviceId,
});

export const paymentOf = (a: Args): Payment => ({
  id: a.id, caseId: a.caseId, amountFen: a.amountFen, paidOn: a.paidOn, source: a.source, receiptId: a.receiptId, recordedAt: a.recordedAt,
});

/** The approval a plan made elsewhere starts with: pending above the branch's waiver limit (maker-checker). */
export const planOf = (a: Args, r: PulledRecord, branchWaiverLimitFen: number): RepaymentPlan => ({
  id: a.id, caseId: a.caseId, agreedTotalFen: a.agreedTotalFen, outstandingFen: a.outstandingFen, waiverFen: a.waiverFen,
  downPaymentFen: a.downPaymentFen, instalments: a.instalments, kind: a.kind, createdAt: a.proposedAt, makerId: r.userId,
  approval: { status: needsApproval({ waiverFen: a.waiverFen }, branchWaiverLimitFen) ? 'pending' : 'not_needed', approverId: null, decidedAt: null, reason: null },
});

export const receiptOf = (a: Args, r: PulledRecord): Receipt => ({
  id: a.id, number: a.number, caseId: a.caseId, payerName: a.payerName, amountFen: a.amountFen, method: a.method,
  ...(a.chequeNumber !== null ? { chequeNumber: a.chequeNumber } : {}),
  receivedAt: a.receivedAt, userId: r.userId, deviceId: r.deviceId, voided: null,
});

/** The payment a receipt stands for, on a device that did not take it; its id is derived, so it is made once. */
export const receiptPaymentOf = (a: Args, timeZone: string): Payment => ({
  id: `pay-${a.id}`, caseId: a.caseId, amountFen: a.amountFen, paidOn: localDateOf(a.receivedAt, timeZone), source: 'receipt', receiptId: a.id, recordedAt: a.receivedAt,
});

export const plannedVisitOf = (a: Args): Visit => ({
  id: a.id, caseId: a.caseId, plannedFor: a.plannedFor, addressId: a.addressId, staff: a.staff, status: 'planned',
  peopleMet: null, outcome: null, notes: '', attachmentIds: [], recordedAt: a.plannedAt,
});

/** A visit done: the planned one completed, or one nobody planned (planned for the day it happened). */
export const doneVisitOf = (a: Args, planned: Visit | undefined, timeZone: string): Visit => ({
  id: a.id, caseId: a.caseId, plannedFor: planned?.plannedFor ?? localDateOf(a.visitedAt, timeZone), addressId: a.addressId, staff: a.staff,
  status: 'done', peopleMet: a.peopleMet, outcome: a.outcome, notes: a.notes, attachmentIds: a.attachmentIds, recordedAt: a.visitedAt,
});

export const disputeOf = (a: Args): Dispute => ({
  id: a.id, caseId: a.caseId, kind: a.kind, description: a.description, openedAt: a.openedAt, resolvedAt: null, resolution: null,
});

/** The register entry of a letter issued on another device; its PDF stayed there (only its SHA-256 travels). */
export const letterOf = (a: Args, r: PulledRecord, c: Case | undefined): RegisteredLetter => ({
  id: a.id, number: a.number, type: a.type, templateId: a.templateId, templateVersion: a.templateVersion, caseId: a.caseId,
  caseNumber: c?.caseNumber ?? '', partyId: a.partyId, recipientName: c?.parties.find((p) => p.id === a.partyId)?.name ?? '',
  issueDate: localDateOf(a.issuedAt, c?.timeZone ?? DEFAULT_TIME_ZONE), deadline: null, totalFen: a.totalFen, verificationCode: a.verificationCode,
  noticeCount: 0, pdfSha256: a.pdfSha256, pdfBytes: 0, issuerId: r.userId, issuedAt: a.issuedAt, copy: a.copy,
  delivery: { method: null, trackingNumber: null, status: 'not_sent', at: null, evidence: null },
  acknowledgement: null,
  voided: null,
});
