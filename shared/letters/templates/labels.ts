import type { LetterLanguage } from '../types';

/** Fixed words of the letter layout (table heads, 回执, footer) per language. Placeholders as in templates. */
export interface LetterLabels {
  bankHeader: string;
  numberLabel: string;
  noticeCount: string;
  verificationCode: string;
  templateLabel: string;
  copyMark: string;
  /** On a preview: not issued, no number taken; the issued letter is rendered again without it. */
  previewMark: string;
  voidMark: string;
  page: string;
  item: string;
  contract: string;
  product: string;
  accountNumber: string;
  originalPrincipal: string;
  principal: string;
  interest: string;
  penalty: string;
  compound: string;
  fees: string;
  projectedPenalty: string;
  accountTotal: string;
  total: string;
  asOfTotal: string;
  /** One payment deducted (after the snapshot, up to the letter date). */
  paidSince: string;
  paidSource: Record<string, string>;
  paidNote: string;
  amountInFigures: string;
  amountInCapitals: string;
  asOf: string;
  projectedNote: string;
  deadline: string;
  issuer: string;
  issueDate: string;
  sealArea: string;
  ackTitle: string;
  ackText: string;
  ackSignature: string;
  ackSealOrFingerprint: string;
  ackDate: string;
  ackSignerType: string;
  ackSelf: string;
  ackRelative: string;
  ackAgent: string;
  ackNumber: string;
  freeTextTitle: string;
  products: Record<string, string>;
  instalmentSeq: string;
  instalmentDue: string;
  instalmentAmount: string;
  downPayment: string;
  borrowerSignature: string;
  receipt: {
    number: string;
    payer: string;
    amount: string;
    amountCapitals: string;
    method: string;
    methods: Record<string, string>;
    cheque: string;
    receivedAt: string;
    collector: string;
    caseNumber: string;
    contracts: string;
    note: string;
    voided: string;
    payerSignature: string;
    collectorSignature: string;
  };
  labelsTitle: string;
  mailingTitle: string;
  mailing: { seq: string; number: string; recipient: string; address: string; postcode: string; tracking: string; sender: string; date: string; count: string };
}

const ZH: LetterLabels = {
  bankHeader: '{{bankName}}',
  numberLabel: '编号：{{number}}',
  noticeCount: '第 {{noticeCount}} 次通知',
  verificationCode: '校验码：{{code}}',
  templateLabel: '模板 {{templateId}} / {{templateVersion}}',
  copyMark: '副本',
  previewMark: '预览 未出具',
  voidMark: '作废',
  page: '{{page}} / {{pages}}',
  item: '项目',
  contract: '合同编号',
  product: '产品',
  accountNumber: '账号',
  originalPrincipal: '原始本金',
  principal: '本金',
  interest: '利息',
  penalty: '罚息',
  compound: '复利',
  fees: '费用',
  projectedPenalty: '预计罚息（{{from}}至{{to}}）',
  accountTotal: '小计',
  total: '合计',
  asOfTotal: '截至{{asOfDate}}合计',
  paidSince: '减：{{date}}已还款（{{source}}{{reference}}）',
  paidSource: { receipt: '上门收款，收据', transfer: '转账', core_banking: '我行系统入账', agency: '委外机构报告' },
  paidNote: '总行数据日期后至本函日期（{{letterDate}}）我行已记录的还款已逐笔扣除；尚未入账的款项以入账为准。',
  amountInFigures: '小写',
  amountInCapitals: '大写',
  asOf: '以上金额截至{{asOfDate}}（总行数据日期）',
  projectedNote: '“预计罚息”按合同罚息利率，以逾期本金 × 年利率 ÷ 360 × 天数计算至本函日期，属预计金额，实际以还款当日我行系统记载为准。',
  deadline: '还款期限：{{deadline}}前',
  issuer: '{{bankName}}',
  issueDate: '{{issueDate}}',
  sealArea: '盖章处',
  ackTitle: '回  执',
  ackText: '本人已收到编号为 {{number}} 的《{{title}}》。',
  ackSignature: '签收人签字：',
  ackSealOrFingerprint: '盖章或按指印：',
  ackDate: '签收日期：      年    月    日',
  ackSignerType: '签收人身份：',
  ackSelf: '本人',
  ackRelative: '同住成年亲属',
  ackAgent: '授权代理人',
  ackNumber: '回执编号：{{number}}',
  freeTextTitle: '附言',
  products: { credit_card: '信用卡', consumer_loan: '个人消费贷款', business_loan: '个人经营贷款', mortgage: '个人住房贷款' },
  instalmentSeq: '期次',
  instalmentDue: '还款日期',
  instalmentAmount: '金额',
  downPayment: '首付',
  borrowerSignature: '借款人（签字并按指印）：',
  receipt: {
    number: '收据编号',
    payer: '交款人',
    amount: '金额（小写）',
    amountCapitals: '金额（大写）',
    method: '交款方式',
    methods: { cash: '现金', transfer: '转账', cheque: '支票' },
    cheque: '支票号码',
    receivedAt: '收款时间',
    collector: '收款人',
    caseNumber: '案件编号',
    contracts: '合同编号',
    note: '本收据证明我行工作人员已收到上述款项，款项入账后用于归还上述合同项下的欠款，入账情况可通过我行客服电话查询。',
    voided: '本收据已作废：{{reason}}（{{at}}）',
    payerSignature: '交款人签字：',
    collectorSignature: '收款人签字：',
  },
  labelsTitle: '邮寄地址标签',
  mailingTitle: '邮寄清单',
  mailing: { seq: '序号', number: '编号', recipient: '收件人', address: '地址', postcode: '邮编', tracking: '邮件号码', sender: '寄件单位：{{bankName}}', date: '交寄日期：{{date}}', count: '共 {{count}} 件' },
};

