import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { addTallies, byCollector, computeKpis, emptyTally, figuresOf, formatPercent, fraction, monthPeriod, tallyBy, type KpiInput, type KpiPayment, type SnapshotRow } from '../../../shared/kpi';
import { monthlyReport, rankLines, type MonthlyReportOptions } from '../../../shared/kpi/report';
import { collectorsChartOption, trendChartOption } from '../../../shared/kpi/reportCharts';
import { cellOf, formatCell, numberOfCell, REPORT_COLUMNS } from '../../../shared/kpi/reportColumns';
import { REPORT_LABELS } from '../../../shared/kpi/reportLabels';
import { reportDocDefinition } from '../../../shared/kpi/reportPdf';

const snap = (caseId: string, overdueFen: number, dpd = 40): SnapshotRow => ({ caseId, date: '2026-09-30', dpd, overdueFen, principalFen: overdueFen, bucket: dpd === 0 ? 'M0' : 'M2' });
const pay = (id: string, caseId: string, amountFen: number, paidOn: string, source: KpiPayment['source'] = 'core_banking'): KpiPayment => ({
  id, caseId, amountFen, paidOn, source, reference: null, receiptId: null, recordedAt: `${paidOn}T02:00:00Z`,
});

/** Branch 110105: u1 holds A and B, u2 holds C, nobody holds D; branch 330106: u9 holds Z. October 2026. */
const input: KpiInput = {
  cases: [
    { id: 'A', branchCode: '110105', officerId: 'u1', product: 'credit_card' },
    { id: 'B', branchCode: '110105', officerId: 'u1', product: 'consumer_loan' },
    { id: 'C', branchCode: '110105', officerId: 'u2', product: 'credit_card' },
    { id: 'D', branchCode: '110105', officerId: null, product: 'credit_card' },
    { id: 'Z', branchCode: '330106', officerId: 'u9', product: 'mortgage' },
  ],
  snapshots: [snap('A', 100_000), snap('B', 300_000), snap('C', 1_000_000), snap('D', 50_000), snap('Z', 80_000)],
  activities: [
    { id: 'a1', caseId: 'A', userId: 'u1', outcome: 'right_party_contact', at: '2026-10-08T02:00:00Z', overridden: false },
    { id: 'a2', caseId: 'C', userId: 'u2', outcome: 'no_answer', at: '2026-10-09T02:00:00Z', overridden: true },
  ],
  promises: [],
  payments: [
    // The bank's record of a receipt's money: counted once.
    pay('p1', 'A', 40_000, '2026-10-08'), pay('p1f', 'A', 40_000, '2026-10-08', 'receipt'),
    pay('p2', 'C', 100_000, '2026-10-09'),
    pay('p3', 'D', 5_000, '2026-10-09'),
    pay('p4', 'Z', 8_000, '2026-10-12'),
    // After the report's day: not yet counted.
    pay('p5', 'B', 99_999, '2026-10-20'),
  ],
  disputes: [{ id: 'd1', caseId: 'A', kind: 'complaint', openedAt: '2026-10-08T03:00:00Z' }],
  letters: [],
};

const options: MonthlyReportOptions = {
  month: '2026-10', asOf: '2026-10-12', timeZone: 'Asia/Shanghai', graceDays: 3, calendar: CN_MAINLAND_CALENDAR,
  targets: [{ branchCode: '110105', recoveredFen: 1_000_001, curedAccounts: 3, successRateBps: 2500, collectors: [
    { officerId: 'u1', recoveredFen: 300_000, curedAccounts: 1 }, { officerId: 'u2', recoveredFen: 700_000, curedAccounts: 1 }, { officerId: 'u3', recoveredFen: 1, curedAccounts: 1 },
  ] }],
  names: { u1: '王芳', u2: '李强', u3: '赵新' },
};

