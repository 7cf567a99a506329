import { addDays, type WorkingCalendar } from '../calendar';
import type { KpiFigures } from './figures';
import type { KpiPeriod } from './period';
import { lineOf, type BranchReport, type MonthlyReport, type ReportDay, type ReportLine } from './report';
import { REPORT_LABELS, type ReportLabels, type ReportLanguage } from './reportLabels';
import { splitOverMonth } from './split';

/**
 * The bank's monthly report (上报, issue 15 §6) as head office downloads it: the device's report model
 * (report.ts) with branches where the device has collectors. One section, "the bank": one line per branch (its
 * name), the bank's total, each against the branch's monthly target in force (the 业绩 page's rule), and the
 * money recovered per day against the sum of the targets' pace. The figures are head office's (server/kpi/
 * bankFigures.ts readBankFigures), so the file says what the 业绩 page says. Aggregates only, as on the device.
 */
export interface BankReportBranch {
  code: string;
  name: string;
  figures: KpiFigures;
  target: { recoveredFen: number; curedAccounts: number; successRateBps: number } | null;
}

export interface BankReportInput {
  month: string;
  period: KpiPeriod;
  branches: readonly BankReportBranch[];
  total: KpiFigures;
  /** Payments counted once, by the branch holding the case (BankFigures.payments). */
  payments: readonly { branchCode: string; paidOn: string; amountFen: number }[];
  calendar: WorkingCalendar;
}

/** The report for the bank; `scope` names the section in the files (the labels' bankScope: 全行). */
export function bankMonthlyReport(input: BankReportInput, scope: string): MonthlyReport {
  const { period } = input;
  const withTarget = input.branches.filter((b) => b.target !== null);
  const sum = (f: (t: NonNullable<BankReportBranch['target']>) => number) => withTarget.reduce((s, b) => s + f(b.target!), 0);
  // The bank's target is the branches' sum; with no branch's target there is none (not a target of zero).
  const targetFen = withTarget.length ? sum((t) => t.recoveredFen) : null;
  const curedTarget = withTarget.length ? sum((t) => t.curedAccounts) : null;
  const lines: ReportLine[] = input.branches.map((b) => lineOf(b.code, b.name, b.figures, b.target?.recoveredFen ?? null, b.target?.curedAccounts ?? null));

  const byDay = new Map<string, number>();
  for (const p of input.payments) byDay.set(p.paidOn, (byDay.get(p.paidOn) ?? 0) + p.amountFen);
  const goalOn = new Map(targetFen === null ? [] : splitOverMonth(input.calendar, input.month, targetFen).days.map((d) => [d.date, d.amount]));
  const days: ReportDay[] = [];
  let cumulativeFen = 0;
  let goalFen = 0;
  for (let d = period.from; d <= period.to && d <= period.asOf; d = addDays(d, 1)) {
    const fen = byDay.get(d) ?? 0;
    cumulativeFen += fen;
    goalFen += goalOn.get(d) ?? 0;
    days.push({ date: d, recoveredFen: fen, cumulativeFen, goalFen: targetFen === null ? null : goalFen });
  }

  const bank: BranchReport = {
    branchCode: scope,
    total: lineOf(scope, scope, input.total, targetFen, curedTarget),
    // In the 业绩 page's order (by code), so a branch is found where it is on the page.
    collectors: lines,
    unassigned: null,
    target: targetFen === null ? null : {
      branchCode: scope, recoveredFen: targetFen, curedAccounts: curedTarget ?? 0,
      // A success rate does not add up over branches: the bank's line names none (the labels leave it out).
      successRateBps: 0,
      collectors: input.branches.map((b) => ({ officerId: b.code, recoveredFen: b.target?.recoveredFen ?? 0, curedAccounts: b.target?.curedAccounts ?? 0 })),
    },
    days,
  };
  return { month: input.month, from: period.from, to: period.to, asOf: period.asOf, timeZone: period.timeZone, branches: [bank] };
}

/** The device report's words with branches for collectors and the bank for the branch. */
export const BANK_REPORT_LABELS: Record<ReportLanguage, ReportLabels & { bankScope: string }> = {
  'zh-CN': {
    ...REPORT_LABELS['zh-CN'],
    title: '清收业绩月报（全行）',
    bankScope: '全行',
    branch: '范围',
    branchTotal: '全行合计',
    targetLine: '本月目标（各机构合计）：回款 {{recovered}}，出催 {{cured}} 户',
    noTarget: '本月各机构均未设定目标',
    collectorsTitle: '各机构业绩（行为指标并列）',
    collectorsChartTitle: '各机构回款与目标',
    note: `${REPORT_LABELS['zh-CN'].note}全行目标为各机构当月生效目标之和。`,
    columns: { ...REPORT_LABELS['zh-CN'].columns, name: '机构' },
  },
  en: {
    ...REPORT_LABELS.en,
    title: 'Monthly recovery report (the bank)',
    bankScope: 'Bank',
    branch: 'Scope',
    branchTotal: 'Bank total',
    targetLine: 'Target this month (sum of the branches’): recovered {{recovered}}, {{cured}} accounts cured',
    noTarget: 'No branch has a target this month',
    collectorsTitle: 'Branches (conduct beside the money)',
    collectorsChartTitle: 'Recovered and target per branch',
    note: `${REPORT_LABELS.en.note} The bank’s target is the sum of the branches’ targets in force.`,
    columns: { ...REPORT_LABELS.en.columns, name: 'Branch' },
  },
};
