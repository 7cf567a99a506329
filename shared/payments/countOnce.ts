import { addDays } from '../calendar';
import type { Payment } from '../records/payment';

/**
 * How many calendar days after a payment recorded in the field the bank's own record of the same money may be
 * dated (a receipt taken on a visit is banked the next working days). docs/kpi.md, "Counted once".
 */
export const SAME_MONEY_WINDOW_DAYS = 7;

type CountedPayment = Pick<Payment, 'id' | 'caseId' | 'amountFen' | 'paidOn' | 'source' | 'reference'>;

/**
 * The payments that count, each sum of money once: core banking's record of a payment is the bank's truth, so
 * a payment recorded in the field (a receipt or a reported transfer) that core banking also reports — same case,
 * same amount, the bank's date on or up to SAME_MONEY_WINDOW_DAYS after the field date, or the same transaction
 * reference — is dropped in favour of the bank's. Each bank record absorbs at most one field record, oldest
 * first. Order of the input is kept for what remains.
 */
export function countOnce<P extends CountedPayment>(payments: readonly P[]): P[] {
  const bank = payments.filter((p) => p.source === 'core_banking');
  const absorbed = new Set<string>();
  const field = payments
    .filter((p) => p.source !== 'core_banking')
    .slice()
    .sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : a.id < b.id ? -1 : 1));
  for (const b of bank) {
    const same = field.find(
      (f) =>
        !absorbed.has(f.id) &&
        f.caseId === b.caseId &&
        f.amountFen === b.amountFen &&
        ((f.reference != null && f.reference !== '' && f.reference === b.reference) ||
          (b.paidOn >= f.paidOn && b.paidOn <= addDays(f.paidOn, SAME_MONEY_WINDOW_DAYS))),
    );
    if (same) absorbed.add(same.id);
  }
  return payments.filter((p) => !absorbed.has(p.id));
}
