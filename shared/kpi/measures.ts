import { addDays } from '../calendar';
import type { KpiFigures, KpiOptions } from './figures';
import type { KpiInput } from './inputs';
import { dateInPeriod, type KpiPeriod } from './period';
import { tallyBy } from './tallyBy';
import { branchMoneyPerCase, emptyTally, figuresOf, type KpiTally } from './tallies';

export type { AgencyFigures, KpiFigures, KpiOptions } from './figures';

/** The measures over the cases of `input` (records of other cases are ignored). */
export function computeKpis(input: KpiInput, period: KpiPeriod, options: KpiOptions): KpiFigures {
  return figuresOf(tallyKpis(input, period, options));
}

/** The sums behind the measures (shared/kpi/tallies.ts), over the cases of `input`. */
export function tallyKpis(input: KpiInput, period: KpiPeriod, options: KpiOptions): KpiTally {
  return tallyBy(input, period, options, () => '').get('') ?? emptyTally();
}

/** The branch's own money recovered per day of the period (the trend chart), each sum of money once; not an agency's. */
export function dailyRecovered(input: Pick<KpiInput, 'cases' | 'payments'>, period: KpiPeriod): { date: string; fen: number }[] {
  const ids = new Set(input.cases.map((c) => c.id));
  const byDay = new Map<string, number>();
  for (const p of branchMoneyPerCase(input.payments.filter((x) => ids.has(x.caseId)))) {
    if (!dateInPeriod(period, p.paidOn) || p.paidOn > period.asOf) continue;
    byDay.set(p.paidOn, (byDay.get(p.paidOn) ?? 0) + p.amountFen);
  }
  const out: { date: string; fen: number }[] = [];
  for (let d = period.from; d <= period.to && d <= period.asOf; d = addDays(d, 1)) out.push({ date: d, fen: byDay.get(d) ?? 0 });
  return out;
}

