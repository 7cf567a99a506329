import type { LetterTemplate } from './types';

/** 还款计划确认书: confirms an agreed plan; the signed copy is the borrower's agreement to perform. */
const base = { version: '2026.1', type: 'plan_confirmation', hasAmounts: false, hasDeadline: false, acknowledgement: false, sealArea: true } as const;
const REQUIRED = ['name_and_balance', 'rights_and_duties', 'channels_check_repay_dispute', 'bank_contact', 'seal'] as const;

export const CN_PLAN_CONFIRMATION_ZH: LetterTemplate = {
  ...base,
  id: 'cn.plan_confirmation',
  language: 'zh-CN',
  title: '还款计划确认书',
  salutation: '借款人：{{recipientName}}（证件号码：{{recipientIdMasked}}）',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance'],
      text:
        '借款人确认：截至{{asOfDate}}，借款人在{{bankName}}办理的{{products}}（合同编号：{{contractNumbers}}）尚欠款项{{outstandingFigures}}。经双方协商，借款人按下列计划归还{{planTotalFigures}}（大写：{{planTotalCapitals}}），共{{planCount}}期：',
    },
  ],
  closing: [
    {
      statements: ['rights_and_duties'],
      text:
        '借款人按期足额履行本计划的，我行同意对差额{{waiverFigures}}不再主张。任何一期未按期足额归还的，我行有权按原合同约定主张全部剩余欠款，已归还的款项予以扣除。本确认书不改变原合同的其他约定。',
    },
    { statements: ['channels_check_repay_dispute'], text: '还款渠道：{{repayChannels}}。如对还款记录有异议，请致电{{disputePhone}}。' },
    { statements: ['bank_contact'], text: '联系地址：{{branchAddress}}（邮编：{{branchPostcode}}）；联系电话：{{branchPhone}}。' },
  ],
};

export const CN_PLAN_CONFIRMATION_EN: LetterTemplate = {
  ...base,
  id: 'cn.plan_confirmation.en',
  language: 'en',
  title: 'Repayment Plan Confirmation',
  salutation: 'Borrower: {{recipientName}} (ID no. {{recipientIdMasked}})',
  requiredStatements: [...REQUIRED],
  paragraphs: [
    {
      statements: ['name_and_balance'],
      text:
        'The borrower confirms that as of {{asOfDate}} the amount outstanding on the {{products}} with {{bankName}} (contract no. {{contractNumbers}}) is {{outstandingFigures}}. As agreed, the borrower will repay {{planTotalFigures}} ({{planTotalCapitals}}) in {{planCount}} instalments:',
    },
  ],
  closing: [
    {
      statements: ['rights_and_duties'],
      text:
        'If the borrower pays every instalment in full and on time, we will not claim the difference of {{waiverFigures}}. If any instalment is not paid in full on time, we may claim the whole remaining amount under the original contract, less what has been paid. The other terms of the original contract are unchanged.',
    },
    { statements: ['channels_check_repay_dispute'], text: 'To repay: {{repayChannels}}. To query a payment record: {{disputePhone}}.' },
    { statements: ['bank_contact'], text: 'Our address: {{branchAddress}} (postcode {{branchPostcode}}); telephone: {{branchPhone}}.' },
  ],
};
