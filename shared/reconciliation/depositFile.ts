import { isLocalDate } from '../calendar';
import { MoneyError, parseYuanToFen } from '../domain/money';

/**
 * A bank's deposit records for one day (docs/reconciliation.md): one row per deposit, the header in Chinese
 * or English. This file decides what a row means; reading the bytes (CSV, XLSX) is head office's job. Every
 * row is either a deposit or a list of problems naming the field: nothing is dropped without saying so.
 */

export const DEPOSIT_FIELDS = ['date', 'amount', 'account', 'reference', 'serial'] as const;
export type DepositField = (typeof DEPOSIT_FIELDS)[number];
export const REQUIRED_DEPOSIT_FIELDS: readonly DepositField[] = ['date', 'amount', 'account', 'reference'];

/** Header names accepted for each field (compared trimmed, lower case). */
export const DEPOSIT_HEADERS: Readonly<Record<DepositField, readonly string[]>> = {
  date: ['date', 'deposit_date', '日期', '交易日期', '存款日期', '入账日期', '记账日期'],
  amount: ['amount', 'amount_yuan', '金额', '交易金额', '存款金额', '入账金额', '贷方金额'],
  account: ['account', 'account_number', '账号', '收款账号', '入账账号', '账户'],
  reference: ['reference', '附言', '摘要', '备注', '用途', '交易附言'],
  serial: ['serial', 'transaction_id', '流水号', '交易流水号', '银行流水号'],
};

export const ACCOUNT_MAX_LENGTH = 64;
export const REFERENCE_MAX_LENGTH = 200;
export const SERIAL_MAX_LENGTH = 64;

/** Why a row (or the file) is refused. Texts: console i18n `reconciliation.problems.<code>`, docs/reconciliation.md. */
export type DepositProblemCode =
  | 'required'
  | 'bad_date'
  | 'other_day'
  | 'money_negative'
  | 'money_zero'
  | 'money_decimals'
  | 'money_format'
  | 'money_too_large'
  | 'too_long'
  | 'cell_unreadable'
  | 'duplicate_serial'
  | 'serial_already_stored';

export interface DepositProblem {
  rowNumber: number;
  field: DepositField | string;
  code: DepositProblemCode;
  params: Record<string, string | number>;
}

/** One deposit as the bank reported it; amounts in fen. */
export interface DepositRow {
  rowNumber: number;
  date: string;
  amountFen: number;
  account: string;
  reference: string;
  /** The bank's own transaction number, when the file has one: the same (account, serial) is stored once. */
  serial: string | null;
}

export type HeaderMap = Readonly<Partial<Record<DepositField, string>>>;

/**
 * Which file column holds each field. A field named by two columns is ambiguous, and a required field
 * nobody names is missing: either refuses the whole file (nothing in it is guessed).
 */
export function mapDepositHeader(header: readonly string[]): { map: HeaderMap } | { missing: DepositField[] } | { ambiguous: { field: DepositField; columns: string[] } } {
  const map: Partial<Record<DepositField, string>> = {};
  for (const field of DEPOSIT_FIELDS) {
    const columns = header.filter((h) => DEPOSIT_HEADERS[field].includes(h.trim().toLowerCase()));
    if (columns.length > 1) return { ambiguous: { field, columns } };
    if (columns[0] !== undefined) map[field] = columns[0];
  }
  const missing = REQUIRED_DEPOSIT_FIELDS.filter((f) => map[f] === undefined);
  return missing.length > 0 ? { missing } : { map };
}

/**
 * A date as banks write it: 2026-12-03, 2026/12/3, 20261203, or any of them followed by a time
 * (2026-12-03 14:05:00, 2026-12-03T14:05:00). Null when it is not a real day.
 */
