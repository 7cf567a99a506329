/** Conduct exceptions head office found, on the supervisor's device (docs/records.md, "Conduct exceptions"). */
const zhCN = {
  conductReview: {
    title: '合规异常待复核',
    subtitle: '总行用同一套规则和总行的时钟重新核查推送的联系、外访和函件；违规的记录照常保存（事情已经发生），在此等待主管复核。',
    loading: '正在读取合规异常…',
    empty: '没有待复核的合规异常。',
    ref: '异常编号 {{id}}',
    record: '{{kind}} · 案件 {{case}}',
    collector: '催收员：{{name}}',
    found: '总行发现于 {{when}}',
    times: '设备记录 {{claimed}}；总行收到 {{received}}（相差 {{minutes}} 分钟）',
    kind: { recordActivity: '催收记录', recordVisit: '外访', issueLetter: '函件' },
    clock: { device: '依据设备记录的时间', head_office: '依据总行收到的时间', both: '两个时间皆违规' },
    note: '复核说明（已采取的措施）',
    submit: '标记为已复核',
    saved: '已复核，同步后总行和后台可见。',
    error: {
      unknown: '本机没有这条合规异常，请先同步。',
      reviewed: '这条合规异常已经复核过。',
    },
    team: {
      title: '合规异常（按催收员）',
      note: '总行核查发现的违规记录：“待复核”等待主管复核，“本月”为本月总行发现的异常数（主管特批放行的不计）。',
      collector: '催收员',
      open: '待复核',
      reviewed: '已复核',
      month: '本月',
      none: '本网点没有合规异常。',
    },
  },
  kpi: { figure: { conductExceptions: '合规异常数' } },
  permissions: { action: { review_conduct: '复核合规异常' } },
};

const en: typeof zhCN = {
  conductReview: {
    title: 'Conduct exceptions to review',
    subtitle: 'Head office judges pushed contacts, visits and letters again with the same rules and its own clock; a record that broke a rule is kept (it happened) and waits here for a supervisor’s review.',
    loading: 'Reading conduct exceptions…',
    empty: 'No conduct exceptions to review.',
    ref: 'Exception no. {{id}}',
    record: '{{kind}} · case {{case}}',
    collector: 'Collector: {{name}}',
    found: 'Found by head office {{when}}',
    times: 'Device recorded {{claimed}}; head office received {{received}} ({{minutes}} minutes apart)',
    kind: { recordActivity: 'Contact', recordVisit: 'Visit', issueLetter: 'Letter' },
    clock: { device: 'by the time the device recorded', head_office: 'by the time head office received it', both: 'by both times' },
    note: 'Review note (what was done)',
    submit: 'Mark reviewed',
    saved: 'Reviewed; head office and the console see it after the next sync.',
    error: {
      unknown: 'This device does not hold that conduct exception; sync first.',
      reviewed: 'That conduct exception was already reviewed.',
    },
    team: {
      title: 'Conduct exceptions by collector',
      note: 'Records head office found in breach of a rule: “To review” wait for a supervisor; “This month” counts those head office found this month (not those an override let through).',
      collector: 'Collector',
      open: 'To review',
      reviewed: 'Reviewed',
      month: 'This month',
      none: 'No conduct exceptions in this branch.',
    },
  },
  kpi: { figure: { conductExceptions: 'Conduct exceptions' } },
  permissions: { action: { review_conduct: 'review conduct exceptions' } },
};

export const conductMessages = { 'zh-CN': zhCN, en };
