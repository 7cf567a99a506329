import { MoneyError, parseYuanToFen } from '../../shared/domain/money';
import { PAYMENT_REFERENCE_MAX_LENGTH } from '../../shared/records/limits';
import { UNDECODABLE, type ExtractRow } from '../import/extract';
import type { ImportMessageCode, MessageParams } from '../import/messages';
import { forbiddenCharacter, parseDate, rejection, type Rejection } from '../import/rows';

/** The repayment extract's columns (docs/import-format.md, "Repayment extract"), matched case-insensitively. */
export const PAYMENT_REQUIRED_COLUMNS = ['transaction_ref', 'account_number', 'amount', 'value_date'] as const;
export const PAYMENT_OPTIONAL_COLUMNS = ['customer_no', 'channel'] as const;

/** One valid row: one repayment the bank booked. */
export interface PaymentRow {
  rowNumber: number;
  reference: string;
  accountNumber: string;
  /** The customer the file says the account is of; checked against head office's case when given. */
  customerNo: string | null;
  amountFen: number;
  valueDate: string;
  /** How the money came in (柜面, 代扣, 转账 …), as the bank writes it: kept at head office, not sent to devices. */
  channel: string | null;
}

const REFERENCE = new RegExp(`^[A-Za-z0-9._/:-]{1,${PAYMENT_REFERENCE_MAX_LENGTH}}$`);

const MONEY_CODE: Record<MoneyError['code'], ImportMessageCode> = {
  negative: 'amount_not_positive',
  too_many_decimals: 'money_decimals',
  too_large: 'money_too_large',
  invalid_format: 'money_format',
  not_integer: 'money_format',
};

/** Checks one row on its own (every problem, not just the first); `today` is head office's date in Asia/Shanghai. */
export function validatePaymentRow(row: ExtractRow, today: string): { ok: true; value: PaymentRow } | { ok: false; rejections: Rejection[] } {
  const c = row.cells;
  const problems: Rejection[] = [];
  const customer = c.customer_no ?? '';
  const bad = (field: string, code: ImportMessageCode, params: MessageParams = {}) => problems.push(rejection(row.rowNumber, customer, field, code, params));
  for (const p of row.problems ?? []) problems.push({ row: row.rowNumber, customerNo: customer, field: p.field, ...p.problem });
  const unreadable = new Set((row.problems ?? []).map((p) => p.field));
  for (const [field, value] of Object.entries(c)) {
    if (value.includes(UNDECODABLE)) {
      bad(field, 'undecodable');
      unreadable.add(field);
      continue;
    }
    const character = forbiddenCharacter(value);
    if (character) {
      bad(field, 'forbidden_character', { character });
      unreadable.add(field);
    }
  }
  const cell = (field: string): string | null => (unreadable.has(field) ? null : (c[field] ?? ''));

  const reference = cell('transaction_ref');
  if (reference === '') bad('transaction_ref', 'required');
  else if (reference !== null && !REFERENCE.test(reference)) bad('transaction_ref', 'reference_format', { value: reference });

  const accountNumber = cell('account_number');
  if (accountNumber !== null && !/^\d{12,19}$/.test(accountNumber)) bad('account_number', accountNumber === '' ? 'required' : 'account_number');

  const customerNo = cell('customer_no');
  if (customerNo && !/^[A-Za-z0-9_-]{1,64}$/.test(customerNo)) bad('customer_no', 'customer_no_format');

  let amountFen = 0;
  const amount = cell('amount');
  if (amount === '') bad('amount', 'required');
  else if (amount !== null) {
    try {
      amountFen = parseYuanToFen(amount);
      if (amountFen <= 0) bad('amount', 'amount_not_positive', { value: amount });
    } catch (err) {
      if (!(err instanceof MoneyError)) throw err;
      bad('amount', MONEY_CODE[err.code], { value: amount });
    }
  }

  const valueText = cell('value_date');
  let valueDate: string | null = null;
  if (valueText === '') bad('value_date', 'required');
  else if (valueText !== null) {
    valueDate = parseDate(valueText);
    if (!valueDate) bad('value_date', 'bad_date', { value: valueText });
    else if (valueDate > today) bad('value_date', 'value_date_future', { value: valueDate, today });
  }

  const channel = cell('channel') ?? '';
  if (channel.length > 40) bad('channel', 'too_long', { max: 40 });

  if (problems.length > 0) return { ok: false, rejections: problems };
  return {
    ok: true,
    value: { rowNumber: row.rowNumber, reference: reference!, accountNumber: accountNumber!, customerNo: customerNo || null, amountFen, valueDate: valueDate!, channel: channel || null },
  };
}
