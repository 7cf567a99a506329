/** Strings of the monthly report panel, the daily goal on My day and the team board's collector chart (issue 15 §5–§6). zh-CN is the source. */
const zhCN = {
  kpiReport: {
    title: '业绩月报（上报）',
    how: '按月汇总欠款额、回款额、回收率及目标完成情况，分催收员和网点，附图表；只含汇总数据，不含客户个人信息。',
    month: '月份',
    thisMonth: '{{month}}（本月，截至今天）',
    asOf: '（{{month}}，数据截至 {{date}}）',
    language: '报表语言',
    generate: '生成月报',
    generating: '正在生成…',
    stage: {
      compute: '计算指标',
      charts: '绘制图表',
      xlsx: '生成 Excel',
      fonts: '加载字体',
      pdf: '生成 PDF',
    },
    ready: '月报已生成：{{branches}} 个网点，回款 {{recovered}}，回收率 {{rate}}',
    saveXlsx: '保存 Excel（XLSX）',
    savePdf: '保存 PDF',
    failed: '未能生成月报：{{message}}',
    saveFailed: '未能保存：{{message}}',
    fileName: '清收业绩月报',
  },
  kpiDay: {
    title: '今日目标',
    dayOff: '今天不是工作日',
    detail: '今日已回款 {{today}}；本月剩余目标 {{left}}，剩余 {{days}} 个工作日（含今天）',
  },
  kpiChart: {
    collectorsTitle: '催收员回款与目标',
    recovered: '本月回款',
    target: '目标',
    table: '催收员回款与目标（图表数据）',
  },
};

const en: typeof zhCN = {
  kpiReport: {
    title: 'Monthly report',
    how: 'Overdue balance, amount recovered, recovery rate and progress against target for the month, per collector and branch, with the charts; aggregates only, no personal data of any customer.',
    month: 'Month',
    thisMonth: '{{month}} (this month, to date)',
    asOf: '({{month}}, figures as of {{date}})',
    language: 'Report language',
    generate: 'Generate the report',
    generating: 'Generating…',
    stage: {
      compute: 'Computing the figures',
      charts: 'Drawing the charts',
      xlsx: 'Writing the workbook',
      fonts: 'Loading the font',
      pdf: 'Writing the PDF',
    },
    ready: 'Report ready: {{branches}} branch(es), recovered {{recovered}}, recovery rate {{rate}}',
    saveXlsx: 'Save Excel (XLSX)',
    savePdf: 'Save PDF',
    failed: 'Could not generate the report: {{message}}',
    saveFailed: 'Could not save: {{message}}',
    fileName: 'monthly-recovery-report',
  },
  kpiDay: {
    title: "Today's goal",
    dayOff: 'Today is not a working day',
    detail: 'Recovered today {{today}}; target left this month {{left}} over {{days}} working day(s), today included',
  },
  kpiChart: {
    collectorsTitle: 'Recovered and target per collector',
    recovered: 'Recovered this month',
    target: 'Target',
    table: 'Recovered and target per collector (chart data)',
  },
};

export const kpiReportMessages = { 'zh-CN': zhCN, en };