describe('monthlyReport: the figures per branch and per collector (issue 15 §6)', () => {
  const report = monthlyReport(input, options);
  const branch = report.branches.find((b) => b.branchCode === '110105')!;

  it('covers the month as of the day asked', () => {
    expect([report.from, report.to, report.asOf]).toEqual(['2026-10-01', '2026-10-31', '2026-10-12']);
    expect(report.branches.map((b) => b.branchCode)).toEqual(['110105', '330106']);
  });

  it.each([
    // who, cases, opening overdue, recovered, recovery rate, target, of target
    ['u2', 1, 1_000_000, 100_000, '10.00%', 700_000, '14.29%'],
    ['u1', 2, 400_000, 40_000, '10.00%', 300_000, '13.33%'],
    // a share of the target but no case: a line all the same
    ['u3', 0, 0, 0, '—', 1, '0.00%'],
  ] as const)('%s: %d cases, %d fen overdue, %d recovered, %s, target %d (%s)', (who, cases, opening, recovered, rate, target, progress) => {
    const line = branch.collectors.find((c) => c.key === who)!;
    expect([line.cases, line.openingOverdueFen, line.recoveredFen, formatPercent(line.recoveryRate), line.targetFen, line.progress && formatPercent(line.progress)]).toEqual([
      cases, opening, recovered, rate, target, progress,
    ]);
  });

  it('ranks as the team board does: best rate first, equal rates by name, no rate last', () => {
    expect(branch.collectors.map((c) => c.name)).toEqual(['李强', '王芳', '赵新']);
    expect(rankLines([{ name: 'b', recoveryRate: fraction(1, 2) }, { name: 'a', recoveryRate: fraction(0, 0) }, { name: 'c', recoveryRate: fraction(3, 4) }]).map((l) => l.name)).toEqual(['c', 'b', 'a']);
  });

  it('parts sum to the branch: collectors and the cases nobody holds', () => {
    const parts = [...branch.collectors, branch.unassigned!];
    for (const k of ['cases', 'openingOverdueFen', 'closingOverdueFen', 'recoveredFen', 'overrides', 'complaints'] as const) {
      expect(parts.reduce((s, l) => s + l[k], 0), k).toBe(branch.total[k]);
    }
    expect(branch.total).toMatchObject({ cases: 4, openingOverdueFen: 1_450_000, recoveredFen: 145_000, targetFen: 1_000_001, curedTarget: 3 });
    expect(branch.collectors.reduce((s, l) => s + (l.targetFen ?? 0), 0)).toBe(branch.target!.recoveredFen);
  });

  it('a branch without a target has no target figures', () => {
    const other = report.branches.find((b) => b.branchCode === '330106')!;
    expect(other.total).toMatchObject({ recoveredFen: 8_000, targetFen: null, progress: null, curedTarget: null });
    expect(other.days.every((d) => d.goalFen === null)).toBe(true);
  });

  it('the days run to the report’s day; the goal follows the working days of the published calendar', () => {
    expect(branch.days.map((d) => d.date)).toHaveLength(12);
    const day = (date: string) => branch.days.find((d) => d.date === date)!;
    // 1–7 October is the National Day holiday: no goal accrues. 18 working days (10-10 a make-up Saturday) share 1,000,001
    // fen: 55,555 each and the 11 fen left over to the first 11 days.
    expect(day('2026-10-07').goalFen).toBe(0);
    expect(day('2026-10-08')).toEqual({ date: '2026-10-08', recoveredFen: 40_000, cumulativeFen: 40_000, goalFen: 55_556 });
    expect(day('2026-10-12')).toMatchObject({ cumulativeFen: 145_000, goalFen: 4 * 55_556 });
  });
});

