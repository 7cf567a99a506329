/**
 * Delinquency buckets (账龄) by days past due: M0 = current, M1 = 1–30, M2 = 31–60, … M6 = 151–180,
 * M6+ = over 180. Listed from best to worst, so the index is the severity.
 */
export const BUCKETS = ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M6+'] as const;
export type Bucket = (typeof BUCKETS)[number];

export function bucketOf(dpd: number): Bucket {
  if (!Number.isInteger(dpd) || dpd < 0) throw new RangeError(`days past due must be a whole number ≥ 0: ${dpd}`);
  if (dpd > 180) return 'M6+';
  return BUCKETS[Math.ceil(dpd / 30)] as Bucket;
}

/** 0 for M0 up to 7 for M6+: the order to sort and compare buckets by. */
export function bucketRank(bucket: Bucket): number {
  const rank = BUCKETS.indexOf(bucket);
  if (rank < 0) throw new RangeError(`unknown bucket: ${String(bucket)}`);
  return rank;
}

/** `bucket` and every worse one, e.g. bucketsAtLeast('M3') = M3, M4, M5, M6, M6+. */
export function bucketsAtLeast(bucket: Bucket): Bucket[] {
  return BUCKETS.slice(bucketRank(bucket));
}
