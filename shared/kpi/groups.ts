import type { KpiCase, KpiInput } from './inputs';
import { computeKpis, type KpiFigures, type KpiOptions } from './measures';
import type { KpiPeriod } from './period';

/**
 * The measures per group of cases: per collector (who holds the case now), per branch, per product. Records
 * are indexed by case once, so each group reads only its own (a branch of 20,000 cases with a million
 * activities, docs/benchmarks.md).
 */
export function kpisBy(input: KpiInput, period: KpiPeriod, options: KpiOptions, keyOf: (c: KpiCase) => string): Map<string, KpiFigures> {
  const groups = new Map<string, KpiCase[]>();
  for (const c of input.cases) {
    const key = keyOf(c);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const index = indexByCase(input);
  const out = new Map<string, KpiFigures>();
  for (const [key, cases] of groups) out.set(key, computeKpis(slice(index, cases), period, options));
  return out;
}

type Lists = Omit<KpiInput, 'cases'>;
const LISTS = ['snapshots', 'activities', 'promises', 'payments', 'disputes', 'letters'] as const;

function indexByCase(input: KpiInput): Map<string, { [K in keyof Lists]: Lists[K][number][] }> {
  const index = new Map<string, { [K in keyof Lists]: Lists[K][number][] }>();
  for (const c of input.cases) index.set(c.id, { snapshots: [], activities: [], promises: [], payments: [], disputes: [], letters: [] });
  for (const name of LISTS) {
    for (const r of input[name]) {
      const at = index.get(r.caseId);
      if (at) (at[name] as (typeof r)[]).push(r);
    }
  }
  return index;
}

function slice(index: ReturnType<typeof indexByCase>, cases: KpiCase[]): KpiInput {
  const out: { [K in keyof Lists]: Lists[K][number][] } = { snapshots: [], activities: [], promises: [], payments: [], disputes: [], letters: [] };
  for (const c of cases) {
    const at = index.get(c.id)!;
    for (const name of LISTS) (out[name] as unknown[]).push(...at[name]);
  }
  return { cases, ...out };
}

/** Who holds the case ('' when nobody does). */
export const byCollector = (c: KpiCase) => c.officerId ?? '';
export const byBranch = (c: KpiCase) => c.branchCode;
export const byProduct = (c: KpiCase) => c.product;