describe('the tallies of disjoint groups add up to the figures of their union (how the report sums a branch)', () => {
  const period = monthPeriod('2026-10', '2026-10-12');
  const opts = { graceDays: 3 };
  const withRolls: KpiInput = {
    ...input,
    // A case cured and one rolled, so the roll matrices and the cured share are added too; a promise judged.
    snapshots: [...input.snapshots, { ...snap('A', 0, 0), date: '2026-10-10' }, { ...snap('C', 1_100_000, 70), date: '2026-10-11', bucket: 'M3' }],
    promises: [{ id: 'q1', caseId: 'A', amountFen: 40_000, dueDate: '2026-10-08', createdAt: '2026-10-02T02:00:00Z' }],
  };
  it.each([['every case', withRolls], ['one branch', { ...withRolls, cases: withRolls.cases.filter((c) => c.branchCode === '110105') }]] as const)('%s', (_, data) => {
    const parts = [...tallyBy(data, period, opts, byCollector).values()];
    expect(parts.length).toBeGreaterThan(1);
    expect(figuresOf(parts.reduce(addTallies, emptyTally()))).toEqual(computeKpis(data, period, opts));
  });
});

describe('the report’s cells: one list of columns for the XLSX and the PDF', () => {
  const line = monthlyReport(input, options).branches[0]!.collectors[0]!;
  it.each([
    ['recovered', '¥1,000.00', 1_000],
    ['recoveryRate', '10.00%', 0.1],
    ['target', '¥7,000.00', 7_000],
    ['overrides', '1', 1],
    ['name', '李强', '李强'],
  ] as const)('%s → %s in the PDF, %s in the workbook', (column, printed, number) => {
    expect(formatCell(cellOf(line, column))).toBe(printed);
    expect(numberOfCell(cellOf(line, column))).toBe(number);
  });

  it('no rate is "—" in print and an empty cell in the workbook, never 0', () => {
    const none = monthlyReport(input, options).branches[0]!.collectors.find((c) => c.key === 'u3')!;
    expect(formatCell(cellOf(none, 'recoveryRate'))).toBe('—');
    expect(numberOfCell(cellOf(none, 'recoveryRate'))).toBeNull();
  });
});

describe('the PDF document and the charts', () => {
  const report = monthlyReport(input, options);
  it.each(['zh-CN', 'en'] as const)('%s: the letters’ font, a table per branch with every column, the charts as SVG', (language) => {
    const l = REPORT_LABELS[language];
    const doc = reportDocDefinition(report, l, report.branches.map(() => ({ trend: '<svg/>', collectors: '<svg/>' })), '2026-10-12T08:00:00Z');
    expect(doc.defaultStyle.font).toBe('SHS');
    const text = JSON.stringify(doc.content);
    for (const c of REPORT_COLUMNS) expect(text).toContain(JSON.stringify(l.columns[c]));
    expect(text).toContain('¥1,450.00'); // the branch's recovered, as on the team board
    expect(text).toContain(l.branchTotal);
    expect(text.match(/"svg":"<svg\/>"/g)).toHaveLength(4);
    expect(doc.footer(2, 3).columns).toEqual(expect.arrayContaining([expect.objectContaining({ text: language === 'en' ? 'Page 2 of 3' : '第 2 页 / 共 3 页' })]));
    // Made at 08:00 UTC: 16:00 on the branch's clock.
    expect(doc.footer(1, 1).columns).toEqual(expect.arrayContaining([expect.objectContaining({ text: `${l.title} 2026-10 · 2026-10-12 16:00` })]));
  });

  it('the chart options are plain data in the report’s words, amounts in yuan', () => {
    const b = report.branches[0]!;
    const trend = trendChartOption(b, REPORT_LABELS.en, { fontFamily: 'SHS' });
    expect(JSON.parse(JSON.stringify(trend))).toEqual(trend);
    expect((trend.series as { name: string }[]).map((s) => s.name)).toEqual(['Recovered that day', 'Recovered to date', 'Target pace']);
    const bars = collectorsChartOption(b, REPORT_LABELS['zh-CN']);
    expect((bars.xAxis as { data: string[] }).data).toEqual(['李强', '王芳', '赵新']);
    expect((bars.series as { data: number[] }[])[0]!.data).toEqual([1_000, 400, 0]);
  });
});
