import { instantAt, isTimeOfDay } from '../calendar';
import type { Case } from '../domain/case';
import { MoneyError, parseYuanToFen } from '../domain/money';
import { OUTCOMES, OUTCOME_CODES, type OutcomeCode } from '../fieldwork/outcomes';
import { depositDateOf } from '../reconciliation/depositFile';
import { PAYMENT_REFERENCE_MAX_LENGTH } from '../records/limits';

/**
 * An agency's results file 委外回传结果 (docs/domain.md, "Outsourcing"): one row per contact, payment or promise
 * it reports on a case it holds. This file decides what a row means; reading the bytes (CSV, XLSX) is the
 * import machinery's (server/import/extract.ts). Every row is a result or a list of problems naming the field.
 */

export const RESULT_FIELDS = ['caseNumber', 'kind', 'date', 'time', 'amount', 'channel', 'phone', 'outcome', 'reference', 'note'] as const;
export type ResultField = (typeof RESULT_FIELDS)[number];
const REQUIRED: readonly ResultField[] = ['caseNumber', 'kind', 'date'];

export const RESULT_HEADERS: Readonly<Record<ResultField, readonly string[]>> = {
  caseNumber: ['case_number', 'case', '案件编号', '案件号'],
  kind: ['kind', 'type', '类型', '结果类型'],
  date: ['date', '日期', '发生日期', '还款日期', '承诺日期'],
  time: ['time', '时间'],
  amount: ['amount', '金额', '金额（元）'],
  channel: ['channel', '方式', '联系方式'],
  phone: ['phone', '电话', '联系电话'],
  outcome: ['outcome', '结果', '联系结果'],
  reference: ['reference', '流水号', '交易流水号'],
  note: ['note', 'notes', '备注'],
};

const KINDS: Readonly<Record<string, 'contact' | 'payment' | 'promise'>> = { contact: 'contact', 联系: 'contact', 催收: 'contact', payment: 'payment', 还款: 'payment', 回款: 'payment', promise: 'promise', 承诺: 'promise', 承诺还款: 'promise' };
/** An agency reaches debtors by phone, SMS or e-mail; visits and letters go through the bank's own staff. */
const CHANNELS: Readonly<Record<string, 'phone' | 'sms' | 'email'>> = { phone: 'phone', 电话: 'phone', sms: 'sms', 短信: 'sms', email: 'email', 邮件: 'email', 电子邮件: 'email' };
const OUTCOME_NAMES: Readonly<Record<string, OutcomeCode>> = {
  ...Object.fromEntries(OUTCOME_CODES.map((c) => [c, c])),
  接通本人: 'right_party_contact', 承诺还款: 'promise', 拒绝还款: 'refusal', 异议: 'dispute', 困难: 'hardship', 无人接听: 'no_answer', 占线: 'busy', 错号: 'wrong_number', 空号: 'number_invalid', 第三方转告: 'third_party_message',
};
export const NOTE_MAX_LENGTH = 500;

export type ResultProblemCode = 'required' | 'unknown_case' | 'not_with_agency' | 'bad_kind' | 'bad_date' | 'future_date' | 'bad_time' | 'bad_amount' | 'bad_channel' | 'bad_outcome' | 'outcome_channel' | 'unknown_phone' | 'too_long' | 'duplicate_payment' | 'cell_unreadable';

export interface ResultProblem {
  rowNumber: number;
  field: ResultField | string;
  code: ResultProblemCode;
  params: Record<string, string | number>;
}

interface Base {
  rowNumber: number;
  caseId: string;
  caseNumber: string;
  note: string;
}
export type ResultRow =
  | (Base & { kind: 'contact'; at: string; channel: 'phone' | 'sms' | 'email'; partyId: string; phoneId: string | null; outcome: OutcomeCode })
  | (Base & { kind: 'payment'; paidOn: string; amountFen: number; reference: string | null })
  | (Base & { kind: 'promise'; dueDate: string; amountFen: number; madeAt: string });

export type ResultHeaderMap = Readonly<Partial<Record<ResultField, string>>>;

/** Which column holds each field; two columns for one field, or a required field missing, refuse the file. */
export function mapResultHeader(header: readonly string[]): { map: ResultHeaderMap } | { missing: ResultField[] } | { ambiguous: { field: ResultField; columns: string[] } } {
  const map: Partial<Record<ResultField, string>> = {};
  for (const field of RESULT_FIELDS) {
    const columns = header.filter((h) => RESULT_HEADERS[field].includes(h.trim().toLowerCase()));
    if (columns.length > 1) return { ambiguous: { field, columns } };
    if (columns[0] !== undefined) map[field] = columns[0];
  }
  const missing = REQUIRED.filter((f) => map[f] === undefined);
  return missing.length > 0 ? { missing } : { map };
}

/** What the reader knows of a case: found by its number, and whether the agency holds it now. */
export interface CaseLookup {
  case: Case;
  withAgency: boolean;
}

export interface ReadContext {
  map: ResultHeaderMap;
  caseByNumber: (caseNumber: string) => CaseLookup | null;
  /** The day the file is imported (Asia/Shanghai): nothing reported may be after it. */
  today: string;
  /** When the file is imported: a promise's madeAt (the file does not say when it was made). */
  nowIso: string;
  timeZone: string;
}

const digits = (s: string) => s.replace(/\D/g, '');

