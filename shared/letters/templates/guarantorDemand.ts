import type { LetterTemplate } from './types';

/** 担保人履行保证责任通知书: demand on a joint-liability guarantor, within the guarantee period only. */
const base = { version: '2026.1', type: 'guarantor_demand', hasAmounts: true, hasDeadline: true, acknowledgement: true, sealArea: true } as const;
const REQUIRED = ['name_and_balance', 'reason_and_legal_basis', 'rights_and_duties', 'channels_check_repay_dispute', 'bank_contact', 'deadline', 'consequences', 'seal'] as const;

export const CN_GUARANTOR_DEMAND_ZH: LetterTemplate = {
  ...base,
  id: 'cn.guarantor_demand',
  language: 'zh-CN',
  title: '担保人履行保证责任通知书',
  salutation: '{{recipientName}}（证件号码：{{recipientIdMasked}}）：',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['reason_and_legal_basis'],
      text:
        '借款人{{borrowerName}}在我行办理的{{products}}（合同编号：{{contractNumbers}}）已逾期未还。您为上述借款提供连带责任保证，依据您签署的保证合同及《中华人民共和国民法典》第六百八十一条、第六百八十八条、第六百九十三条的规定，我行在保证期间内要求您在保证范围内承担保证责任。',
    },
    { statements: ['name_and_balance'], text: '截至{{asOfDate}}，借款人的欠款明细如下：' },
  ],
  closing: [
    {
      statements: ['name_and_balance', 'deadline'],
      emphasis: true,
      text: '以上合计{{totalFigures}}（大写：{{totalCapitals}}）。请您于{{deadline}}前（本通知书发出之日起{{deadlineDays}}个工作日内）在保证范围内代为清偿。',
    },
    {
      statements: ['consequences'],
      text:
        '如您在上述期限内未履行保证责任，我行可依法向有管辖权的人民法院提起诉讼，请求您在保证范围内承担清偿责任。您承担保证责任后，有权依照《中华人民共和国民法典》第七百条在承担责任的范围内向借款人追偿。',
    },
    {
      statements: ['rights_and_duties'],
      text:
        '您有权查询上述款项的计算依据，并可主张借款人对我行的抗辩。如对本通知所列事项有异议，请于还款期限届满前向我行书面提出并附相关证明材料，我行将在核实后答复。如借款人或您在收到本通知书前已归还上述款项，请忽略本通知。',
    },
    { statements: ['channels_check_repay_dispute'], text: '查询及还款渠道：{{repayChannels}}。异议受理电话：{{disputePhone}}。' },
    { statements: ['bank_contact'], text: '联系地址：{{branchAddress}}（邮编：{{branchPostcode}}）；联系电话：{{branchPhone}}。' },
    { statements: [], text: '特此通知。' },
  ],
};

export const CN_GUARANTOR_DEMAND_EN: LetterTemplate = {
  ...base,
  id: 'cn.guarantor_demand.en',
  language: 'en',
  title: "Notice to Guarantor to Perform the Guarantee",
  salutation: 'Dear {{recipientName}} (ID no. {{recipientIdMasked}}),',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['reason_and_legal_basis'],
      text:
        "The {{products}} of the borrower {{borrowerName}} with us (contract no. {{contractNumbers}}) is overdue. You guaranteed it with joint and several liability. Under the guarantee contract you signed and articles 681, 688 and 693 of the Civil Code of the PRC, we ask you, within the guarantee period, to perform your guarantee up to its scope.",
    },
    { statements: ['name_and_balance'], text: "As of {{asOfDate}}, the borrower's outstanding amounts are:" },
  ],
  closing: [
    {
      statements: ['name_and_balance', 'deadline'],
      emphasis: true,
      text: 'The total is {{totalFigures}} ({{totalCapitals}}). Please pay it, within the scope of your guarantee, by {{deadline}} ({{deadlineDays}} working days from the date of this notice).',
    },
    {
      statements: ['consequences'],
      text:
        "If you do not perform by then, we may bring a claim before the competent people's court for payment within the scope of the guarantee. Having paid, you may recover what you paid from the borrower (Civil Code article 700).",
    },
    {
      statements: ['rights_and_duties'],
      text:
        "You may ask how the amounts were calculated and may raise the borrower's defences. To dispute anything in this notice, write to us before the deadline with supporting documents; we will reply after checking. If the amounts were repaid before you received this notice, please disregard it.",
    },
    { statements: ['channels_check_repay_dispute'], text: 'To check the account and pay: {{repayChannels}}. Disputes: {{disputePhone}}.' },
    { statements: ['bank_contact'], text: 'Our address: {{branchAddress}} (postcode {{branchPostcode}}); telephone: {{branchPhone}}.' },
  ],
};
