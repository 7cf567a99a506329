import { localDateOf } from '../../../shared/calendar';
import { currentCalendar } from '../config/configInForce';
import type { Case } from '../../../shared/domain/case';
import { acknowledgementEvents, eventsFromRecords, guaranteeFor, limitationFor, type GuaranteeResult, type LimitationResult } from '../../../shared/limitation';
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
    .concat(acknowledgementEvents(c.parties, records.letters))
    .concat(lawsuitEvents(records.legalSteps ?? []));
  // The built-in calendar until head office publishes one: it notes last days on holidays or beyond its years.
  const options = { calendar: currentCalendar() };
  return { limitation: limitationFor(c, events, today, options), guarantee: guaranteeFor(c, events, today, options) };
}
