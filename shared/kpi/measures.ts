import { addDays } from '../calendar';
import type { OutcomeTable } from '../fieldwork/outcomes';
import type { Fraction } from './fraction';
import type { KpiInput } from './inputs';
import { dateInPeriod, type KpiPeriod } from './period';
import type { RollMatrix } from './rolls';
import { tallyBy } from './tallyBy';
import { branchMoneyPerCase, emptyTally, figuresOf, type KpiTally } from './tallies';

/**
 * The recovery measures of issue 15 §3, defined once (docs/kpi.md gives each definition and its source). Every
 * figure is a whole number (fen, counts) or an exact Fraction; nothing is rounded here.
 */
export interface KpiFigures {
  cases: number;
  /** Overdue balance (欠款额) of the cases at the start and at the end of the period. */
  openingOverdueFen: number;
  closingOverdueFen: number;
  /**
   * 回款额: payments in the period, each sum of money once (shared/payments/countOnce.ts), the branch's own: an
   * outsourcing agency's money is in `agency`, never here (collectors are not credited with it).
   */
  recoveredFen: number;
  /** 回收率: recovered over the opening overdue balance. */
  recoveryRate: Fraction;
  /** 出催户数 over the cases delinquent at the start. */
  cured: Fraction;
  /** Promises due in the period whose grace has ended: kept over settled, by count and by amount. */
  promisesKept: Fraction;
  promisesKeptFen: Fraction;
  attempts: number;
  /** 接通率 and 有效联系率 (right party), over attempts. */
  contactRate: Fraction;
  rightPartyRate: Fraction;
  contactsPerCase: Fraction;
  complaints: number;
  /** Complaints opened in the period per 1,000 connected contacts (num is complaints × 1000). */
  complaintsPer1000: Fraction;
  /** Attempts a supervisor let through a compliance block (override), in the period. */
  overrides: number;
  lettersIssued: number;
  lettersDelivered: number;
  /** Mean days past due of the cases at the end of the period. */
  averageDpd: Fraction;
  rolls: RollMatrix;
  /** What outsourcing agencies did on these cases, apart from the branch's own figures above. */
  agency: AgencyFigures;
}

/** An agency's work as its results files reported it (docs/kpi.md, "Agency recovery"). */
export interface AgencyFigures {
  /** Money the agency brought in, in the period, counted once with the bank's records. */
  recoveredFen: number;
  /** Contacts the agency reported in the period. */
  attempts: number;
  /** Promises the agency reported, made in the period. */
  promises: number;
}

export interface KpiOptions {
  graceDays: number;
  outcomes?: OutcomeTable;
}

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

