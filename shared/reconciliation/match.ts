import { addDays } from '../calendar';
import { receiptNumbersIn } from './receiptReference';

/**
 * Matching field receipts with the bank's deposits (回款核对, docs/reconciliation.md). Pure and
 * deterministic: the same receipts and deposits, in any order, give the same answer.
 *
 * - A deposit whose reference names exactly one receipt number, for the receipt's amount, dated from the
 *   receipt's day to `lagDays` after it, is that receipt's deposit: matched. Deposits are taken in date order
 *   (then id), so when two qualify the earlier one wins; nothing is matched by amount alone.
 * - A deposit that names a receipt but cannot be its deposit (another amount, dated before the receipt, after
 *   the lag) is a mismatch, shown with the receipt and every reason, for a person to settle.
 * - A voided receipt is never matched; a deposit naming it is flagged on it (and stays unmatched).
 * - What is left: receipts not deposited (pending while the lag has not run out, overdue after), and
 *   deposits that name no receipt, several, one head office does not have, or one already paired.
 */

export interface FieldReceipt {
  id: string;
  number: string;
  amountFen: number;
  /** The local day (the bank's zone) the receipt was taken. */
  receivedOn: string;
  receivedAt: string;
  collectorId: string;
  collectorName: string;
  branchCode: string;
  caseId: string;
  payerName: string;
  voided: boolean;
}

export interface BankDeposit {
  id: string;
  date: string;
  amountFen: number;
  account: string;
  reference: string;
  /** The branch the deposit file was uploaded for; null for a file of the whole bank. */
  branchCode: string | null;
  fileId: string;
  rowNumber: number;
}

export type MismatchReason = 'amount_differs' | 'before_receipt' | 'after_lag';
export type UnmatchedDepositReason = 'no_receipt_number' | 'several_receipts' | 'unknown_receipt' | 'voided_receipt' | 'already_paired';

export interface Reconciliation {
  matched: { receipt: FieldReceipt; deposit: BankDeposit }[];
  mismatches: { receipt: FieldReceipt; deposit: BankDeposit; reasons: MismatchReason[] }[];
  unmatchedReceipts: { receipt: FieldReceipt; state: 'pending' | 'overdue'; dueBy: string }[];
  unmatchedDeposits: { deposit: BankDeposit; reason: UnmatchedDepositReason; receiptNumbers: string[] }[];
  voided: { receipt: FieldReceipt; depositIds: string[] }[];
}

export interface MatchOptions {
  /** Days after the receipt's day a deposit may still be dated (0: the same day only). */
  lagDays: number;
  /** Today in the bank's zone: an undeposited receipt is pending until its lag has run out. */
  today: string;
}

const byDateThenId = (a: BankDeposit, b: BankDeposit) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDayThenNumber = (a: FieldReceipt, b: FieldReceipt) => (a.receivedOn < b.receivedOn ? -1 : a.receivedOn > b.receivedOn ? 1 : a.number < b.number ? -1 : a.number > b.number ? 1 : 0);

function reasonsFor(receipt: FieldReceipt, deposit: BankDeposit, lagDays: number): MismatchReason[] {
  const reasons: MismatchReason[] = [];
  if (deposit.amountFen !== receipt.amountFen) reasons.push('amount_differs');
  if (deposit.date < receipt.receivedOn) reasons.push('before_receipt');
  if (deposit.date > addDays(receipt.receivedOn, lagDays)) reasons.push('after_lag');
  return reasons;
}

export function reconcile(receipts: readonly FieldReceipt[], deposits: readonly BankDeposit[], options: MatchOptions): Reconciliation {
  if (!Number.isInteger(options.lagDays) || options.lagDays < 0) throw new RangeError(`lagDays must be a whole number of days, not negative: ${options.lagDays}`);
  const byNumber = new Map<string, FieldReceipt>();
  for (const r of [...receipts].sort(byDayThenNumber)) if (!byNumber.has(r.number)) byNumber.set(r.number, r);
  const ordered = [...deposits].sort(byDateThenId);
  const named = new Map(ordered.map((d) => [d.id, receiptNumbersIn(d.reference)]));
  const single = (d: BankDeposit): FieldReceipt | undefined => {
    const numbers = named.get(d.id) ?? [];
    return numbers.length === 1 ? byNumber.get(numbers[0]!) : undefined;
  };

  const paired = new Set<string>();
  const used = new Set<string>();
  const out: Reconciliation = { matched: [], mismatches: [], unmatchedReceipts: [], unmatchedDeposits: [], voided: [] };

  // First every exact pair, so a wrong deposit dated earlier cannot take a receipt a right one pays.
  for (const d of ordered) {
    const r = single(d);
    if (!r || r.voided || paired.has(r.id) || reasonsFor(r, d, options.lagDays).length > 0) continue;
    out.matched.push({ receipt: r, deposit: d });
    paired.add(r.id);
    used.add(d.id);
  }

  const flagged = new Map<string, string[]>();
  for (const d of ordered) {
    if (used.has(d.id)) continue;
    const numbers = named.get(d.id) ?? [];
    const unmatched = (reason: UnmatchedDepositReason) => out.unmatchedDeposits.push({ deposit: d, reason, receiptNumbers: numbers });
    if (numbers.length === 0) unmatched('no_receipt_number');
    else if (numbers.length > 1) unmatched('several_receipts');
    else {
      const r = byNumber.get(numbers[0]!);
      if (!r) unmatched('unknown_receipt');
      else if (r.voided) {
        unmatched('voided_receipt');
        flagged.set(r.id, [...(flagged.get(r.id) ?? []), d.id]);
      } else if (paired.has(r.id)) unmatched('already_paired');
      else {
        out.mismatches.push({ receipt: r, deposit: d, reasons: reasonsFor(r, d, options.lagDays) });
        paired.add(r.id);
      }
    }
  }

  for (const r of byNumber.values()) {
    if (r.voided) out.voided.push({ receipt: r, depositIds: flagged.get(r.id) ?? [] });
    else if (!paired.has(r.id)) {
      const dueBy = addDays(r.receivedOn, options.lagDays);
      out.unmatchedReceipts.push({ receipt: r, state: options.today <= dueBy ? 'pending' : 'overdue', dueBy });
    }
  }
  return out;
}
