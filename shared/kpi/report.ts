import type { WorkingCalendar } from '../calendar';
import { fraction, valueOf, type Fraction } from './fraction';
import type { KpiCase, KpiInput } from './inputs';
import type { KpiFigures, KpiOptions } from './figures';
import { dailyRecovered } from './measures';
import { monthPeriod } from './period';
import { splitOverMonth } from './split';
import { addTallies, emptyTally, figuresOf, type KpiTally } from './tallies';
import { tallyBy } from './tallyBy';

/**
 * The monthly report for the head of department (上报, issue 15 §6): per branch and per collector, the overdue
 * balance (欠款额), the amount recovered (回款额), the recovery rate (回收率) and each against its target, with
 * conduct beside the money as on the team board. Every figure comes from shared/kpi; nothing is rounded here.
 * It holds aggregates only: no customer, case number, account or phone can reach it (its rows have no field for
 * them), so the file needs no masking beyond what it leaves out. Staff are named: the report is about them.
 */
export interface ReportLine {
  /** The officer's id, or the branch code for a branch's total, or '' for cases nobody holds. */
  key: string;
  name: string;
  cases: number;
  openingOverdueFen: number;
  closingOverdueFen: number;
  recoveredFen: number;
  recoveryRate: Fraction;
  /** The target's amount for this line (a collector's share, the branch's target); null when none was set. */
  targetFen: number | null;
  /** Recovered over target; null without a target. */
  progress: Fraction | null;
  curedAccounts: number;
  curedTarget: number | null;
  promisesKept: Fraction;
  contactsPerCase: Fraction;
  rightPartyRate: Fraction;
  overrides: number;
  complaints: number;
  complaintsPer1000: Fraction;
}

export interface ReportDay {
  date: string;
  recoveredFen: number;
  cumulativeFen: number;
  /** The target's cumulative pace over the published calendar's working days (splitOverMonth); null without one. */
  goalFen: number | null;
}

export interface ReportTarget {
  branchCode: string;
  recoveredFen: number;
  curedAccounts: number;
  successRateBps: number;
  collectors: readonly { officerId: string; recoveredFen: number; curedAccounts: number }[];
}

export interface BranchReport {
  branchCode: string;
  total: ReportLine;
  /** Ranked as the team board ranks them (rankLines). */
  collectors: ReportLine[];
  /** Cases nobody holds, so that the collectors' lines and this one sum to the branch's. */
  unassigned: ReportLine | null;
  target: ReportTarget | null;
  days: ReportDay[];
}

export interface MonthlyReport {
  month: string;
  from: string;
  to: string;
  asOf: string;
  timeZone: string;
  branches: BranchReport[];
}

export interface MonthlyReportOptions extends KpiOptions {
  month: string;
  asOf: string;
  timeZone: string;
  calendar: WorkingCalendar;
  targets: readonly ReportTarget[];
  /** Staff names by id; an id without a name is shown as the id. */
  names: Readonly<Record<string, string>>;
}

/** Best recovery rate first; no rate (nothing overdue at the start) last; then by name (the team board's order). */
export function rankLines<T extends { name: string; recoveryRate: Fraction }>(lines: readonly T[]): T[] {
  const rate = (l: T) => valueOf(l.recoveryRate) ?? -1;
  return [...lines].sort((a, b) => rate(b) - rate(a) || a.name.localeCompare(b.name, 'zh-CN'));
}

/** One line of the report from its figures (a collector's, a branch's, the bank's). */
export function lineOf(key: string, name: string, k: KpiFigures, targetFen: number | null, curedTarget: number | null): ReportLine {
  return {
    key, name, cases: k.cases, openingOverdueFen: k.openingOverdueFen, closingOverdueFen: k.closingOverdueFen,
    recoveredFen: k.recoveredFen, recoveryRate: k.recoveryRate,
    targetFen, progress: targetFen === null ? null : fraction(k.recoveredFen, targetFen),
    curedAccounts: k.cured.num, curedTarget,
    promisesKept: k.promisesKept, contactsPerCase: k.contactsPerCase, rightPartyRate: k.rightPartyRate,
    overrides: k.overrides, complaints: k.complaints, complaintsPer1000: k.complaintsPer1000,
  };
}

export function monthlyReport(input: KpiInput, options: MonthlyReportOptions): MonthlyReport {
  const period = monthPeriod(options.month, options.asOf, options.timeZone);
  const holderKey = (c: KpiCase) => `${c.branchCode}\u0000${c.officerId ?? ''}`;
  // One pass for every holder; a branch's total is the sum of its holders' tallies (exact, shared/kpi/tallies.ts).
  const tallies = tallyBy(input, period, options, holderKey);
  const perHolder = new Map([...tallies].map(([key, t]) => [key, figuresOf(t)]));
  const empty = figuresOf(emptyTally());
  const holdersOf = new Map<string, KpiTally>();
  for (const [key, t] of tallies) {
    const code = key.slice(0, key.indexOf('\u0000'));
    holdersOf.set(code, addTallies(holdersOf.get(code) ?? emptyTally(), t));
  }
  const codes = [...new Set([...holdersOf.keys(), ...options.targets.map((t) => t.branchCode)])].sort();

  const branches = codes.map((branchCode): BranchReport => {
    const target = options.targets.find((t) => t.branchCode === branchCode) ?? null;
    const shareOf = (id: string) => target?.collectors.find((c) => c.officerId === id) ?? null;
    const holders = new Set<string>();
    for (const key of perHolder.keys()) if (key.startsWith(`${branchCode}\u0000`)) holders.add(key.slice(branchCode.length + 1));
    // A collector with a share of the target but no case still has a line: the shares sum to the target.
    for (const c of target?.collectors ?? []) holders.add(c.officerId);
    const collectors = [...holders]
      .filter((id) => id !== '')
      .map((id) => {
        const share = shareOf(id);
        return lineOf(id, options.names[id] ?? id, perHolder.get(`${branchCode}\u0000${id}`) ?? empty, target ? share?.recoveredFen ?? 0 : null, target ? share?.curedAccounts ?? 0 : null);
      });
    const nobody = perHolder.get(`${branchCode}\u0000`);
    const cases = input.cases.filter((c) => c.branchCode === branchCode);
    const recovered = dailyRecovered({ cases, payments: input.payments }, period);
    const byDay = new Map(recovered.map((d) => [d.date, d.fen]));
    const pace = target ? splitOverMonth(options.calendar, options.month, target.recoveredFen).days : [];
    const goalOn = new Map(pace.map((d) => [d.date, d.amount]));
    let cumulativeFen = 0;
    let goalFen = 0;
    const days: ReportDay[] = [];
    for (const d of recovered) {
      cumulativeFen += byDay.get(d.date) ?? 0;
      goalFen += goalOn.get(d.date) ?? 0;
      days.push({ date: d.date, recoveredFen: d.fen, cumulativeFen, goalFen: target ? goalFen : null });
    }
    return {
      branchCode,
      total: lineOf(branchCode, branchCode, figuresOf(holdersOf.get(branchCode) ?? emptyTally()), target?.recoveredFen ?? null, target?.curedAccounts ?? null),
      collectors: rankLines(collectors),
      unassigned: nobody ? lineOf('', '', nobody, null, null) : null,
      target,
      days,
    };
  });
  return { month: options.month, from: period.from, to: period.to, asOf: period.asOf, timeZone: period.timeZone, branches };
}
