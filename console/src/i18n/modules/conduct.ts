import type { MessageShape } from './common';

/** Conduct re-checked at head office (docs/compliance.md, "Re-check at head office"). */
const zhCN = {
  nav: { conduct: '行为合规异常' },
  conduct: {
    title: '行为合规异常',
    intro: '设备推送的催收记录、外访和函件，总行用同一套规则再核一遍：用案件在所有设备上的全部记录计算频次，设备时钟可疑时也按总行收到的时间核对。违规的记录照常入账（事情已经发生），在此标为异常。',
    filter: { branchCode: '网点', userId: '催收员', ruleId: '规则', from: '发现日起', to: '发现日止' },
    apply: '筛选',
    none: '没有行为合规异常。',
    perCollector: '按催收员统计',
    list: '异常 {{n}} 条',
    col: {
      foundAt: '发现时间',
      case: '案件',
      user: '催收员',
      branch: '网点',
      record: '记录',
      rule: '规则与说明',
      clock: '依据的时钟',
      override: '主管特批',
      review: '主管复核',
      count: '异常数',
      rules: '按规则',
    },
    kind: { recordActivity: '催收记录', recordVisit: '外访', issueLetter: '函件' },
    clock: { device: '设备记录的时间', head_office: '总行收到的时间', both: '两者皆违规' },
    times: '设备记录 {{claimed}}；总行收到 {{received}}',
    skew: '相差 {{minutes}} 分钟',
    overridden: '已特批',
    reviewed: '{{who}} 已复核（{{when}}）：{{note}}',
    open: '待复核',
  },
};

const en: MessageShape<typeof zhCN> = {
  nav: { conduct: 'Conduct exceptions' },
  conduct: {
    title: 'Conduct exceptions',
    intro: 'Head office judges every pushed contact, visit and letter again with the same rules: frequency counted over the case’s records from every device, and the time checked against when head office received it where the device’s clock is suspect. A record that broke a rule is kept (it happened) and flagged here.',
    filter: { branchCode: 'Branch', userId: 'Collector', ruleId: 'Rule', from: 'Found from', to: 'Found to' },
    apply: 'Filter',
    none: 'No conduct exceptions.',
    perCollector: 'Per collector',
    list: '{{n}} exceptions',
    col: {
      foundAt: 'Found',
      case: 'Case',
      user: 'Collector',
      branch: 'Branch',
      record: 'Record',
      rule: 'Rule and why',
      clock: 'Clock',
      override: 'Override',
      review: 'Supervisor review',
      count: 'Exceptions',
      rules: 'By rule',
    },
    kind: { recordActivity: 'Contact', recordVisit: 'Visit', issueLetter: 'Letter' },
    clock: { device: 'Time the device recorded', head_office: 'Time head office received it', both: 'Both times' },
    times: 'Device: {{claimed}}; received: {{received}}',
    skew: '{{minutes}} minutes apart',
    overridden: 'Overridden',
    reviewed: 'Reviewed by {{who}} ({{when}}): {{note}}',
    open: 'To review',
  },
};

export default { 'zh-CN': zhCN, en };