export function readResultRow(rowNumber: number, cells: Readonly<Record<string, string>>, ctx: ReadContext, unreadable: readonly string[] = []): { result: ResultRow } | { problems: ResultProblem[] } {
  const problems: ResultProblem[] = [];
  const fail = (field: ResultField, code: ResultProblemCode, params: Record<string, string | number> = {}) => problems.push({ rowNumber, field, code, params });
  const cell = (field: ResultField): string => {
    const column = ctx.map[field];
    if (column === undefined) return '';
    if (unreadable.includes(column)) {
      fail(field, 'cell_unreadable');
      return '';
    }
    return (cells[column] ?? '').trim();
  };
  const need = (field: ResultField): string => {
    const v = cell(field);
    if (v === '' && !problems.some((p) => p.field === field)) fail(field, 'required');
    return v;
  };

  const caseNumber = need('caseNumber');
  const found = caseNumber === '' ? null : ctx.caseByNumber(caseNumber);
  if (caseNumber !== '' && !found) fail('caseNumber', 'unknown_case', { value: caseNumber });
  else if (found && !found.withAgency) fail('caseNumber', 'not_with_agency', { value: caseNumber });

  const kindText = need('kind');
  const kind = KINDS[kindText.toLowerCase()];
  if (kindText !== '' && !kind) fail('kind', 'bad_kind', { value: kindText });

  const dateText = need('date');
  const date = dateText === '' ? null : depositDateOf(dateText);
  if (dateText !== '' && date === null) fail('date', 'bad_date', { value: dateText });
  // A promise's date is when the debtor will pay (after today is normal); anything else has happened already.
  if (date !== null && kind !== 'promise' && date > ctx.today) fail('date', 'future_date', { value: date, today: ctx.today });

  const note = cell('note');
  if (note.length > NOTE_MAX_LENGTH) fail('note', 'too_long', { max: NOTE_MAX_LENGTH });

  const amountOf = (): number => {
    const text = need('amount');
    if (text === '') return 0;
    try {
      const fen = parseYuanToFen(text);
      if (fen > 0) return fen;
    } catch (err) {
      if (!(err instanceof MoneyError)) throw err;
    }
    fail('amount', 'bad_amount', { value: text });
    return 0;
  };
  const timeText = cell('time');
  const time = timeText === '' ? '12:00' : /^\d{1,2}:\d{2}$/.test(timeText) ? timeText.padStart(5, '0') : null;
  if (time === null || !isTimeOfDay(time)) fail('time', 'bad_time', { value: timeText });

  const base = { rowNumber, caseId: found?.case.id ?? '', caseNumber, note };
  const at = () => instantAt(date!, time!, found?.case.timeZone ?? ctx.timeZone);

  if (kind === 'payment') {
    const amountFen = amountOf();
    const reference = cell('reference');
    if (reference.length > PAYMENT_REFERENCE_MAX_LENGTH) fail('reference', 'too_long', { max: PAYMENT_REFERENCE_MAX_LENGTH });
    if (problems.length > 0) return { problems };
    return { result: { ...base, kind, paidOn: date!, amountFen, reference: reference === '' ? null : reference } };
  }
  if (kind === 'promise') {
    const amountFen = amountOf();
    if (problems.length > 0) return { problems };
    return { result: { ...base, kind, dueDate: date!, amountFen, madeAt: ctx.nowIso } };
  }

  const channelText = kind === 'contact' ? need('channel') : '';
  const channel = CHANNELS[channelText.toLowerCase()];
  if (channelText !== '' && !channel) fail('channel', 'bad_channel', { value: channelText });
  const outcomeText = kind === 'contact' ? need('outcome') : '';
  const outcome = OUTCOME_NAMES[outcomeText] ?? OUTCOME_NAMES[outcomeText.toLowerCase()];
  if (outcomeText !== '' && !outcome) fail('outcome', 'bad_outcome', { value: outcomeText });
  if (outcome && channel && !OUTCOMES[outcome].channels.includes(channel)) fail('outcome', 'outcome_channel', { value: outcomeText, channel: channelText });

  const borrower = found?.case.parties.find((p) => p.role === 'borrower');
  let phoneId: string | null = null;
  if (channel === 'phone' || channel === 'sms') {
    const phoneText = need('phone');
    if (phoneText !== '' && borrower) {
      // The number must be one the bank holds for the borrower: an agency does not bring numbers of its own.
      const phone = borrower.phones.find((p) => p.retiredAt === null && digits(p.number) === digits(phoneText));
      if (phone) phoneId = phone.id;
      else fail('phone', 'unknown_phone', { value: phoneText });
    }
  }
  if (problems.length > 0 || kind !== 'contact' || !borrower || !channel || !outcome) return { problems };
  return { result: { ...base, kind, at: at(), channel, partyId: borrower.id, phoneId, outcome } };
}

/** Every row of a file: the results, and the rejections (a payment reference seen twice keeps its first row). */
export function readResultRows(rows: readonly { rowNumber: number; cells: Readonly<Record<string, string>>; unreadable?: readonly string[] }[], ctx: ReadContext): { results: ResultRow[]; rejections: ResultProblem[] } {
  const results: ResultRow[] = [];
  const rejections: ResultProblem[] = [];
  const references = new Map<string, number>();
  for (const row of rows) {
    const read = readResultRow(row.rowNumber, row.cells, ctx, row.unreadable);
    if ('problems' in read) {
      rejections.push(...read.problems);
      continue;
    }
    const r = read.result;
    if (r.kind === 'payment' && r.reference !== null) {
      const first = references.get(`${r.caseId}\u0000${r.reference}`);
      if (first !== undefined) {
        rejections.push({ rowNumber: r.rowNumber, field: 'reference', code: 'duplicate_payment', params: { other: first, value: r.reference } });
        continue;
      }
      references.set(`${r.caseId}\u0000${r.reference}`, r.rowNumber);
    }
    results.push(r);
  }
  return { results, rejections };
}
