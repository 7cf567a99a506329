import { z } from 'zod';
import { LocalDateSchema, type Case } from '../domain/case';
import { isLocalDate, localDateOf, DEFAULT_TIME_ZONE } from '../calendar';
import type { Activity, Payment, PromiseToPay, Receipt, RepaymentPlan } from '../fieldwork/records';

/**
 * What the limitation engine knows happened. Only events with proof count: a demand counts once it
 * arrived (signed 回执, postal return receipt, a message that arrived — limitation provisions art. 8), so
 * `evidence` is required for the kinds in EVIDENCE_REQUIRED; the engine lists such an event without
 * evidence as ignored rather than counting it.
 */
export const LIMITATION_EVENT_KINDS = [
  'demand_delivered',
  'promise',
  'plan',
  'partial_payment',
  'lawsuit',
  'acknowledgement_after_expiry',
  'guarantor_signature',
  /** The proceedings a lawsuit opened ended with no judgment or mediation (withdrawn, dismissed): the period restarts. */
  'lawsuit_ended',
] as const;
export type LimitationEventKind = (typeof LIMITATION_EVENT_KINDS)[number];

/** Kinds that count only with evidence (what proves the demand arrived, or the signed notice). */
export const EVIDENCE_REQUIRED: ReadonlySet<LimitationEventKind> = new Set([
  'demand_delivered',
  'acknowledgement_after_expiry',
  'guarantor_signature',
]);

export const LimitationEventSchema = z
  .object({
    kind: z.enum(LIMITATION_EVENT_KINDS),
    date: LocalDateSchema.refine(isLocalDate, 'no such calendar date'),
    /** Who the demand reached, who agreed or paid, who was sued, who signed. */
    partyId: z.string().min(1),
    /** A reference to the proof: 回执 scan id, postal tracking number, record id. */
    evidence: z.string().trim().min(1).nullable(),
    /** Absent: the event concerns every account of the case. */
    accountId: z.string().min(1).optional(),
  })
  .refine((e) => !EVIDENCE_REQUIRED.has(e.kind) || e.evidence !== null, {
    path: ['evidence'],
    message: 'this event counts only with evidence (proof of delivery or the signed notice)',
  });
export type LimitationEvent = z.infer<typeof LimitationEventSchema>;

/** The least the limitation engine needs from a letter (the letters module has the full record). */
export interface DeliveredLetter {
  partyId: string;
  /** Null until delivery is confirmed. */
  deliveredOn: string | null;
  /** Proof of arrival; null when there is none yet. */
  evidence: string | null;
  type: string;
  accountId?: string;
}

export interface RecordsForLimitation {
  caseRecord: Pick<Case, 'id' | 'parties'> & { timeZone?: string };
  promises?: readonly PromiseToPay[];
  payments?: readonly Payment[];
  plans?: readonly RepaymentPlan[];
  letters?: readonly DeliveredLetter[];
  /** When given, a promise is attributed to the party of its activity (else to the borrower). */
  activities?: readonly Pick<Activity, 'id' | 'partyId'>[];
  /** When given, a payment whose receipt was voided is left out. */
  receipts?: readonly Pick<Receipt, 'id' | 'voided'>[];
}

const BINDING_PLAN = new Set(['not_needed', 'approved']);

/**
 * Maps the app's records to limitation events. Records of other cases are left out.
 * - promise → `promise` on the day it was recorded (in the case's time zone), by the activity's party or the borrower;
 * - payment → `partial_payment` on `paidOn`, by the borrower (a voided receipt's payment is left out);
 * - plan → `plan` when binding (approval not_needed or approved), dated the day it was agreed (createdAt),
 *   not the day it was approved: the earlier day gives the earlier, safer expiry;
 * - letter → `demand_delivered` only when both deliveredOn and evidence are known.
 */
export function eventsFromRecords(records: RecordsForLimitation): LimitationEvent[] {
  const { caseRecord } = records;
  const tz = caseRecord.timeZone ?? DEFAULT_TIME_ZONE;
  const borrower = caseRecord.parties.find((p) => p.role === 'borrower');
  if (!borrower) throw new RangeError(`case ${caseRecord.id} has no borrower`);
  const partyIds = new Set(caseRecord.parties.map((p) => p.id));
  const activityParty = new Map((records.activities ?? []).map((a) => [a.id, a.partyId]));
  const voided = new Set((records.receipts ?? []).filter((r) => r.voided !== null).map((r) => r.id));
  const events: LimitationEvent[] = [];

  for (const p of records.promises ?? []) {
    if (p.caseId !== caseRecord.id) continue;
    const partyId = activityParty.get(p.activityId);
    events.push({
      kind: 'promise',
      date: localDateOf(p.createdAt, tz),
      partyId: partyId !== undefined && partyIds.has(partyId) ? partyId : borrower.id,
      evidence: `promise:${p.id}`,
    });
  }
  for (const p of records.payments ?? []) {
    if (p.caseId !== caseRecord.id) continue;
    if (p.receiptId !== null && voided.has(p.receiptId)) continue;
    events.push({ kind: 'partial_payment', date: p.paidOn, partyId: borrower.id, evidence: `payment:${p.id}` });
  }
  for (const plan of records.plans ?? []) {
    if (plan.caseId !== caseRecord.id || !BINDING_PLAN.has(plan.approval.status)) continue;
    events.push({ kind: 'plan', date: localDateOf(plan.createdAt, tz), partyId: borrower.id, evidence: `plan:${plan.id}` });
  }
  for (const l of records.letters ?? []) {
    if (l.deliveredOn === null || l.evidence === null || l.evidence.trim() === '' || !partyIds.has(l.partyId)) continue;
    if (!isLocalDate(l.deliveredOn)) throw new RangeError(`letter deliveredOn must be YYYY-MM-DD: ${JSON.stringify(l.deliveredOn)}`);
    const event: LimitationEvent = { kind: 'demand_delivered', date: l.deliveredOn, partyId: l.partyId, evidence: l.evidence.trim() };
    if (l.accountId !== undefined) event.accountId = l.accountId;
    events.push(event);
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
