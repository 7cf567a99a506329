import { sumFen } from '../domain/money';
import type { BankDeposit, FieldReceipt, Reconciliation } from './match';

/**
 * One day's reconciliation as head office shows it (docs/reconciliation.md): the pairs and leftovers that
 * concern `day` (a receipt taken that day, or a deposit dated that day), in one branch or the whole bank, with
 * totals per collector and per branch. Pure: the matcher ran on a wider window, so a receipt of yesterday paid
 * today shows on today's page as matched, exactly as yesterday's page shows it.
 */

export interface Tally {
  count: number;
  fen: number;
}

export interface ReceiptTotals {
  receipts: Tally;
  matched: Tally;
  mismatched: Tally;
  unmatched: Tally;
  voided: Tally;
}

export interface CollectorTotals extends ReceiptTotals {
  collectorId: string;
  collectorName: string;
  branchCode: string;
}

export interface BranchTotals extends ReceiptTotals {
  /** null: deposits of a whole-bank file that name no receipt of any branch. */
  branchCode: string | null;
  deposits: Tally;
  unmatchedDeposits: Tally;
}

export interface DayReport extends Reconciliation {
  day: string;
  branchCode: string | null;
  byCollector: CollectorTotals[];
  byBranch: BranchTotals[];
  totals: Omit<BranchTotals, 'branchCode'>;
}

const tally = (amounts: readonly number[]): Tally => ({ count: amounts.length, fen: sumFen(amounts) });
const emptyReceiptTotals = (): Record<keyof ReceiptTotals, number[]> => ({ receipts: [], matched: [], mismatched: [], unmatched: [], voided: [] });
const tallies = <K extends string>(lists: Record<K, number[]>): Record<K, Tally> =>
  Object.fromEntries(Object.entries<number[]>(lists).map(([k, v]) => [k, tally(v)])) as Record<K, Tally>;
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function dayReport(all: Reconciliation, day: string, branchCode: string | null): DayReport {
  const inBranch = (code: string | null) => branchCode === null || code === branchCode;
  const receiptHere = (r: FieldReceipt) => inBranch(r.branchCode);
  const depositHere = (d: BankDeposit) => inBranch(d.branchCode);
  const onDay = (r: FieldReceipt | null, d: BankDeposit | null) => r?.receivedOn === day || d?.date === day;

  const matched = all.matched.filter((m) => receiptHere(m.receipt) && onDay(m.receipt, m.deposit));
  const mismatches = all.mismatches.filter((m) => receiptHere(m.receipt) && onDay(m.receipt, m.deposit));
  const unmatchedReceipts = all.unmatchedReceipts.filter((u) => receiptHere(u.receipt) && u.receipt.receivedOn === day);
  const unmatchedDeposits = all.unmatchedDeposits.filter((u) => depositHere(u.deposit) && u.deposit.date === day);
  const flaggedToday = new Set(unmatchedDeposits.map((u) => u.deposit.id));
  const voided = all.voided.filter((v) => receiptHere(v.receipt) && (v.receipt.receivedOn === day || v.depositIds.some((id) => flaggedToday.has(id))));

  const collectors = new Map<string, { who: FieldReceipt; lists: Record<keyof ReceiptTotals, number[]> }>();
  const branches = new Map<string | null, Record<keyof ReceiptTotals | 'deposits' | 'unmatchedDeposits', number[]>>();
  const branchLists = (code: string | null) => {
    let lists = branches.get(code);
    if (!lists) branches.set(code, (lists = { ...emptyReceiptTotals(), deposits: [], unmatchedDeposits: [] }));
    return lists;
  };
  const count = (r: FieldReceipt, kind: keyof ReceiptTotals) => {
    let c = collectors.get(r.collectorId);
    if (!c) collectors.set(r.collectorId, (c = { who: r, lists: emptyReceiptTotals() }));
    for (const lists of [c.lists, branchLists(r.branchCode)]) {
      lists.receipts.push(r.amountFen);
      lists[kind].push(r.amountFen);
    }
  };
  matched.forEach((m) => count(m.receipt, 'matched'));
  mismatches.forEach((m) => count(m.receipt, 'mismatched'));
  unmatchedReceipts.forEach((u) => count(u.receipt, 'unmatched'));
  voided.forEach((v) => count(v.receipt, 'voided'));
  // A deposit counts once, in the branch of the receipt it pays (or its file's branch when it pays none).
  const depositsToday = new Map<string, { deposit: BankDeposit; branch: string | null }>();
  for (const m of [...matched, ...mismatches]) if (m.deposit.date === day) depositsToday.set(m.deposit.id, { deposit: m.deposit, branch: m.receipt.branchCode });
  for (const u of unmatchedDeposits) {
    depositsToday.set(u.deposit.id, { deposit: u.deposit, branch: u.deposit.branchCode });
    branchLists(u.deposit.branchCode).unmatchedDeposits.push(u.deposit.amountFen);
  }
  for (const { deposit, branch } of depositsToday.values()) branchLists(branch).deposits.push(deposit.amountFen);

  const byCollector = [...collectors.values()]
    .map(({ who, lists }) => ({ collectorId: who.collectorId, collectorName: who.collectorName, branchCode: who.branchCode, ...tallies(lists) }))
    .sort((a, b) => compareText(a.branchCode, b.branchCode) || compareText(a.collectorId, b.collectorId));
  const byBranch = [...branches.entries()]
    .map(([code, lists]) => ({ branchCode: code, ...tallies(lists) }))
    .sort((a, b) => (a.branchCode === null ? 1 : b.branchCode === null ? -1 : compareText(a.branchCode, b.branchCode)));
  const sum = (key: keyof Omit<BranchTotals, 'branchCode'>): Tally => ({
    count: byBranch.reduce((n, b) => n + b[key].count, 0),
    fen: sumFen(byBranch.map((b) => b[key].fen)),
  });
  const totals = { receipts: sum('receipts'), matched: sum('matched'), mismatched: sum('mismatched'), unmatched: sum('unmatched'), voided: sum('voided'), deposits: sum('deposits'), unmatchedDeposits: sum('unmatchedDeposits') };
  return { day, branchCode, matched, mismatches, unmatchedReceipts, unmatchedDeposits, voided, byCollector, byBranch, totals };
}
