import type { Account } from '../domain/case';
import { maskCardNumber } from '../domain/masks';
import { sumFen, totalOfAmounts } from '../domain/money';
import { daysBetween } from '../calendar';
import type { AccountLines, LetterAmounts, PaidSince } from './types';

/**
 * Amounts on a letter, per account, exactly as head office's snapshot gives them, plus one projected line.
 *
 * Projected penalty interest (预计罚息) from the snapshot (as-of) date to the letter date:
 *
 *     projected = round_half_up( overdue principal × penaltyRateBps / 10000 × days / 360 )   (in fen)
 *
 * with days = letter date − snapshot date (0 when the letter is not later), the 360-day year Chinese banks
 * use for daily rates, and the account's outstanding principal as the overdue principal (an overdue loan's
 * principal is due in full once the bank demands it). Integer arithmetic (BigInt): no float ever touches
 * money. Nothing is projected for an account that is not past due (dpd 0) or has no penalty rate.
 */
export function projectPenalty(account: Account, letterDate: string): { fen: number; days: number } {
  const days = Math.max(0, daysBetween(account.snapshotDate, letterDate));
  if (days === 0 || account.dpd === 0 || account.penaltyRateBps === 0 || account.amounts.principalFen === 0) return { fen: 0, days };
  const numerator = BigInt(account.amounts.principalFen) * BigInt(account.penaltyRateBps) * BigInt(days);
  const denominator = 10_000n * 360n;
  const fen = (numerator * 2n + denominator) / (denominator * 2n); // half up, all values positive
  return { fen: Number(fen), days };
}

export function accountLines(account: Account, letterDate: string): AccountLines {
  const { fen, days } = projectPenalty(account, letterDate);
  const asOfTotalFen = totalOfAmounts(account.amounts);
  return {
    accountId: account.id,
    contractNumber: account.contractNumber,
    product: account.product,
    accountNumberMasked: maskCardNumber(account.accountNumber),
    originalPrincipalFen: account.originalPrincipalFen,
    snapshotDate: account.snapshotDate,
    ...account.amounts,
    projectedPenaltyFen: fen,
    projectedDays: days,
    penaltyRateBps: account.penaltyRateBps,
    asOfTotalFen,
    totalFen: sumFen([asOfTotalFen, fen]),
  };
}

/**
 * Every account of the case (or the ones listed), itemised, with totals, less the payments recorded after the
 * snapshot date up to the letter date (the snapshot cannot know them). A payment on the snapshot date is taken
 * to be in the snapshot; one after the letter date is not yet counted. The payments are not allocated to
 * accounts or components (the bank's core system does that when it posts them): they are deducted from the total.
 */
export function letterAmounts(accounts: readonly Account[], letterDate: string, payments: readonly PaidSince[] = []): LetterAmounts {
  const perAccount = accounts.map((a) => accountLines(a, letterDate));
  const asOfDate = perAccount.map((a) => a.snapshotDate).sort().at(-1) ?? letterDate;
  const paidSince = payments.filter((p) => p.paidOn > asOfDate && p.paidOn <= letterDate).sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  const grossFen = sumFen(perAccount.map((a) => a.totalFen));
  const paidSinceFen = sumFen(paidSince.map((p) => p.amountFen));
  return {
    perAccount,
    asOfDate,
    letterDate,
    asOfTotalFen: sumFen(perAccount.map((a) => a.asOfTotalFen)),
    projectedPenaltyFen: sumFen(perAccount.map((a) => a.projectedPenaltyFen)),
    ...(paidSince.length > 0 ? { paidSince, paidSinceFen } : {}),
    totalFen: Math.max(0, grossFen - paidSinceFen),
  };
}

/** What the accounts come to before the payments since the snapshot are deducted. */
export const grossOf = (amounts: LetterAmounts): number => sumFen([amounts.asOfTotalFen, amounts.projectedPenaltyFen]);

export const COMPONENTS = ['principalFen', 'interestFen', 'penaltyFen', 'compoundFen', 'feesFen', 'projectedPenaltyFen'] as const;
export type Component = (typeof COMPONENTS)[number];

/** Sum of one component over all accounts (a column of the table's total). */
export function componentTotal(amounts: LetterAmounts, component: Component): number {
  return sumFen(amounts.perAccount.map((a) => a[component]));
}

/**
 * The check a printed table must pass: every account's lines sum to its total, and the accounts and the
 * component totals both sum to the letter's total. Returns the mismatches (empty when all agree).
 */
export function amountMismatches(amounts: LetterAmounts): { where: string; expectedFen: number; actualFen: number }[] {
  const out: { where: string; expectedFen: number; actualFen: number }[] = [];
  for (const a of amounts.perAccount) {
    const lines = sumFen(COMPONENTS.map((c) => a[c]));
    if (lines !== a.totalFen) out.push({ where: a.contractNumber, expectedFen: a.totalFen, actualFen: lines });
  }
  const gross = grossOf(amounts);
  const byComponent = sumFen(COMPONENTS.map((c) => componentTotal(amounts, c)));
  if (byComponent !== gross) out.push({ where: 'components', expectedFen: gross, actualFen: byComponent });
  const byAccount = sumFen(amounts.perAccount.map((a) => a.totalFen));
  if (byAccount !== gross) out.push({ where: 'accounts', expectedFen: gross, actualFen: byAccount });
  const asOf = sumFen(amounts.perAccount.map((a) => a.asOfTotalFen));
  if (asOf !== amounts.asOfTotalFen) out.push({ where: 'projection', expectedFen: amounts.asOfTotalFen, actualFen: asOf });
  const paid = sumFen((amounts.paidSince ?? []).map((p) => p.amountFen));
  const expected = Math.max(0, gross - paid);
  if (paid !== (amounts.paidSinceFen ?? 0) || expected !== amounts.totalFen) out.push({ where: 'paid_since', expectedFen: expected, actualFen: amounts.totalFen });
  return out;
}
