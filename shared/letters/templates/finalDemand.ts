import type { LetterTemplate } from './types';

/** 最后催告函: the last demand before the bank sues; states that step plainly, and nothing beyond it. */
const base = { version: '2026.1', type: 'final_demand', hasAmounts: true, hasDeadline: true, acknowledgement: true, sealArea: true } as const;
const REQUIRED = ['name_and_balance', 'reason_and_legal_basis', 'rights_and_duties', 'channels_check_repay_dispute', 'bank_contact', 'deadline', 'consequences', 'seal'] as const;

export const CN_FINAL_DEMAND_ZH: LetterTemplate = {
  ...base,
  id: 'cn.final_demand',
  language: 'zh-CN',
  title: '最后催告函',
  salutation: '{{recipientName}}（证件号码：{{recipientIdMasked}}）：',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance', 'reason_and_legal_basis'],
      text:
        '您在我行办理的{{products}}（合同编号：{{contractNumbers}}）逾期未还，我行此前已{{previousNotices}}次向您发出催收通知。依据借款合同的约定及《中华人民共和国民法典》第五百七十七条、第六百七十五条、第六百七十六条的规定，您应当立即偿还全部欠款。截至{{asOfDate}}，您的欠款明细如下：',
    },
  ],
  closing: [
    {
      statements: ['name_and_balance', 'deadline'],
      emphasis: true,
      text: '以上合计{{totalFigures}}（大写：{{totalCapitals}}）。请您于{{deadline}}前（本函发出之日起{{deadlineDays}}个工作日内）全额归还，或与我行达成书面还款计划。',
    },
    {
      statements: ['consequences'],
      text:
        '如您在上述期限内仍未归还，也未与我行达成还款计划，我行将依法向有管辖权的人民法院提起诉讼，请求判令您偿还本金、利息、罚息、复利及合同约定由您承担的费用，具体金额以人民法院的裁判为准。',
    },
    {
      statements: ['rights_and_duties'],
      text: '您有权查询上述款项的计算依据并提出异议。如有异议，请于还款期限届满前向我行书面提出并附相关证明材料，我行将在核实后答复。如您在收到本函前已归还上述款项，请忽略本函。',
    },
    { statements: ['channels_check_repay_dispute'], text: '查询及还款渠道：{{repayChannels}}。异议受理电话：{{disputePhone}}。' },
    { statements: ['bank_contact'], text: '联系地址：{{branchAddress}}（邮编：{{branchPostcode}}）；联系电话：{{branchPhone}}。' },
    { statements: [], text: '特此函告。' },
  ],
};

export const CN_FINAL_DEMAND_EN: LetterTemplate = {
  ...base,
  id: 'cn.final_demand.en',
  language: 'en',
  title: 'Final Demand',
  salutation: 'Dear {{recipientName}} (ID no. {{recipientIdMasked}}),',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance', 'reason_and_legal_basis'],
      text:
        'Your {{products}} with us (contract no. {{contractNumbers}}) remains overdue; we have written to you about it {{previousNotices}} time(s) before. Under the contract and articles 577, 675 and 676 of the Civil Code of the PRC, the whole amount outstanding is now due. As of {{asOfDate}}, it is:',
    },
  ],
  closing: [
    {
      statements: ['name_and_balance', 'deadline'],
      emphasis: true,
      text: 'The total is {{totalFigures}} ({{totalCapitals}}). Please repay it in full by {{deadline}} ({{deadlineDays}} working days from the date of this letter), or agree a written repayment plan with us.',
    },
    {
      statements: ['consequences'],
      text:
        "If it is neither repaid nor covered by an agreed plan by then, we will bring a claim before the competent people's court for the principal, interest, penalty and compound interest and the costs the contract puts on you; the amounts will be those the court decides.",
    },
    {
      statements: ['rights_and_duties'],
      text: 'You may ask how the amounts were calculated and dispute them. To dispute, write to us before the deadline with supporting documents; we will reply after checking. If you repaid before receiving this letter, please disregard it.',
    },
    { statements: ['channels_check_repay_dispute'], text: 'To check your account and repay: {{repayChannels}}. Disputes: {{disputePhone}}.' },
    { statements: ['bank_contact'], text: 'Our address: {{branchAddress}} (postcode {{branchPostcode}}); telephone: {{branchPhone}}.' },
  ],
};
