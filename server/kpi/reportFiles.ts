import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { MonthlyReport } from '../../shared/kpi/report';
import { collectorsChartOption, trendChartOption } from '../../shared/kpi/reportCharts';
import type { ReportLabels } from '../../shared/kpi/reportLabels';
import { reportDocDefinition, type ReportCharts } from '../../shared/kpi/reportPdf';
import { chartSvg } from '../../shared/kpi/reportSvg';
import { reportXlsx } from '../../shared/kpi/reportXlsx';
import { LETTER_FONT } from '../../shared/letters/pdf';

/**
 * The monthly report's files at head office: the device's XLSX and PDF definitions (shared/kpi/reportXlsx.ts,
 * reportPdf.ts) and its charts (ECharts' server-side SVG), drawn by pdfmake in Node with the letters' font
 * (Source Han Sans SC, regular face for every style as on the device), which pdfmake embeds as a subset.
 */
interface NodePdfmake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Buffer> };
}

let pdfmake: NodePdfmake | null = null;

/** pdfmake with the letters' font from resources/fonts under the working directory (the container copies it there), set up once per process. */
function reportPdfmake(): NodePdfmake {
  if (pdfmake) return pdfmake;
  const pm = createRequire(import.meta.url)('pdfmake') as NodePdfmake;
  const file = resolve(process.cwd(), 'resources/fonts', 'SourceHanSansSC-Regular.otf');
  if (!existsSync(file)) throw new Error(`the report font is missing: ${file}`);
  // By its path, not pdfmake's virtual files: the charts' SVG text is drawn by PDFKit, which opens the font
  // by the name pdfmake gives it. That one file is all a report may read; no URL at all.
  pm.setFonts({ [LETTER_FONT]: { normal: file, bold: file, italics: file, bolditalics: file } });
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((path) => resolve(path) === file);
  pdfmake = pm;
  return pm;
}

export function reportChartsOf(report: MonthlyReport, labels: ReportLabels): ReportCharts[] {
  const style = { fontFamily: LETTER_FONT };
  return report.branches.map((b) => ({ trend: chartSvg(trendChartOption(b, labels, style)), collectors: chartSvg(collectorsChartOption(b, labels, style)) }));
}

export async function reportPdfBytes(report: MonthlyReport, labels: ReportLabels, generatedAt: string): Promise<Buffer> {
  return reportPdfmake().createPdf(reportDocDefinition(report, labels, reportChartsOf(report, labels), generatedAt)).getBuffer();
}

export async function reportXlsxBytes(report: MonthlyReport, labels: ReportLabels, generatedAt: string): Promise<Buffer> {
  return Buffer.from(await reportXlsx(report, labels, generatedAt));
}
