import { wallClockOf } from '../calendar';
import { formatFen } from '../domain/money';
import { TABLE_LAYOUT } from '../letters/layout';
import { BASE_STYLES, LETTER_FONT, PAGE_MARGINS, type PdfContent, type PdfNode } from '../letters/pdf';
import { formatPercent, fraction } from './fraction';
import type { BranchReport, MonthlyReport, ReportLine } from './report';
import { cellOf, formatCell, REPORT_COLUMNS, type ReportColumn } from './reportColumns';
import { fillLabel, type ReportLabels } from './reportLabels';

/**
 * The monthly report as a pdfmake document: the letters' font, styles, margins and table rules
 * (shared/letters/pdf.ts, layout.ts), on landscape A4 because sixteen columns do not fit a portrait page. The
 * charts arrive as SVG (ECharts' server-side rendering at the edge) and pdfmake draws them as vectors.
 */
export interface ReportCharts {
  trend: string;
  collectors: string;
}

export interface ReportDocDefinition {
  pageSize: 'A4';
  pageOrientation: 'landscape';
  pageMargins: [number, number, number, number];
  info: { title: string; author: string; subject: string; creator: string };
  defaultStyle: PdfNode;
  styles: Record<string, PdfNode>;
  content: PdfContent[];
  footer: (currentPage: number, pageCount: number) => PdfNode;
}

/** Landscape A4 is 842 pt wide: what is left between the letters' margins. */
export const REPORT_CONTENT_WIDTH = 842 - PAGE_MARGINS[0] - PAGE_MARGINS[2];

const STYLES: Record<string, PdfNode> = {
  ...BASE_STYLES,
  h2: { fontSize: 12, margin: [0, 8, 0, 3] },
  h3: { fontSize: 10, margin: [0, 6, 0, 2] },
  th: { fontSize: 7, fillColor: '#eeeeee' },
  td: { fontSize: 7 },
  tdTotal: { fontSize: 7, fillColor: '#f6f6f6' },
};

const NUMERIC: ReadonlySet<ReportColumn> = new Set(REPORT_COLUMNS.filter((c) => c !== 'name'));

function row(line: ReportLine, name: string, style: string): PdfNode[] {
  return REPORT_COLUMNS.map((c) => ({ text: formatCell(cellOf(line, c, name)), style, ...(NUMERIC.has(c) ? { alignment: 'right' } : {}) }));
}

function branchSection(b: BranchReport, l: ReportLabels, charts: ReportCharts | undefined, first: boolean): PdfContent[] {
  const header = REPORT_COLUMNS.map((c) => ({ text: l.columns[c], style: 'th', ...(NUMERIC.has(c) ? { alignment: 'right' } : {}) }));
  const body: PdfNode[][] = [header, ...b.collectors.map((c) => row(c, c.name, 'td'))];
  if (b.unassigned) body.push(row(b.unassigned, l.unassigned, 'td'));
  body.push(row(b.total, l.branchTotal, 'tdTotal'));
  const target = b.target
    ? fillLabel(l.targetLine, { recovered: formatFen(b.target.recoveredFen), cured: b.target.curedAccounts, rate: formatPercent(fraction(b.target.successRateBps, 10_000)) })
    : l.noTarget;
  const out: PdfContent[] = [
    { text: `${l.branch} ${b.branchCode}`, style: 'h2', ...(first ? {} : { pageBreak: 'before' }) },
    { text: target, style: 'body' },
    { text: l.collectorsTitle, style: 'h3' },
    { table: { headerRows: 1, widths: ['*', ...REPORT_COLUMNS.slice(1).map(() => 'auto')], body }, layout: TABLE_LAYOUT },
  ];
  if (charts) {
    const half = (REPORT_CONTENT_WIDTH - 16) / 2;
    out.push({
      columns: [
        { width: half, stack: [{ text: l.trendTitle, style: 'h3' }, { svg: charts.trend, width: half }] },
        { width: half, stack: [{ text: l.collectorsChartTitle, style: 'h3' }, { svg: charts.collectors, width: half }] },
      ],
      columnGap: 16,
      unbreakable: true,
    });
  }
  return out;
}

export function reportDocDefinition(report: MonthlyReport, l: ReportLabels, charts: readonly ReportCharts[] | null, generatedAt: string): ReportDocDefinition {
  // When it was made, on the branch's clock (the period's zone), as a person reads it: 2026-12-04 10:00.
  const made = wallClockOf(generatedAt, report.timeZone);
  const content: PdfContent[] = [
    { text: l.title, style: 'title' },
    { text: fillLabel(l.period, { month: report.month, from: report.from, to: report.to, asOf: report.asOf, zone: report.timeZone }), style: 'meta', alignment: 'center' },
  ];
  report.branches.forEach((b, i) => content.push(...branchSection(b, l, charts?.[i], i === 0)));
  content.push({ text: l.note, style: 'small', margin: [0, 8, 0, 0] });
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: PAGE_MARGINS,
    info: { title: `${l.title} ${report.month}`, author: 'Recovery Desk', subject: report.branches.map((b) => b.branchCode).join(', '), creator: 'Recovery Desk' },
    defaultStyle: { font: LETTER_FONT, fontSize: 8 },
    styles: STYLES,
    content,
    footer: (page, pages) => ({
      margin: [PAGE_MARGINS[0], 22, PAGE_MARGINS[2], 0],
      columns: [
        { text: `${l.title} ${report.month} · ${made.date} ${made.time}`, style: 'meta', width: '*' },
        { text: fillLabel(l.pagePattern, { page, pages }), style: 'meta', alignment: 'right', width: 120 },
      ],
    }),
  };
}
