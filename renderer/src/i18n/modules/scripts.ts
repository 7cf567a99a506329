import type { Shape } from './panels/shape';

/** Strings of the call script panel (话术) on the case screen. zh-CN is the source. */
const zhCN = {
  scripts: {
    title: '通话话术',
    builtIn: '内置话术库',
    version: '话术库第 {{version}} 版',
    forSegment: '适用客群：{{segment}}',
    stages: {
      opening: '开场',
      verification: '身份核实',
      reason_finding: '了解原因',
      negotiation: '协商还款',
      promise_confirmation: '确认承诺',
      closing: '结束',
    },
    segments: {
      general: '通用',
      able_willing: '有能力有意愿',
      able_unwilling: '有能力无意愿',
      unable_willing: '无能力有意愿',
      unable_unwilling: '无能力无意愿',
      lost_contact: '失联',
      suspected_evasion: '疑似恶意逃废',
      unknown: '尚未了解',
    },
    excuses: '常见推脱与应答',
    filledNote: '高亮处取自本案（个人信息按规则包遮蔽）；方括号处本案暂无数据，请勿照读。',
    missing: {
      debtorName: '客户姓名',
      overdueAmount: '逾期金额',
      totalAmount: '欠款总额',
      dpd: '逾期天数',
      overdueSince: '逾期起始日',
      promiseAmount: '暂无承诺金额',
      promiseDueDate: '暂无承诺日期',
      accountNumber: '账号',
      branchName: '网点',
      collectorName: '您的姓名',
    },
  },
};

const en: Shape<typeof zhCN> = {
  scripts: {
    title: 'Call script',
    builtIn: 'built-in script library',
    version: 'script library version {{version}}',
    forSegment: 'For: {{segment}}',
    stages: {
      opening: 'Opening',
      verification: 'Verification',
      reason_finding: 'Finding the reason',
      negotiation: 'Negotiation',
      promise_confirmation: 'Confirming the promise',
      closing: 'Closing',
    },
    segments: {
      general: 'General',
      able_willing: 'Able and willing',
      able_unwilling: 'Able, unwilling',
      unable_willing: 'Unable, willing',
      unable_unwilling: 'Unable and unwilling',
      lost_contact: 'Lost contact',
      suspected_evasion: 'Suspected deliberate evasion',
      unknown: 'Not yet known',
    },
    excuses: 'Common excuses and answers',
    filledNote: 'Highlighted parts come from this case (personal data masked as the rule pack says); bracketed parts have no data yet: do not read them out.',
    missing: {
      debtorName: 'customer name',
      overdueAmount: 'overdue amount',
      totalAmount: 'total owed',
      dpd: 'days past due',
      overdueSince: 'overdue since',
      promiseAmount: 'no promised amount yet',
      promiseDueDate: 'no promised date yet',
      accountNumber: 'account number',
      branchName: 'branch',
      collectorName: 'your name',
    },
  },
};

export const scriptMessages = { 'zh-CN': zhCN, en };
