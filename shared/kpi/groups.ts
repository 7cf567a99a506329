import type { KpiCase, KpiInput } from './inputs';
import type { KpiFigures, KpiOptions } from './figures';
import type { KpiPeriod } from './period';
import { tallyBy } from './tallyBy';
import { addTallies, emptyTally, figuresOf } from './tallies';

/**
 * The measures per group of cases: per collector (who holds the case now), per branch, per product. One pass
 * over the records for every group (shared/kpi/tallyBy.ts): a branch of 20,000 cases with a million activities,
 * docs/benchmarks.md.
 */
export function kpisBy(input: KpiInput, period: KpiPeriod, options: KpiOptions, keyOf: (c: KpiCase) => string): Map<string, KpiFigures> {
  return new Map([...tallyBy(input, period, options, keyOf)].map(([key, t]) => [key, figuresOf(t)]));
}

/**
 * kpisBy and the figures of all the cases together (computeKpis), from the same pass: the groups' sums add up
 * to the whole's (shared/kpi/tallies.ts), so the team board does not read the records twice.
 */
export function kpisWithTotal(input: KpiInput, period: KpiPeriod, options: KpiOptions, keyOf: (c: KpiCase) => string): { total: KpiFigures; by: Map<string, KpiFigures> } {
  const tallies = tallyBy(input, period, options, keyOf);
  let total = emptyTally();
  for (const t of tallies.values()) total = addTallies(total, t);
  return { total: figuresOf(total), by: new Map([...tallies].map(([key, t]) => [key, figuresOf(t)])) };
}

/** Who holds the case ('' when nobody does). */
export const byCollector = (c: KpiCase) => c.officerId ?? '';
export const byBranch = (c: KpiCase) => c.branchCode;
export const byProduct = (c: KpiCase) => c.product;
