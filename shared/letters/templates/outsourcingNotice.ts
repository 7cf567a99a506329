import type { LetterTemplate } from './types';

/**
 * 委外催收告知函: tells the debtor that the bank has engaged an outside agency, names it (and its licence), says
 * how to check it is genuine, and that the debt stays the bank's and is repaid only to the bank. It states the
 * balance like a demand, but sets no deadline and threatens nothing. docs/domain.md, "Outsourcing".
 */
const base = { version: '2026.1', type: 'outsourcing_notice', hasAmounts: true, hasDeadline: false, acknowledgement: false, sealArea: true } as const;
const REQUIRED = ['name_and_balance', 'reason_and_legal_basis', 'rights_and_duties', 'channels_check_repay_dispute', 'bank_contact', 'seal'] as const;

export const CN_OUTSOURCING_NOTICE_ZH: LetterTemplate = {
  ...base,
  id: 'cn.outsourcing_notice',
  language: 'zh-CN',
  title: '委外催收告知函',
  salutation: '{{recipientName}}（证件号码：{{recipientIdMasked}}）：',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance', 'reason_and_legal_basis'],
      text:
        '您在我行办理的{{products}}（合同编号：{{contractNumbers}}）已逾期。依据借款合同的约定，我行委托{{agencyName}}（统一社会信用代码／许可证号：{{agencyLicence}}）自本函发出之日起至{{agencyUntil}}协助我行就下列欠款与您联系。截至{{asOfDate}}，您的欠款明细如下：',
    },
  ],
  closing: [
    { statements: ['name_and_balance'], emphasis: true, text: '以上合计{{totalFigures}}（大写：{{totalCapitals}}）。' },
    {
      statements: ['rights_and_duties'],
      emphasis: true,
      text:
        '上述债权仍属于我行。请将还款直接存入我行账户或通过我行渠道归还，切勿向催收机构或任何个人的账户付款；催收机构及其工作人员无权向您收取任何款项。',
    },
    {
      statements: ['channels_check_repay_dispute'],
      text: '如需核实该机构是否受我行委托，请拨打{{agencyVerify}}，或致电我行{{branchPhone}}。查询及还款渠道：{{repayChannels}}。如对欠款或催收方式有异议或投诉，请致电{{disputePhone}}，我行将在核实后答复。',
    },
    { statements: ['bank_contact'], text: '联系地址：{{branchAddress}}（邮编：{{branchPostcode}}）；联系电话：{{branchPhone}}。' },
    { statements: [], text: '特此告知。' },
  ],
};

export const CN_OUTSOURCING_NOTICE_EN: LetterTemplate = {
  ...base,
  id: 'cn.outsourcing_notice.en',
  language: 'en',
  title: 'Notice of Outsourced Collection',
  salutation: 'Dear {{recipientName}} (ID no. {{recipientIdMasked}}),',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance', 'reason_and_legal_basis'],
      text:
        'Your {{products}} with us (contract no. {{contractNumbers}}) is overdue. Under the contract, we have engaged {{agencyName}} (licence / registration no. {{agencyLicence}}) to contact you on our behalf about the amounts below, from the date of this letter until {{agencyUntil}}. As of {{asOfDate}}, they are:',
    },
  ],
  closing: [
    { statements: ['name_and_balance'], emphasis: true, text: 'The total is {{totalFigures}} ({{totalCapitals}}).' },
    {
      statements: ['rights_and_duties'],
      emphasis: true,
      text: 'The debt remains owed to us. Pay only into our accounts or through our channels, never into an account of the agency or of any person; the agency and its staff may not take any payment from you.',
    },
    {
      statements: ['channels_check_repay_dispute'],
      text: 'To check that the agency acts for us, call {{agencyVerify}} or our branch on {{branchPhone}}. To check your account and repay: {{repayChannels}}. To dispute the amounts or complain about how you are contacted: {{disputePhone}}; we will reply after checking.',
    },
    { statements: ['bank_contact'], text: 'Our address: {{branchAddress}} (postcode {{branchPostcode}}); telephone: {{branchPhone}}.' },
  ],
};
