import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import type { KpiInput, KpiPayment } from '../../../shared/kpi';
import { monthlyReport } from '../../../shared/kpi/report';
import { collectorsChartOption, trendChartOption } from '../../../shared/kpi/reportCharts';
import { REPORT_COLUMNS } from '../../../shared/kpi/reportColumns';
import { REPORT_LABELS } from '../../../shared/kpi/reportLabels';
import { chartSvg } from '../../../shared/kpi/reportSvg';
import { reportXlsx } from '../../../shared/kpi/reportXlsx';

const pay = (id: string, caseId: string, amountFen: number, paidOn: string): KpiPayment => ({
  id, caseId, amountFen, paidOn, source: 'core_banking', reference: null, receiptId: null, recordedAt: `${paidOn}T02:00:00Z`,
});
const input: KpiInput = {
  cases: [
    { id: 'A', branchCode: '110105', officerId: 'u1', product: 'credit_card' },
    { id: 'B', branchCode: '110105', officerId: 'u2', product: 'credit_card' },
  ],
  snapshots: [
    { caseId: 'A', date: '2026-11-30', bucket: 'M2', dpd: 40, overdueFen: 300_000, principalFen: 300_000 },
    { caseId: 'B', date: '2026-11-30', bucket: 'M2', dpd: 40, overdueFen: 0, principalFen: 0 },
  ],
  activities: [], promises: [], disputes: [], letters: [],
  payments: [pay('p1', 'A', 12_345, '2026-12-02')],
};
const report = monthlyReport(input, {
  month: '2026-12', asOf: '2026-12-04', timeZone: 'Asia/Shanghai', graceDays: 3, calendar: CN_MAINLAND_CALENDAR,
  targets: [{ branchCode: '110105', recoveredFen: 100_001, curedAccounts: 1, successRateBps: 2500, collectors: [{ officerId: 'u1', recoveredFen: 60_001, curedAccounts: 1 }, { officerId: 'u2', recoveredFen: 40_000, curedAccounts: 0 }] }],
  names: { u1: '赵丽', u2: '刘洋' },
});

describe('the monthly report’s workbook (exceljs), read back', () => {
  it.each(['zh-CN', 'en'] as const)('%s: a line per collector and the branch total, numbers with formats, "no rate" empty', async (language) => {
    const l = REPORT_LABELS[language];
    const bytes = await reportXlsx(report, l, '2026-12-04T02:00:00Z');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.buffer as ArrayBuffer);
    const [summary, trend] = book.worksheets;
    expect([summary!.name, trend!.name]).toEqual([l.sheetSummary, l.sheetTrend]);
    const col = (c: (typeof REPORT_COLUMNS)[number]) => 2 + REPORT_COLUMNS.indexOf(c);
    const header = summary!.getRow(3);
    expect(header.getCell(col('recovered')).value).toBe(l.columns.recovered);
    const rows = [4, 5, 6].map((n) => summary!.getRow(n));
    expect(rows.map((r) => r.getCell(col('name')).value)).toEqual(['赵丽', '刘洋', l.branchTotal]);
    const zhao = rows[0]!;
    expect(zhao.getCell(col('recovered')).value).toBe(123.45);
    expect(zhao.getCell(col('recovered')).numFmt).toBe('#,##0.00');
    expect(zhao.getCell(col('recoveryRate')).value).toBeCloseTo(12_345 / 300_000, 12);
    expect(zhao.getCell(col('recoveryRate')).numFmt).toBe('0.00%');
    expect(zhao.getCell(col('target')).value).toBe(600.01);
    // 刘洋 had nothing overdue: no rate, an empty cell, never 0.
    expect(rows[1]!.getCell(col('recoveryRate')).value).toBeNull();
    expect(rows[2]!.getCell(col('target')).value).toBe(1000.01);
    // The amounts per day: the trend chart's numbers.
    expect(trend!.getRow(3).values).toEqual([undefined, '110105', '2026-12-02', 123.45, 123.45, expect.any(Number)]);
  });
});

describe('the charts as SVG (ECharts server-side rendering, as in the report worker)', () => {
  it.each(['zh-CN', 'en'] as const)('%s: an SVG with the legend in the report’s words and the font named', (language) => {
    const l = REPORT_LABELS[language];
    const b = report.branches[0]!;
    const trend = chartSvg(trendChartOption(b, l, { fontFamily: 'SHS' }));
    expect(trend.startsWith('<svg')).toBe(true);
    for (const word of [l.trendAmount, l.trendCumulative, l.trendGoal]) expect(trend).toContain(word);
    expect(trend).toContain('SHS');
    const bars = chartSvg(collectorsChartOption(b, l, { fontFamily: 'SHS' }));
    for (const word of ['赵丽', '刘洋', l.chartRecovered, l.chartTarget]) expect(bars).toContain(word);
  });
});
