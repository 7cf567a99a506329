import { formatFen } from '../domain/money';

/**
 * How the evidence bundle's sections read in print (shared/legal/bundle.ts): a court reads Chinese, so each field
 * of a section's data is printed under its Chinese name and each code as its word (借款人, 连带责任保证, 挂号信…),
 * money as yuan. The hashed data keeps its own field names and codes, so anyone can recompute a section's
 * SHA-256 from the data; only the print is translated.
 */

const FIELDS: Readonly<Record<string, string>> = {
  caseNumber: '案件编号',
  parties: '当事人',
  accounts: '借款合同',
  name: '姓名',
  role: '身份',
  idNumber: '身份证号码',
  phones: '电话（脱敏）',
  addresses: '地址',
  guaranteeType: '保证方式',
  contractNumber: '合同编号',
  product: '产品',
  maturityDate: '到期日',
  overdueSince: '逾期起始日',
  asOf: '截至',
  principalFen: '本金',
  interestFen: '利息',
  penaltyFen: '罚息',
  feesFen: '费用',
  number: '编号',
  recipientName: '收件人',
  issueDate: '出具日期',
  delivery: '送达',
  method: '方式',
  trackingNumber: '邮件号',
  status: '状态',
  at: '时间',
  evidence: '送达凭证',
  letter: '函件编号',
  signedOn: '签收日期',
  signerType: '签收人身份',
  amountFen: '金额',
  receivedAt: '收款时间',
  payerName: '交款人',
};

const CODES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  role: { borrower: '借款人', co_borrower: '共同借款人', guarantor: '保证人', mortgagor: '抵押人' },
  guaranteeType: { joint: '连带责任保证', general: '一般保证' },
  product: { credit_card: '信用卡', consumer_loan: '个人消费贷款', business_loan: '个人经营贷款', mortgage: '个人住房贷款' },
  method: { registered_mail: '挂号信', ems: 'EMS', courier: '快递', hand_delivery: '当面送达', sms: '短信', email: '电子邮件' },
  status: { not_sent: '未寄出', sent: '已寄出', delivered: '已送达', returned: '已退回' },
  signerType: { self: '本人', cohabiting_adult_relative: '同住成年亲属', authorised_person: '授权代理人' },
};

/** A field's printed name (the field itself when it has none: a new field prints rather than vanishes). */
export const bundleFieldLabel = (field: string): string => FIELDS[field] ?? field;

/** A field's value as printed: codes as words, fen as yuan, nothing as a dash. Lists and objects are the caller's. */
export function bundleValueText(field: string, value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '—';
  if (field.endsWith('Fen') && typeof value === 'number') return formatFen(value);
  return CODES[field]?.[String(value)] ?? String(value);
}
