import ExcelJS from 'exceljs';
import type { BranchReport, MonthlyReport, ReportLine } from './report';
import { cellOf, numberOfCell, REPORT_COLUMNS, type ColumnKind } from './reportColumns';
import { fillLabel, type ReportLabels } from './reportLabels';

/**
 * The monthly report as an XLSX workbook (exceljs): the same columns and figures as the PDF
 * (shared/kpi/reportColumns.ts), written as numbers with formats (yuan, percent) so the head of department can
 * add, sort and chart them; one summary sheet with every branch, one sheet of the amounts per day (the trend
 * chart's numbers).
 */
const FORMAT: Record<ColumnKind, string | undefined> = { text: undefined, count: '0', fen: '#,##0.00', rate: '0.00%', ratio: '0.00' };

function addLine(sheet: ExcelJS.Worksheet, line: ReportLine, name: string, branchCode: string, bold: boolean): void {
  const values = [branchCode, ...REPORT_COLUMNS.map((c) => numberOfCell(cellOf(line, c, name)))];
  const row = sheet.addRow(values);
  REPORT_COLUMNS.forEach((c, i) => {
    const format = FORMAT[cellOf(line, c).kind];
    if (format) row.getCell(i + 2).numFmt = format;
  });
  if (bold) row.font = { bold: true };
}

function addBranch(sheet: ExcelJS.Worksheet, b: BranchReport, l: ReportLabels): void {
  for (const c of b.collectors) addLine(sheet, c, c.name, b.branchCode, false);
  if (b.unassigned) addLine(sheet, b.unassigned, l.unassigned, b.branchCode, false);
  addLine(sheet, b.total, l.branchTotal, b.branchCode, true);
}

export async function reportXlsx(report: MonthlyReport, l: ReportLabels, generatedAt: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Recovery Desk';
  book.created = new Date(generatedAt);
  book.title = `${l.title} ${report.month}`;

  const summary = book.addWorksheet(l.sheetSummary, { views: [{ state: 'frozen', ySplit: 3 }] });
  summary.addRow([`${l.title} ${report.month}`]).font = { bold: true, size: 14 };
  summary.addRow([fillLabel(l.period, { month: report.month, from: report.from, to: report.to, asOf: report.asOf, zone: report.timeZone })]);
  summary.addRow([l.branch, ...REPORT_COLUMNS.map((c) => l.columns[c])]).font = { bold: true };
  for (const b of report.branches) addBranch(summary, b, l);
  summary.addRow([]);
  summary.addRow([l.note]);
  summary.columns.forEach((col, i) => (col.width = i <= 1 ? 16 : 14));

  const trend = book.addWorksheet(l.sheetTrend, { views: [{ state: 'frozen', ySplit: 1 }] });
  trend.addRow([l.branch, l.trendDate, l.trendAmount, l.trendCumulative, l.trendGoal]).font = { bold: true };
  for (const b of report.branches) {
    for (const d of b.days) {
      const row = trend.addRow([b.branchCode, d.date, d.recoveredFen / 100, d.cumulativeFen / 100, d.goalFen === null ? null : d.goalFen / 100]);
      for (const i of [3, 4, 5]) row.getCell(i).numFmt = '#,##0.00';
    }
  }
  trend.columns.forEach((col) => (col.width = 16));
  return new Uint8Array(await book.xlsx.writeBuffer());
}
