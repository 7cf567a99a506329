import { addDays } from '../calendar';
import type { Payment } from '../records/payment';

/**
 * How many calendar days after a payment recorded in the field the bank's own record of the same money may be
 * dated (a receipt taken on a visit is banked the next working days). docs/kpi.md, "Counted once".
 */
export const SAME_MONEY_WINDOW_DAYS = 7;

type CountedPayment = Pick<Payment, 'id' | 'caseId' | 'amountFen' | 'paidOn' | 'source' | 'reference'>;

const known = (reference: string | null | undefined): reference is string => reference != null && reference.trim() !== '';
const byDate = (a: CountedPayment, b: CountedPayment) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The payments that count, each sum of money once. Core banking's record of a payment is the bank's truth, so a
 * payment recorded in the field (a receipt or a reported transfer) that core banking also reports is dropped in
 * favour of the bank's. A bank record and a field record are the same money when they are of the same case and
 * amount and either carry the same transaction reference, or — unless both carry references and those differ —
 * the bank's date is on or up to SAME_MONEY_WINDOW_DAYS after the field date. Matches by reference are made
 * first; then each bank record, oldest first, absorbs the oldest field record still unmatched. Each bank record
 * absorbs at most one field record, and bank records are never dropped. The input's order is kept for what
 * remains. Apply it once, to all of a case's payments (applying it to its own output could match again).
 */
export function countOnce<P extends CountedPayment>(payments: readonly P[]): P[] {
  const absorbed = sameMoney(payments);
  return absorbed.size === 0 ? [...payments] : payments.filter((p) => !absorbed.has(p.id));
}

/**
 * countOnce and agencyMoney of the same list from one matching (the measures need both for every case: a
 * bank-wide tally matched each case's payments twice).
 */
export function countOnceWithAgency<P extends CountedPayment>(payments: readonly P[]): { once: P[]; agency: Set<string> } {
  const absorbed = payments.length < 2 ? new Map<string, P>() : sameMoney(payments);
  return { once: absorbed.size === 0 ? [...payments] : payments.filter((p) => !absorbed.has(p.id)), agency: agencyOf(payments, absorbed) };
}

/**
 * countOnce's pairs: each field record dropped, with the bank record that absorbed it. Who brought the money in
 * (an agency, docs/kpi.md "Agency recovery") is told by the field record even when the bank's record is the one
 * that counts.
 */
export function sameMoney<P extends CountedPayment>(payments: readonly P[]): Map<string, P> {
  const bank = payments.filter((p) => p.source === 'core_banking').sort(byDate);
  const field = payments.filter((p) => p.source !== 'core_banking').sort(byDate);
  const absorbed = new Map<string, P>();
  if (bank.length === 0 || field.length === 0) return absorbed;
  const matched = new Set<string>();
  const same = (b: P, f: P) => !absorbed.has(f.id) && f.caseId === b.caseId && f.amountFen === b.amountFen;

  for (const b of bank) {
    if (!known(b.reference)) continue;
    const found = field.find((f) => same(b, f) && f.reference === b.reference);
    if (found) {
      absorbed.set(found.id, b);
      matched.add(b.id);
    }
  }
  for (const b of bank) {
    if (matched.has(b.id)) continue;
    const found = field.find(
      (f) =>
        same(b, f) &&
        !(known(f.reference) && known(b.reference) && f.reference !== b.reference) &&
        b.paidOn >= f.paidOn &&
        b.paidOn <= addDays(f.paidOn, SAME_MONEY_WINDOW_DAYS),
    );
    if (found) absorbed.set(found.id, b);
  }
  return absorbed;
}

/**
 * The ids of the counted payments that are an outsourcing agency's money: its own record, or the bank's record
 * that absorbed it. Apply to the same list as countOnce.
 */
export function agencyMoney<P extends CountedPayment>(payments: readonly P[]): Set<string> {
  return agencyOf(payments, sameMoney(payments));
}

function agencyOf<P extends CountedPayment>(payments: readonly P[], absorbed: ReadonlyMap<string, P>): Set<string> {
  const out = new Set<string>();
  for (const p of payments) {
    if (p.source !== 'agency') continue;
    const bank = absorbed.get(p.id);
    out.add(bank ? bank.id : p.id);
  }
  return out;
}
