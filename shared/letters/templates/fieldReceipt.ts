import type { LetterTemplate } from './types';

/** 收款收据: money taken in the field; its number is the receipt's own (SK-…), amounts in figures and capitals. */
const base = { version: '2026.1', type: 'field_receipt', hasAmounts: false, hasDeadline: false, acknowledgement: false, sealArea: true } as const;

export const CN_FIELD_RECEIPT_ZH: LetterTemplate = {
  ...base,
  id: 'cn.field_receipt',
  language: 'zh-CN',
  title: '收款收据',
  salutation: '',
  requiredStatements: ['seal'],
  paragraphs: [],
  closing: [{ statements: [], text: '客服电话：{{branchPhone}}；异议受理电话：{{disputePhone}}。' }],
};

export const CN_FIELD_RECEIPT_EN: LetterTemplate = {
  ...base,
  id: 'cn.field_receipt.en',
  language: 'en',
  title: 'Receipt (收款收据)',
  salutation: '',
  requiredStatements: ['seal'],
  paragraphs: [],
  closing: [{ statements: [], text: 'Customer service: {{branchPhone}}; disputes: {{disputePhone}}.' }],
};
