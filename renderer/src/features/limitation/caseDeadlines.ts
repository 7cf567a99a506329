import type { Case } from '../../../../shared/domain/case';
import { eventsFromRecords, guaranteeFor, limitationFor, type GuaranteeResult, type LimitationResult } from '../../../../shared/limitation';
import type { Activity, Payment, PromiseToPay, Receipt, RepaymentPlan } from '../../../../shared/fieldwork/records';
import type { RegisteredLetter } from '../../db/letters/register';

export interface CaseRecordsForDeadlines {
  activities?: readonly Activity[];
  promises: readonly PromiseToPay[];
  payments: readonly Payment[];
  plans: readonly RepaymentPlan[];
  receipts?: readonly Receipt[];
  letters: readonly RegisteredLetter[];
}

/** A delivered demand with proof interrupts the limitation period; the register says which letters were. */
export function deliveredLetters(letters: readonly RegisteredLetter[]) {
  return letters
    .filter((l) => !l.voided && !l.copy && l.type !== 'field_receipt' && l.delivery.status === 'delivered' && l.delivery.evidence)
    .map((l) => ({ partyId: l.partyId, deliveredOn: l.delivery.at?.slice(0, 10) ?? null, evidence: l.delivery.evidence, type: l.type }));
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
    letters: deliveredLetters(records.letters),
  });
  return { limitation: limitationFor(c, events, today), guarantee: guaranteeFor(c, events, today) };
}
