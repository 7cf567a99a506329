import type { Risk } from '../domain/case';
import { bucketOf, type Bucket } from '../domain/buckets';

/**
 * The My-day priority score: whole points, added up, every part shown to the collector (PRIORITY.md).
 *
 * | part     | rule                                                        | points            |
 * |----------|-------------------------------------------------------------|-------------------|
 * | amount   | total owed: ≥ ¥1,000,000 / ≥ ¥100,000 / ≥ ¥10,000 / ≥ ¥1,000 / > 0 / 0 | 40 / 30 / 20 / 10 / 5 / 0 |
 * | dpd      | bucket M0 / M1 / M2 / M3 / M4 / M5 / M6 / M6+               | 0 / 10 / 15 / 25 / 20 / 15 / 15 / 10 |
 * | risk     | core banking's grade low / medium / high; none 0            | 0 / 10 / 20       |
 * | promise  | the most urgent of: promise broken or plan broken 30, promise due 25, plan instalment due 20 | 0–30 |
 * | deadline | nearest limitation/guarantee end within 30 / 60 / 90 days   | 30 / 20 / 10      |
 *
 * Why: amount bands are powers of ten (a log scale) so one huge case does not bury all others; DPD peaks at
 * M3 because at 90+ DPD a loan becomes non-performing (次级), so stopping the roll matters most there, and
 * very old debts are less likely to pay; a broken promise is the moment a debtor is most reachable; a
 * lapsing limitation or guarantee period loses the bank its claim, which no other item on the list does.
 * The highest possible score is 145.
 */
export const PRIORITY_WEIGHTS = {
  /** Bands from the highest down: the first whose `minFen` the total reaches. */
  amount: [
    { minFen: 100_000_000, points: 40 },
    { minFen: 10_000_000, points: 30 },
    { minFen: 1_000_000, points: 20 },
    { minFen: 100_000, points: 10 },
    { minFen: 1, points: 5 },
  ],
  dpd: { M0: 0, M1: 10, M2: 15, M3: 25, M4: 20, M5: 15, M6: 15, 'M6+': 10 } satisfies Record<Bucket, number>,
  risk: { low: 0, medium: 10, high: 20 } satisfies Record<Risk, number>,
  promise: { promise_broken: 30, plan_broken: 30, promise_due: 25, plan_instalment_due: 20 },
  /** Bands from the nearest: the first whose `withinDays` the days left do not exceed. */
  deadline: [
    { withinDays: 30, points: 30 },
    { withinDays: 60, points: 20 },
    { withinDays: 90, points: 10 },
  ],
} as const;

export type PromisePointsKind = keyof typeof PRIORITY_WEIGHTS.promise;

export interface ScoreParts {
  amount: number;
  dpd: number;
  risk: number;
  promise: number;
  deadline: number;
}

export function amountPoints(totalFen: number): number {
  return PRIORITY_WEIGHTS.amount.find((band) => totalFen >= band.minFen)?.points ?? 0;
}

export function dpdPoints(dpd: number): number {
  return PRIORITY_WEIGHTS.dpd[bucketOf(dpd)];
}

/** Core banking's own grade; none (null) adds nothing: risk is never derived from DPD and amount, counted above. */
export function riskPoints(risk: Risk | null): number {
  return risk === null ? 0 : PRIORITY_WEIGHTS.risk[risk];
}

/** The highest of the promise-like items present on the case, 0 when none. */
export function promisePoints(kinds: Iterable<string>): number {
  let points = 0;
  for (const k of kinds) points = Math.max(points, (PRIORITY_WEIGHTS.promise as Record<string, number>)[k] ?? 0);
  return points;
}

/** Points for the nearest deadline (days left from today), 0 when there is none within the bands. */
export function deadlinePoints(daysLeft: number | null): number {
  if (daysLeft === null || daysLeft < 0) return 0;
  return PRIORITY_WEIGHTS.deadline.find((band) => daysLeft <= band.withinDays)?.points ?? 0;
}

export function totalScore(parts: ScoreParts): number {
  return parts.amount + parts.dpd + parts.risk + parts.promise + parts.deadline;
}
