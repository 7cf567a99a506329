import type { ReportColumn } from './reportColumns';

/**
 * The monthly report's words, per document language (a report, like a letter, is written in one language and
 * built off the UI thread, where the app's i18next is not loaded). zh-CN first.
 */
export type ReportLanguage = 'zh-CN' | 'en';

export interface ReportLabels {
  title: string;
  /** {{month}}, {{from}}, {{to}}, {{asOf}}, {{zone}} */
  period: string;
  branch: string;
  branchTotal: string;
  unassigned: string;
  targetLine: string;
  noTarget: string;
  collectorsTitle: string;
  trendTitle: string;
  trendDate: string;
  trendAmount: string;
  trendCumulative: string;
  trendGoal: string;
  collectorsChartTitle: string;
  chartRecovered: string;
  chartTarget: string;
  /** Reading note under the tables. */
  note: string;
  sheetSummary: string;
  sheetTrend: string;
  /** {{page}}, {{pages}} */
  pagePattern: string;
  columns: Record<ReportColumn, string>;
}

export const REPORT_LABELS: Record<ReportLanguage, ReportLabels> = {
  'zh-CN': {
    title: '清收业绩月报',
    period: '统计月份 {{month}}（{{from}} 至 {{to}}，截至 {{asOf}}，{{zone}}）',
    branch: '机构',
    branchTotal: '机构合计',
    unassigned: '未分派案件',
    targetLine: '本月目标：回款 {{recovered}}，出催 {{cured}} 户，成功率 {{rate}}',
    noTarget: '本月未设定目标',
    collectorsTitle: '催收员业绩（按回收率排名，行为指标并列）',
    trendTitle: '每日回款趋势',
    trendDate: '日期',
    trendAmount: '当日回款',
    trendCumulative: '累计回款',
    trendGoal: '目标进度',
    collectorsChartTitle: '催收员回款与目标',
    chartRecovered: '本月回款',
    chartTarget: '目标',
    note: '回收率 = 回款额 ÷ 期初欠款额；回款以核心系统入账为准，同一笔款项只计一次。本报表只含汇总数据，不含客户个人信息。',
    sheetSummary: '业绩汇总',
    sheetTrend: '每日回款',
    pagePattern: '第 {{page}} 页 / 共 {{pages}} 页',
    columns: {
      name: '催收员', cases: '案件数', openingOverdue: '期初欠款额', closingOverdue: '期末欠款额', recovered: '回款额',
      recoveryRate: '回收率', target: '回款目标', progress: '目标完成率', cured: '出催户数', curedTarget: '出催目标',
      promisesKept: '承诺履约率', contactsPerCase: '户均联系次数', rightPartyRate: '有效联系率', overrides: '主管放行次数',
      complaints: '投诉', complaintsPer1000: '每千次联系投诉数',
    },
  },
  en: {
    title: 'Monthly recovery report',
    period: 'Month {{month}} ({{from}} to {{to}}, as of {{asOf}}, {{zone}})',
    branch: 'Branch',
    branchTotal: 'Branch total',
    unassigned: 'Unassigned cases',
    targetLine: 'Target this month: recovered {{recovered}}, {{cured}} accounts cured, success rate {{rate}}',
    noTarget: 'No target set this month',
    collectorsTitle: 'Collectors (ranked by recovery rate, conduct beside the money)',
    trendTitle: 'Amount recovered per day',
    trendDate: 'Date',
    trendAmount: 'Recovered that day',
    trendCumulative: 'Recovered to date',
    trendGoal: 'Target pace',
    collectorsChartTitle: 'Recovered and target per collector',
    chartRecovered: 'Recovered this month',
    chartTarget: 'Target',
    note: 'Recovery rate = amount recovered ÷ overdue balance at the start; payments as booked by core banking, each sum of money once. Aggregates only: no personal data of any customer.',
    sheetSummary: 'Summary',
    sheetTrend: 'Per day',
    pagePattern: 'Page {{page}} of {{pages}}',
    columns: {
      name: 'Collector', cases: 'Cases', openingOverdue: 'Overdue at start', closingOverdue: 'Overdue at end', recovered: 'Recovered',
      recoveryRate: 'Recovery rate', target: 'Target', progress: 'Of target', cured: 'Cured', curedTarget: 'Cured target',
      promisesKept: 'Promises kept', contactsPerCase: 'Contacts per case', rightPartyRate: 'Right-party rate', overrides: 'Overrides',
      complaints: 'Complaints', complaintsPer1000: 'Complaints per 1,000',
    },
  },
};

export const fillLabel = (text: string, vars: Record<string, string | number>): string => text.replace(/\{\{(\w+)\}\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
