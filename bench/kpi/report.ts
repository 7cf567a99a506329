// The monthly report (issue 15 §6) for a branch of 20,000 cases with 1,000,000 activities: computing its figures
// (shared/kpi/report.ts monthlyReport) and rendering it (two ECharts SVG charts, the XLSX by exceljs, the PDF by
// pdfmake with the letters' font), each timed, as the report worker does them. One JSON line per figure.
//   npx vite-node bench/kpi/report.ts [-- --runs 3]
import { CN_MAINLAND_CALENDAR } from '../../shared/calendar';
import { monthlyReport, type ReportTarget } from '../../shared/kpi/report';
import { collectorsChartOption, trendChartOption } from '../../shared/kpi/reportCharts';
import { REPORT_LABELS } from '../../shared/kpi/reportLabels';
import { reportDocDefinition } from '../../shared/kpi/reportPdf';
import { LETTER_FONT } from '../../shared/letters/pdf';
import { chartSvg } from '../../shared/kpi/reportSvg';
import { reportXlsx } from '../../shared/kpi/reportXlsx';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { syntheticInput } from './synthetic';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const branch = syntheticInput(20_000, 1_000_000, 1, 1);
const officers = [...new Set(branch.cases.map((c) => c.officerId!))].sort();
const target: ReportTarget = {
  branchCode: 'B0', recoveredFen: 120_000_000, curedAccounts: 1_200, successRateBps: 2_500,
  collectors: officers.map((officerId) => ({ officerId, recoveredFen: 10_000_000, curedAccounts: 100 })),
};
const options = {
  month: '2026-11', asOf: '2026-11-30', timeZone: 'Asia/Shanghai', graceDays: 3, calendar: CN_MAINLAND_CALENDAR, targets: [target],
  names: Object.fromEntries(officers.map((id, i) => [id, `催收员${i + 1}`])),
};
const labels = REPORT_LABELS['zh-CN'];
// pdfmake in Node with the letters' font by its path: the charts' SVG text is drawn by PDFKit itself, which opens
// the font file from disk, not from pdfmake's virtual file system (the browser worker hands it the bytes).
const FONT = fileURLToPath(new URL('../../resources/fonts/SourceHanSansSC-Regular.otf', import.meta.url));
const pdfmake = createRequire(import.meta.url)('pdfmake') as {
  setFonts(f: unknown): void; setUrlAccessPolicy(p: () => boolean): void; setLocalAccessPolicy(p: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Uint8Array> };
};
pdfmake.setFonts({ [LETTER_FONT]: { normal: FONT, bold: FONT, italics: FONT, bolditalics: FONT } });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path === FONT);

const result = { compute: [] as number[], compute_cpu: [] as number[], charts: [] as number[], xlsx: [] as number[], pdf: [] as number[], total: [] as number[] };
let sizes = { xlsx: 0, pdf: 0 };
// One warm-up run: pdfmake's font parsing and the modules' first use are paid once per worker, not per report.
for (let r = 0; r <= runs; r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const report = monthlyReport(branch, options);
  const t1 = performance.now();
  // CPU time of the figures: on the shared build machine the wall time is mostly waiting for a core.
  const cpu = process.cpuUsage(c0);
  const charts = report.branches.map((b) => ({ trend: chartSvg(trendChartOption(b, labels, { fontFamily: LETTER_FONT })), collectors: chartSvg(collectorsChartOption(b, labels, { fontFamily: LETTER_FONT })) }));
  const t2 = performance.now();
  const xlsx = await reportXlsx(report, labels, '2026-11-30T10:00:00Z');
  const t3 = performance.now();
  const pdf = await pdfmake.createPdf(reportDocDefinition(report, labels, charts, '2026-11-30T10:00:00Z')).getBuffer();
  const t4 = performance.now();
  if (r === 0) continue;
  result.compute.push(t1 - t0);
  result.compute_cpu.push((cpu.user + cpu.system) / 1000);
  result.charts.push(t2 - t1);
  result.xlsx.push(t3 - t2);
  result.pdf.push(t4 - t3);
  result.total.push(t4 - t0);
  sizes = { xlsx: xlsx.byteLength, pdf: pdf.byteLength };
}
const median = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
for (const [name, ms] of Object.entries(result)) {
  console.log(JSON.stringify({ suite: 'kpi', name: `monthly_report_${name}`, cases: 20_000, activities: 1_000_000, collectors: officers.length, median_ms: median(ms), runs, ...(name === 'total' ? { target: 1000, met: median(ms) < 1000, ...sizes } : {}) }));
}
