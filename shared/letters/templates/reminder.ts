import type { LetterTemplate } from './types';

/** 逾期还款提醒函: the early (M1) reminder, friendly in tone; still states the basis, rights and channels. */
const base = { version: '2026.1', type: 'reminder', hasAmounts: true, hasDeadline: true, acknowledgement: false, sealArea: true } as const;
const REQUIRED = ['name_and_balance', 'reason_and_legal_basis', 'rights_and_duties', 'channels_check_repay_dispute', 'bank_contact', 'deadline', 'seal'] as const;

export const CN_REMINDER_ZH: LetterTemplate = {
  ...base,
  id: 'cn.reminder',
  language: 'zh-CN',
  title: '逾期还款提醒函',
  salutation: '尊敬的{{recipientName}}：',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance', 'reason_and_legal_basis'],
      text:
        '感谢您一直以来对我行的支持。经核对，您在我行办理的{{products}}（合同编号：{{contractNumbers}}）本期款项尚未按合同约定足额归还。依据借款合同的约定及《中华人民共和国民法典》第六百七十四条至第六百七十六条的规定，逾期期间将按约定计收罚息、复利。截至{{asOfDate}}，欠款明细如下：',
    },
  ],
  closing: [
    {
      statements: ['name_and_balance', 'deadline'],
      emphasis: true,
      text: '以上合计{{totalFigures}}（大写：{{totalCapitals}}）。请您于{{deadline}}前归还，以免产生更多罚息、复利并影响您的信用记录。',
    },
    {
      statements: ['rights_and_duties'],
      text: '如您对上述金额有疑问或异议，或暂时存在还款困难，欢迎与我们联系，我行将核实并与您协商。如您已还款，请忽略本函。',
    },
    { statements: ['channels_check_repay_dispute'], text: '查询及还款渠道：{{repayChannels}}。异议受理电话：{{disputePhone}}。' },
    { statements: ['bank_contact'], text: '联系地址：{{branchAddress}}（邮编：{{branchPostcode}}）；联系电话：{{branchPhone}}。' },
  ],
};

export const CN_REMINDER_EN: LetterTemplate = {
  ...base,
  id: 'cn.reminder.en',
  language: 'en',
  title: 'Payment Reminder',
  salutation: 'Dear {{recipientName}},',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance', 'reason_and_legal_basis'],
      text:
        'Thank you for banking with us. Our records show that the latest repayment on your {{products}} (contract no. {{contractNumbers}}) has not been paid in full. Under the contract and articles 674 to 676 of the Civil Code of the PRC, penalty and compound interest accrue as agreed while it is overdue. As of {{asOfDate}}, the amounts outstanding are:',
    },
  ],
  closing: [
    {
      statements: ['name_and_balance', 'deadline'],
      emphasis: true,
      text: 'The total is {{totalFigures}} ({{totalCapitals}}). Please repay it by {{deadline}} to avoid further penalty and compound interest and an effect on your credit record.',
    },
    {
      statements: ['rights_and_duties'],
      text: 'If you have a question about the amount, wish to dispute it, or have difficulty repaying for now, please contact us: we will check and discuss it with you. If you have already repaid, please disregard this letter.',
    },
    { statements: ['channels_check_repay_dispute'], text: 'To check your account and repay: {{repayChannels}}. Disputes: {{disputePhone}}.' },
    { statements: ['bank_contact'], text: 'Our address: {{branchAddress}} (postcode {{branchPostcode}}); telephone: {{branchPhone}}.' },
  ],
};
