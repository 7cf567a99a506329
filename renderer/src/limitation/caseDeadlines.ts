import { localDateOf } from '../../../shared/calendar';
import { currentCalendar } from '../config/configInForce';
import type { Case } from '../../../shared/domain/case';
import { eventsFromRecords, guaranteeFor, limitationFor, type GuaranteeResult, type LimitationEvent, type LimitationResult } from '../../../shared/limitation';
import type { Activity, Payment, PromiseToPay, Receipt, RepaymentPlan } from '../../../shared/fieldwork/records';
import type { RegisteredLetter } from '../letters/repository/register';
import { lawsuitEvents } from '../../../shared/legal/checklist';
import type { LegalStepRecord } from '../../../shared/records/legalStep';

export interface CaseRecordsForDeadlines {
  activities?: readonly Activity[];
  promises: readonly PromiseToPay[];
  payments: readonly Payment[];
  plans: readonly RepaymentPlan[];
  receipts?: readonly Receipt[];
  letters: readonly RegisteredLetter[];
  /** A filing interrupts limitation for the parties sued (Civil Code art. 195). */
  legalSteps?: readonly LegalStepRecord[];
}

/**
 * A delivered demand with proof interrupts the limitation period; the register says which letters were. The
 * delivery instant is stamped in UTC: its day is the case's local day (08:00 in Shanghai is still 00:00 UTC).
 */
export function deliveredLetters(letters: readonly RegisteredLetter[], timeZone: string) {
  return letters
    .filter((l) => !l.voided && !l.copy && l.type !== 'field_receipt' && l.delivery.status === 'delivered' && l.delivery.evidence)
    .map((l) => ({ partyId: l.partyId, deliveredOn: l.delivery.at ? localDateOf(l.delivery.at, timeZone) : null, evidence: l.delivery.evidence, type: l.type }));
}

/**
 * What a signed 回执 proves. Any signed slip proves the demand arrived; a guarantor's signature is the
 * guarantor's own act (it revives nothing after lapse, the engine says so); a borrower who signs a plan
 * confirmation agrees to pay, which after expiry waives the limitation defence.
 */
export function acknowledgementEvents(c: Case, letters: readonly RegisteredLetter[]): LimitationEvent[] {
  return letters.flatMap((l): LimitationEvent[] => {
    if (l.voided || !l.acknowledgement) return [];
    const party = c.parties.find((p) => p.id === l.partyId);
    const evidence = `回执 ${l.number} ${l.acknowledgement.signerType}`;
    const events: LimitationEvent[] = [];
    if (l.type !== 'field_receipt' && l.type !== 'plan_confirmation') events.push({ kind: 'demand_delivered', date: l.acknowledgement.signedOn, partyId: l.partyId, evidence });
    if (party?.role === 'guarantor' && l.acknowledgement.signerType === 'self') events.push({ kind: 'guarantor_signature', date: l.acknowledgement.signedOn, partyId: l.partyId, evidence });
    if (party?.role === 'borrower' && l.type === 'plan_confirmation' && l.acknowledgement.signerType === 'self') {
      events.push({ kind: 'acknowledgement_after_expiry', date: l.acknowledgement.signedOn, partyId: l.partyId, evidence });
    }
    return events;
  });
}

/** Limitation and guarantee periods of one case, from what this device has recorded. */
export function caseDeadlines(c: Case, records: CaseRecordsForDeadlines, today: string): { limitation: LimitationResult[]; guarantee: GuaranteeResult[] } {
  const events = eventsFromRecords({
    caseRecord: c,
    promises: [...records.promises],
    payments: [...records.payments],
    plans: [...records.plans],
    activities: records.activities ? [...records.activities] : [],
    receipts: records.receipts ? [...records.receipts] : [],
    letters: deliveredLetters(records.letters, c.timeZone),
  })
    .concat(acknowledgementEvents(c, records.letters))
    .concat(lawsuitEvents(records.legalSteps ?? []));
  // The built-in calendar until head office publishes one: it notes last days on holidays or beyond its years.
  const options = { calendar: currentCalendar() };
  return { limitation: limitationFor(c, events, today, options), guarantee: guaranteeFor(c, events, today, options) };
}