export function depositDateOf(text: string): string | null {
  const m = /^(\d{4})(?:([-/])(\d{1,2})\2(\d{1,2})|(\d{2})(\d{2}))(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/.exec(text.trim());
  if (!m) return null;
  const [, y, , mo1, d1, mo2, d2] = m;
  const date = `${y}-${(mo1 ?? mo2 ?? '').padStart(2, '0')}-${(d1 ?? d2 ?? '').padStart(2, '0')}`;
  return isLocalDate(date) ? date : null;
}

const MONEY_CODES: Record<MoneyError['code'], DepositProblemCode> = {
  negative: 'money_negative',
  not_integer: 'money_format',
  invalid_format: 'money_format',
  too_many_decimals: 'money_decimals',
  too_large: 'money_too_large',
};

/**
 * One row of the file for `day`: the deposit, or every problem it has. `cells` are by file column name;
 * `unreadable` names columns whose cell could not be read as text (an XLSX error or formula cell, bytes that
 * are not text).
 */
export function readDepositRow(rowNumber: number, cells: Readonly<Record<string, string>>, map: HeaderMap, day: string, unreadable: readonly string[] = []): { deposit: DepositRow } | { problems: DepositProblem[] } {
  const problems: DepositProblem[] = [];
  const fail = (field: DepositField, code: DepositProblemCode, params: Record<string, string | number> = {}) => problems.push({ rowNumber, field, code, params });
  const cell = (field: DepositField): string | null => {
    const column = map[field];
    if (column === undefined) return '';
    if (unreadable.includes(column)) {
      fail(field, 'cell_unreadable');
      return null;
    }
    return (cells[column] ?? '').trim();
  };

  const dateText = cell('date');
  let date = '';
  if (dateText === '') fail('date', 'required');
  else if (dateText !== null) {
    const parsed = depositDateOf(dateText);
    if (parsed === null) fail('date', 'bad_date', { value: dateText });
    else if (parsed !== day) fail('date', 'other_day', { value: parsed, day });
    else date = parsed;
  }

  const amountText = cell('amount');
  let amountFen = 0;
  if (amountText === '') fail('amount', 'required');
  else if (amountText !== null) {
    try {
      amountFen = parseYuanToFen(amountText);
      if (amountFen === 0) fail('amount', 'money_zero', { value: amountText });
    } catch (err) {
      if (!(err instanceof MoneyError)) throw err;
      fail('amount', MONEY_CODES[err.code], { value: amountText });
    }
  }

  const text = (field: DepositField, max: number, required: boolean): string => {
    const v = cell(field);
    if (v === null) return '';
    if (v === '' && required) fail(field, 'required');
    else if (v.length > max) fail(field, 'too_long', { max });
    return v;
  };
  const account = text('account', ACCOUNT_MAX_LENGTH, true);
  const reference = text('reference', REFERENCE_MAX_LENGTH, false);
  const serial = text('serial', SERIAL_MAX_LENGTH, false);

  if (problems.length > 0) return { problems };
  return { deposit: { rowNumber, date, amountFen, account, reference, serial: serial === '' ? null : serial } };
}

/** Rows of one file: the deposits, and the rejections (a serial seen twice in the file keeps its first row). */
export function readDepositRows(
  rows: readonly { rowNumber: number; cells: Readonly<Record<string, string>>; unreadable?: readonly string[] }[],
  map: HeaderMap,
  day: string,
): { deposits: DepositRow[]; rejections: DepositProblem[] } {
  const deposits: DepositRow[] = [];
  const rejections: DepositProblem[] = [];
  const serialRows = new Map<string, number>();
  for (const row of rows) {
    const read = readDepositRow(row.rowNumber, row.cells, map, day, row.unreadable);
    if ('problems' in read) {
      rejections.push(...read.problems);
      continue;
    }
    const d = read.deposit;
    if (d.serial !== null) {
      const key = `${d.account}\u0000${d.serial}`;
      const first = serialRows.get(key);
      if (first !== undefined) {
        rejections.push({ rowNumber: d.rowNumber, field: 'serial', code: 'duplicate_serial', params: { other: first, serial: d.serial } });
        continue;
      }
      serialRows.set(key, d.rowNumber);
    }
    deposits.push(d);
  }
  return { deposits, rejections };
}
