import type { LetterTemplate } from './types';

/** 逾期贷款催收通知书: the formal demand; delivered with proof it interrupts the limitation period. */
const base = { version: '2026.1', type: 'demand_notice', hasAmounts: true, hasDeadline: true, acknowledgement: true, sealArea: true } as const;
const REQUIRED = ['name_and_balance', 'reason_and_legal_basis', 'rights_and_duties', 'channels_check_repay_dispute', 'bank_contact', 'deadline', 'consequences', 'seal'] as const;

export const CN_DEMAND_NOTICE_ZH: LetterTemplate = {
  ...base,
  id: 'cn.demand_notice',
  language: 'zh-CN',
  title: '逾期贷款催收通知书',
  salutation: '{{recipientName}}（证件号码：{{recipientIdMasked}}）：',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance', 'reason_and_legal_basis'],
      text:
        '您在我行办理的{{products}}（合同编号：{{contractNumbers}}）已逾期，未按合同约定按期足额还款。依据借款合同的约定及《中华人民共和国民法典》第五百零九条、第五百七十七条、第六百七十四条至第六百七十六条的规定，您应当按约定偿还借款本金、利息，并按约定支付逾期利息（罚息、复利）。截至{{asOfDate}}，您的欠款明细如下：',
    },
  ],
  closing: [
    {
      statements: ['name_and_balance', 'deadline'],
      emphasis: true,
      text: '以上合计{{totalFigures}}（大写：{{totalCapitals}}）。请您于{{deadline}}前（本通知书发出之日起{{deadlineDays}}个工作日内）全额归还。',
    },
    {
      statements: ['consequences'],
      text:
        '如您在上述期限内仍未归还，我行将按合同约定继续计收罚息、复利，并可依法向有管辖权的人民法院提起诉讼；您的逾期信息将依照《征信业管理条例》报送金融信用信息基础数据库。',
    },
    {
      statements: ['rights_and_duties'],
      text:
        '您有权查询上述款项的计算依据，有权就本通知所列事项提出异议。如有异议，请于还款期限届满前向我行书面提出并附相关证明材料，我行将在核实后答复，核实期间暂停对有争议部分的催收。如您确有还款困难，可与我行协商还款安排。如您在收到本通知书前已归还上述款项，请忽略本通知。',
    },
    {
      statements: ['channels_check_repay_dispute'],
      text: '查询及还款渠道：{{repayChannels}}。异议受理电话：{{disputePhone}}。',
    },
    {
      statements: ['bank_contact'],
      text: '联系地址：{{branchAddress}}（邮编：{{branchPostcode}}）；联系电话：{{branchPhone}}。',
    },
    { statements: [], text: '特此通知。' },
  ],
};

export const CN_DEMAND_NOTICE_EN: LetterTemplate = {
  ...base,
  id: 'cn.demand_notice.en',
  language: 'en',
  title: 'Notice of Overdue Loan Repayment',
  salutation: 'Dear {{recipientName}} (ID no. {{recipientIdMasked}}),',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance', 'reason_and_legal_basis'],
      text:
        'Your {{products}} with us (contract no. {{contractNumbers}}) is overdue: the repayments due under the contract have not been paid in full. Under the contract and articles 509, 577 and 674 to 676 of the Civil Code of the PRC, you are to repay the principal and interest as agreed and pay overdue interest (penalty and compound interest) as agreed. As of {{asOfDate}}, the amounts outstanding are:',
    },
  ],
  closing: [
    {
      statements: ['name_and_balance', 'deadline'],
      emphasis: true,
      text: 'The total is {{totalFigures}} ({{totalCapitals}}). Please repay it in full by {{deadline}} ({{deadlineDays}} working days from the date of this notice).',
    },
    {
      statements: ['consequences'],
      text:
        'If it is not repaid by then, penalty and compound interest will continue to accrue as the contract provides, and we may bring a claim before the competent people\'s court. Overdue information is reported to the national financial credit information database as the Regulation on the Administration of Credit Reporting provides.',
    },
    {
      statements: ['rights_and_duties'],
      text:
        'You may ask how the amounts were calculated and you may dispute anything in this notice. To dispute, write to us before the deadline with supporting documents; we will reply after checking, and will not pursue the disputed part while we check. If you have difficulty repaying, you may ask us to agree a repayment arrangement. If you repaid before receiving this notice, please disregard it.',
    },
    {
      statements: ['channels_check_repay_dispute'],
      text: 'To check your account and repay: {{repayChannels}}. Disputes: {{disputePhone}}.',
    },
    {
      statements: ['bank_contact'],
      text: 'Our address: {{branchAddress}} (postcode {{branchPostcode}}); telephone: {{branchPhone}}.',
    },
  ],
};