const EN: LetterLabels = {
  bankHeader: '{{bankName}}',
  numberLabel: 'No. {{number}}',
  noticeCount: 'Notice no. {{noticeCount}}',
  verificationCode: 'Verification code: {{code}}',
  templateLabel: 'Template {{templateId}} / {{templateVersion}}',
  copyMark: 'COPY',
  previewMark: 'PREVIEW NOT ISSUED',
  voidMark: 'VOID',
  page: '{{page}} / {{pages}}',
  item: 'Item',
  contract: 'Contract no.',
  product: 'Product',
  accountNumber: 'Account',
  originalPrincipal: 'Original principal',
  principal: 'Principal',
  interest: 'Interest',
  penalty: 'Penalty interest',
  compound: 'Compound interest',
  fees: 'Fees',
  projectedPenalty: 'Projected penalty interest ({{from}} to {{to}})',
  accountTotal: 'Subtotal',
  total: 'Total',
  asOfTotal: 'Total as of {{asOfDate}}',
  paidSince: 'Less: paid on {{date}} ({{source}}{{reference}})',
  paidSource: { receipt: 'field receipt', transfer: 'transfer', core_banking: 'posted by the bank', agency: 'reported by our collection agency' },
  paidNote: 'Payments we recorded after the head-office data date, up to the date of this letter ({{letterDate}}), are deducted one by one; a payment not yet credited counts once it is credited.',
  amountInFigures: 'In figures',
  amountInCapitals: 'In Chinese capitals',
  asOf: 'Amounts as of {{asOfDate}} (head-office data date)',
  projectedNote:
    '"Projected penalty interest" is computed at the contract penalty rate as overdue principal × annual rate ÷ 360 × days up to the date of this letter. It is an estimate; the amount due is the one in our records on the day you pay.',
  deadline: 'Pay by: {{deadline}}',
  issuer: '{{bankName}}',
  issueDate: '{{issueDate}}',
  sealArea: 'Seal',
  ackTitle: 'Acknowledgement of receipt',
  ackText: 'I have received the "{{title}}" no. {{number}}.',
  ackSignature: 'Signature:',
  ackSealOrFingerprint: 'Seal or fingerprint:',
  ackDate: 'Date received:',
  ackSignerType: 'Signed by:',
  ackSelf: 'the addressee',
  ackRelative: 'an adult relative living with the addressee',
  ackAgent: 'an authorised person',
  ackNumber: 'Slip for no. {{number}}',
  freeTextTitle: 'Note',
  products: { credit_card: 'credit card', consumer_loan: 'personal consumer loan', business_loan: 'personal business loan', mortgage: 'home mortgage' },
  instalmentSeq: 'No.',
  instalmentDue: 'Due date',
  instalmentAmount: 'Amount',
  downPayment: 'Down payment',
  borrowerSignature: 'Borrower (signature and fingerprint):',
  receipt: {
    number: 'Receipt no.',
    payer: 'Paid by',
    amount: 'Amount (figures)',
    amountCapitals: 'Amount (Chinese capitals)',
    method: 'Method',
    methods: { cash: 'Cash', transfer: 'Bank transfer', cheque: 'Cheque' },
    cheque: 'Cheque no.',
    receivedAt: 'Received at',
    collector: 'Received by',
    caseNumber: 'Case no.',
    contracts: 'Contract no.',
    note: 'This receipt confirms that our staff received the amount above. Once credited it repays the contracts listed; you can check the crediting through our customer service line.',
    voided: 'This receipt is void: {{reason}} ({{at}})',
    payerSignature: 'Payer signature:',
    collectorSignature: 'Collector signature:',
  },
  labelsTitle: 'Address labels',
  mailingTitle: 'Mailing list',
  mailing: { seq: '#', number: 'No.', recipient: 'Addressee', address: 'Address', postcode: 'Postcode', tracking: 'Tracking no.', sender: 'Sender: {{bankName}}', date: 'Posted on: {{date}}', count: '{{count}} items' },
};

export const LETTER_LABELS: Record<LetterLanguage, LetterLabels> = { 'zh-CN': ZH, en: EN };
