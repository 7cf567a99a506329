import type { MessageShape } from './common';

/** Legal referrals at head office (docs/server.md, "Legal recovery"). */
const zhCN = {
  nav: { legal: '诉讼申请' },
  legal: {
    title: '诉讼申请',
    intro: '支行主管同意的诉讼申请在此由总行法律部门受理或退回；受理后可立案并记录开庭、判决、执行与结案。',
    status: '状态',
    all: '全部',
    none: '没有符合条件的诉讼申请。',
    missing: '缺',
    reason: '受理或退回意见',
    accept: '受理',
    return: '退回',
    supervisor: '主管 {{by}}：{{reason}}',
    proceeding: { suit: '起诉', arbitration: '仲裁', payment_order: '支付令', security_realisation: '实现担保物权' },
    referralStatus: { proposed: '待主管审批', approved: '待总行受理', rejected: '主管未同意', accepted: '总行已受理', returned: '总行退回' },
    evidence: { contract: '借款合同', statement: '欠款明细', demand_letter: '催收函及送达凭证', guarantor_notice: '担保人通知', acknowledgement: '签收回执', receipt: '收款收据' },
  },
  errors: {
    legal_conflict: '该诉讼申请的状态已变化，无法执行此操作。',
    legal_date: '{{step}}的日期 {{date}} 早于{{after}}的日期 {{earliest}}，请核对日期。',
    legal_invalid: '总行未接受该步骤：日期早于本案此前的步骤，或内容与案件不符（{{message}}）。',
    legal_not_found: '总行没有该诉讼申请或诉讼案件。',
    legal_forbidden: '无权执行此操作。',
  },
};

const en: MessageShape<typeof zhCN> = {
  nav: { legal: 'Legal referrals' },
  legal: {
    title: 'Legal referrals',
    intro: 'Referrals a branch supervisor approved are accepted or returned here by head office’s legal staff; an accepted one can then be filed, with its hearings, judgment, enforcement and closure.',
    status: 'Status',
    all: 'All',
    none: 'No referral matches.',
    missing: 'missing',
    reason: 'Reason for accepting or returning',
    accept: 'Accept',
    return: 'Return',
    supervisor: 'Supervisor {{by}}: {{reason}}',
    proceeding: { suit: 'Suit', arbitration: 'Arbitration', payment_order: 'Payment order', security_realisation: 'Realisation of security' },
    referralStatus: { proposed: 'Awaiting the supervisor', approved: 'Awaiting head office', rejected: 'Not approved', accepted: 'Accepted', returned: 'Returned' },
    evidence: { contract: 'Loan contract', statement: 'Statement of amounts', demand_letter: 'Demand letters with proof', guarantor_notice: 'Guarantor notices', acknowledgement: 'Signed return receipts', receipt: 'Receipts' },
  },
  errors: {
    legal_conflict: 'The referral has moved on; this cannot be done now.',
    legal_date: '{{step}}: dated {{date}}, before the {{after}} ({{earliest}}). Check the date.',
    legal_invalid: 'Head office did not accept the step: it is dated before an earlier step of the case, or does not fit the case ({{message}}).',
    legal_not_found: 'Head office has no such referral or legal case.',
    legal_forbidden: 'You may not do this.',
  },
};

export default { 'zh-CN': zhCN, en };
