/// <reference lib="webworker" />
// The monthly report off the UI thread (issue 15 §6): the figures of a branch of 20,000 cases, two charts per
// branch, an XLSX and a PDF, while the screen shows the progress.
import pdfMake from 'pdfmake/build/pdfmake';
import { monthlyReport } from '../../../shared/kpi/report';
import { collectorsChartOption, trendChartOption } from '../../../shared/kpi/reportCharts';
import { REPORT_LABELS } from '../../../shared/kpi/reportLabels';
import { reportDocDefinition, type ReportCharts } from '../../../shared/kpi/reportPdf';
import { LETTER_FONT } from '../../../shared/letters/pdf';
import { chartSvg } from '../../../shared/kpi/reportSvg';
import { reportXlsx } from '../../../shared/kpi/reportXlsx';
import type { KpiReportRequest, KpiReportResponse, ReportStage } from './kpiReportProtocol';
import { loadPdfFonts, type PdfMakeBrowser } from './pdfFonts';

declare const self: DedicatedWorkerGlobalScope;

const pdf = pdfMake as unknown as PdfMakeBrowser;
const post = (message: KpiReportResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<KpiReportRequest>) => {
  const r = event.data;
  const progress = (stage: ReportStage, done: number, total: number) => post({ kind: 'progress', jobId: r.jobId, stage, done, total });
  try {
    progress('compute', 0, 1);
    const report = monthlyReport(r.input, {
      month: r.month, asOf: r.asOf, timeZone: r.timeZone, graceDays: r.graceDays, calendar: r.calendar, targets: r.targets, names: r.names,
    });
    const labels = REPORT_LABELS[r.language];
    const charts: ReportCharts[] = [];
    for (const [i, b] of report.branches.entries()) {
      progress('charts', i, report.branches.length);
      const style = { fontFamily: LETTER_FONT };
      charts.push({ trend: chartSvg(trendChartOption(b, labels, style)), collectors: chartSvg(collectorsChartOption(b, labels, style)) });
    }
    progress('xlsx', 0, 1);
    const xlsx = await reportXlsx(report, labels, r.generatedAt);
    progress('fonts', 0, 1);
    await loadPdfFonts(pdf);
    pdf.progressCallback = (fraction) => progress('pdf', Math.round(fraction * 100), 100);
    const bytes = new Uint8Array(await pdf.createPdf(reportDocDefinition(report, labels, charts, r.generatedAt)).getBuffer());
    pdf.progressCallback = undefined;
    const xlsxBuffer = xlsx.slice().buffer;
    const pdfBuffer = bytes.slice().buffer;
    post({ kind: 'report', jobId: r.jobId, report, xlsx: xlsxBuffer, pdf: pdfBuffer }, [xlsxBuffer, pdfBuffer]);
  } catch (error) {
    post({ kind: 'failed', jobId: r.jobId, message: String((error as Error)?.message ?? error) });
  }
};
