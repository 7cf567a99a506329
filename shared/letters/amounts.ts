import type { Account } from '../domain/case';
import { maskCardNumber } from '../domain/masks';
import { sumFen, totalOfAmounts } from '../domain/money';
import { daysBetween } from '../calendar';
import type { AccountLines, LetterAmounts } from './types';

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

/** Every account of the case (or the ones listed), itemised, with totals. */
export function letterAmounts(accounts: readonly Account[], letterDate: string): LetterAmounts {
  const perAccount = accounts.map((a) => accountLines(a, letterDate));
  const asOfDate = perAccount.map((a) => a.snapshotDate).sort().at(-1) ?? letterDate;
  return {
    perAccount,
    asOfDate,
    letterDate,
    asOfTotalFen: sumFen(perAccount.map((a) => a.asOfTotalFen)),
    projectedPenaltyFen: sumFen(perAccount.map((a) => a.projectedPenaltyFen)),
    totalFen: sumFen(perAccount.map((a) => a.totalFen)),
  };
}

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
  const byComponent = sumFen(COMPONENTS.map((c) => componentTotal(amounts, c)));
  if (byComponent !== amounts.totalFen) out.push({ where: 'components', expectedFen: amounts.totalFen, actualFen: byComponent });
  const byAccount = sumFen(amounts.perAccount.map((a) => a.totalFen));
  if (byAccount !== amounts.totalFen) out.push({ where: 'accounts', expectedFen: amounts.totalFen, actualFen: byAccount });
  const asOf = sumFen(amounts.perAccount.map((a) => a.asOfTotalFen));
  if (sumFen([asOf, amounts.projectedPenaltyFen]) !== amounts.totalFen) out.push({ where: 'projection', expectedFen: amounts.totalFen, actualFen: asOf + amounts.projectedPenaltyFen });
  return out;
}
