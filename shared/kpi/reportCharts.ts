import type { BranchReport, ReportLine } from './report';
import type { ReportLabels } from './reportLabels';

/**
 * The report's charts as ECharts options: plain data, no functions, so the same option draws on the team board
 * (canvas) and in the PDF (ECharts' server-side SVG, embedded by pdfmake). Amounts in yuan on the axis; the
 * exact figures are in the tables beside each chart.
 */
export type ChartOption = Record<string, unknown>;

const yuan = (fen: number) => fen / 100;

interface ChartStyle {
  /** The font the PDF registers (LETTER_FONT); the screen leaves it to the page. */
  fontFamily?: string;
}

const base = (style: ChartStyle): ChartOption => ({
  animation: false,
  ...(style.fontFamily ? { textStyle: { fontFamily: style.fontFamily } } : {}),
  legend: { top: 0, ...(style.fontFamily ? { textStyle: { fontFamily: style.fontFamily } } : {}) },
  grid: { left: 80, right: 20, top: 36, bottom: 48 },
  yAxis: { type: 'value' },
});

/** 每日回款趋势: per day (bars), to date (line), and the target's pace over working days (dashed). */
export function trendChartOption(branch: Pick<BranchReport, 'days'>, l: ReportLabels, style: ChartStyle = {}): ChartOption {
  const hasGoal = branch.days.some((d) => d.goalFen !== null);
  return {
    ...base(style),
    xAxis: { type: 'category', data: branch.days.map((d) => d.date.slice(5)), axisLabel: { rotate: 45 } },
    series: [
      { name: l.trendAmount, type: 'bar', data: branch.days.map((d) => yuan(d.recoveredFen)) },
      { name: l.trendCumulative, type: 'line', data: branch.days.map((d) => yuan(d.cumulativeFen)) },
      ...(hasGoal ? [{ name: l.trendGoal, type: 'line', lineStyle: { type: 'dashed' }, data: branch.days.map((d) => yuan(d.goalFen ?? 0)) }] : []),
    ],
  };
}

/** 催收员回款与目标: each collector's amount recovered beside their share of the target, in rank order. */
export function collectorsChartOption(
  branch: { collectors: readonly Pick<ReportLine, 'name' | 'recoveredFen' | 'targetFen'>[]; target: unknown },
  l: ReportLabels, style: ChartStyle = {}): ChartOption {
  return {
    ...base(style),
    xAxis: { type: 'category', data: branch.collectors.map((c) => c.name), axisLabel: { interval: 0, rotate: branch.collectors.length > 8 ? 30 : 0 } },
    series: [
      { name: l.chartRecovered, type: 'bar', data: branch.collectors.map((c) => yuan(c.recoveredFen)) },
      ...(branch.target ? [{ name: l.chartTarget, type: 'bar', data: branch.collectors.map((c) => yuan(c.targetFen ?? 0)) }] : []),
    ],
  };
}
