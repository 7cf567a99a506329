import type { Classification, Product, Risk } from '../../shared/domain/case';
import { CLASSIFICATIONS, PRODUCTS, RISKS } from '../../shared/domain/case';
import { isValidIdNumber } from '../../shared/domain/idNumber';
import { MoneyError, parseYuanToFen } from '../../shared/domain/money';
import { UNDECODABLE, type ExtractRow } from './extract';
import { problem, type ImportMessageCode, type ImportProblem, type MessageParams } from './messages';

/** The extract's columns (docs/import-format.md). Header names are matched case-insensitively. */
export const REQUIRED_COLUMNS = [
  'customer_no',
  'branch_code',
  'borrower_name',
  'borrower_id_number',
  'product',
  'account_number',
  'contract_number',
  'original_principal',
  'principal',
  'interest',
  'penalty',
  'compound',
  'fees',
  'contract_rate',
  'penalty_rate',
  'dpd',
  'classification',
  'snapshot_date',
] as const;

/** Optional columns: one a file does not have is "not provided" (head office keeps what it has), never "none". */
export const OPTIONAL_COLUMNS = [
  'case_number',
  // Core banking's own risk grade (低/中/高 or low/medium/high); empty: none. Head office never derives one.
  'risk_grade',
  'officer_id',
  'borrower_phones',
  'address_province',
  'address_city',
  'address_district',
  'address_line',
  'address_postcode',
  'overdue_since',
  'maturity_date',
  'guarantor_name',
  'guarantor_id_number',
  'guarantor_phones',
  'guarantor_type',
] as const;

export const ADDRESS_COLUMNS = ['address_province', 'address_city', 'address_district', 'address_line', 'address_postcode'] as const;

export interface Rejection extends ImportProblem {
  /** The file's row (header = 1); 0 for the file as a whole. */
  row: number;
  /** The case key (customer_no) when known. */
  customerNo: string;
  field: string;
}

export const rejection = (row: number, customerNo: string, field: string, code: ImportMessageCode, params: MessageParams = {}): Rejection => ({
  row,
  customerNo,
  field,
  ...problem(code, params),
});

export interface Guarantor {
  name: string;
  idNumber: string;
  phones: string[];
  /** null: the row does not say (general, unless another account of the guarantor says joint). */
  guaranteeType: 'joint' | 'general' | null;
}

export type RowAddress = { province: string; city: string; district: string; line: string; postcode: string };

/** One valid extract row: one account of one customer. Money in fen, rates in basis points. */
export interface AccountRow {
  rowNumber: number;
  customerNo: string;
  caseNumber: string | null;
  branchCode: string;
  officerId: string | null;
  borrowerName: string;
  borrowerIdNumber: string;
  borrowerPhones: string[];
  address: RowAddress | null;
  product: Product;
  accountNumber: string;
  contractNumber: string;
  originalPrincipalFen: number;
  principalFen: number;
  interestFen: number;
  penaltyFen: number;
  compoundFen: number;
  feesFen: number;
  contractRateBps: number;
  penaltyRateBps: number;
  dpd: number;
  overdueSince: string | null;
  maturityDate: string | null;
  classification: Classification;
  snapshotDate: string;
  guarantor: Guarantor | null;
  /** Core banking's risk grade for the customer (risk_grade); null: none given. */
  riskGrade: Risk | null;
}

const RISK_ZH: Record<string, Risk> = { 低: 'low', 中: 'medium', 高: 'high' };
const CLASSIFICATION_ZH: Record<string, Classification> = { 正常: 'pass', 关注: 'special_mention', 次级: 'substandard', 可疑: 'doubtful', 损失: 'loss' };
const PRODUCT_ZH: Record<string, Product> = { 信用卡: 'credit_card', 消费贷款: 'consumer_loan', 经营贷款: 'business_loan', 住房按揭: 'mortgage' };
const GUARANTEE_ZH: Record<string, 'joint' | 'general'> = { 连带责任保证: 'joint', 一般保证: 'general' };

/** A real calendar date written YYYY-MM-DD (or YYYY/MM/DD, YYYYMMDD), as YYYY-MM-DD. */
export function parseDate(text: string): string | null {
  const m = /^(\d{4})[-/]?(\d{2})[-/]?(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const PHONE = /^\+?[0-9-]{5,20}$/;

/**
 * Control characters (C0, DEL, C1: a line break or tab has no place in a name or one-line field), the
 * characters that reorder text on screen (bidirectional embeddings, overrides, isolates and marks, which can
 * make a name or account read as another), and lone surrogates (not text; PostgreSQL cannot store them).
 */
const isForbidden = (code: number) =>
  code <= 0x1f ||
  (code >= 0x7f && code <= 0x9f) ||
  code === 0x061c ||
  code === 0x200e ||
  code === 0x200f ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

export function forbiddenCharacter(value: string): string | null {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    let bad = isForbidden(code);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else bad = true;
    } else if (code >= 0xdc00 && code <= 0xdfff) bad = true;
    if (bad) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return null;
}

const MONEY_CODE: Record<MoneyError['code'], ImportMessageCode> = {
  negative: 'money_negative',
  too_many_decimals: 'money_decimals',
  too_large: 'money_too_large',
  invalid_format: 'money_format',
  not_integer: 'money_format',
};

/** Checks one row; returns the account row, or the problems found (every one, not just the first). */
export function validateRow(row: ExtractRow): { ok: true; value: AccountRow } | { ok: false; rejections: Rejection[] } {
  const c = row.cells;
  const customerNo = c.customer_no ?? '';
  const problems: Rejection[] = [];
  const bad = (field: string, code: ImportMessageCode, params: MessageParams = {}) => problems.push(rejection(row.rowNumber, customerNo, field, code, params));

  for (const p of row.problems ?? []) problems.push({ row: row.rowNumber, customerNo, field: p.field, ...p.problem });
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
  // A cell already reported above is not reported again as "required" or malformed.
  const cell = (field: string) => (unreadable.has(field) ? null : (c[field] ?? ''));

  const text = (field: string, required: boolean, max = 200): string => {
    const v = cell(field);
    if (v === null) return '';
    if (required && v === '') bad(field, 'required');
    else if (v.length > max) bad(field, 'too_long', { max });
    return v;
  };
  const fen = (field: string): number => {
    const v = cell(field);
    if (v === null) return 0;
    if (v === '') {
      bad(field, 'required');
      return 0;
    }
    try {
      return parseYuanToFen(v);
    } catch (err) {
      if (!(err instanceof MoneyError)) throw err;
      bad(field, MONEY_CODE[err.code], { value: v });
      return 0;
    }
  };
  /** A percentage with at most 2 decimals ("4.35" or "4.35%") as basis points, exactly. */
  const rate = (field: string): number => {
    const raw = cell(field);
    if (raw === null) return 0;
    const v = raw.replace(/%$/, '');
    if (v === '') {
      bad(field, 'required');
      return 0;
    }
    if (!/^\d{1,4}(\.\d{1,2})?$/.test(v)) {
      bad(field, 'rate_format', { value: raw });
      return 0;
    }
    const bps = parseYuanToFen(v);
    if (bps > 100_000) bad(field, 'rate_too_high', { value: raw });
    return bps;
  };
  const date = (field: string, required: boolean): string | null => {
    const v = cell(field);
    if (v === null) return null;
    if (v === '') {
      if (required) bad(field, 'required');
      return null;
    }
    const d = parseDate(v);
    if (!d) bad(field, 'bad_date', { value: v });
    return d;
  };
  const idNumber = (field: string, required: boolean): string => {
    const v = (cell(field) ?? '').toUpperCase();
    if (unreadable.has(field)) return v;
    if (v === '') {
      if (required) bad(field, 'required');
    } else if (!/^\d{17}[\dX]$/.test(v)) bad(field, 'id_format');
    else if (!isValidIdNumber(v)) bad(field, 'id_checksum');
    return v;
  };
  const phones = (field: string): string[] => {
    const list = (cell(field) ?? '')
      .split(/[;；]/)
      .map((p) => p.replace(/\s/g, ''))
      .filter((p) => p !== '');
    for (const p of list) if (!PHONE.test(p)) bad(field, 'bad_phone', { value: p });
    return [...new Set(list)];
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[], zh: Record<string, T>): T | undefined => {
    const v = cell(field);
    if (v === null) return undefined;
    const found = (allowed as readonly string[]).includes(v) ? (v as T) : zh[v];
    if (!found) bad(field, v === '' ? 'required' : 'not_one_of', { allowed: allowed.join(', '), value: v });
    return found;
  };

  if (customerNo === '') bad('customer_no', 'required');
  else if (!/^[A-Za-z0-9_-]{1,64}$/.test(customerNo)) bad('customer_no', 'customer_no_format');
  const caseNumber = text('case_number', false, 60) || null;
  const branchCode = text('branch_code', true, 20);
  const officerId = text('officer_id', false, 100) || null;
  const borrowerName = text('borrower_name', true, 60);
  const borrowerIdNumber = idNumber('borrower_id_number', true);
  const borrowerPhones = phones('borrower_phones');

  let address: RowAddress | null = null;
  const addr = { province: text('address_province', false), city: text('address_city', false), district: text('address_district', false), line: text('address_line', false), postcode: text('address_postcode', false) };
  if (addr.province || addr.city || addr.line || addr.postcode) {
    for (const k of ['province', 'city', 'line'] as const) if (!addr[k]) bad(`address_${k}`, 'required_with_address');
    if (!/^\d{6}$/.test(addr.postcode)) bad('address_postcode', 'postcode');
    address = addr;
  }

  const product = oneOf('product', PRODUCTS, PRODUCT_ZH);
  const accountNumber = cell('account_number') ?? '';
  if (!unreadable.has('account_number') && !/^\d{12,19}$/.test(accountNumber)) bad('account_number', accountNumber === '' ? 'required' : 'account_number');
  const contractNumber = cell('contract_number') ?? '';
  if (!unreadable.has('contract_number') && (contractNumber.length < 4 || contractNumber.length > 40)) bad('contract_number', contractNumber === '' ? 'required' : 'contract_number');

  const amounts = {
    originalPrincipalFen: fen('original_principal'),
    principalFen: fen('principal'),
    interestFen: fen('interest'),
    penaltyFen: fen('penalty'),
    compoundFen: fen('compound'),
    feesFen: fen('fees'),
  };
  const contractRateBps = rate('contract_rate');
  const penaltyRateBps = rate('penalty_rate');
  const dpdText = cell('dpd');
  if (dpdText !== null && !/^\d{1,5}$/.test(dpdText)) bad('dpd', dpdText === '' ? 'required' : 'dpd', { value: dpdText });
  const dpd = Number(dpdText ?? 0);
  const overdueSince = date('overdue_since', false);
  const maturityDate = date('maturity_date', false);
  const snapshotDate = date('snapshot_date', true);
  if (overdueSince && snapshotDate && overdueSince > snapshotDate) bad('overdue_since', 'overdue_after_snapshot');
  // Only when the file has the column: without it, head office keeps the date it has.
  if (dpd > 0 && c.overdue_since === '') bad('overdue_since', 'overdue_required');

  const classification = oneOf('classification', CLASSIFICATIONS, CLASSIFICATION_ZH);
  const riskGrade = cell('risk_grade') ? (oneOf('risk_grade', RISKS, RISK_ZH) ?? null) : null;

  let guarantor: Guarantor | null = null;
  const gName = text('guarantor_name', false, 60);
  if (gName || c.guarantor_id_number || c.guarantor_phones || c.guarantor_type) {
    if (!gName && !unreadable.has('guarantor_name')) bad('guarantor_name', 'required_with_guarantor');
    const gIdNumber = idNumber('guarantor_id_number', true);
    if (gIdNumber && gIdNumber === borrowerIdNumber) bad('guarantor_id_number', 'guarantor_is_borrower');
    const gPhones = phones('guarantor_phones');
    const typeText = cell('guarantor_type') ?? '';
    // Civil Code art. 686: an unclear guarantee type counts as general (decided over all the guarantor's rows).
    const guaranteeType = typeText === '' ? null : typeText === 'joint' || typeText === 'general' ? typeText : GUARANTEE_ZH[typeText];
    if (guaranteeType === undefined) bad('guarantor_type', 'guarantor_type', { value: typeText });
    guarantor = { name: gName, idNumber: gIdNumber, phones: gPhones, guaranteeType: guaranteeType ?? null };
  }

  if (problems.length > 0) return { ok: false, rejections: problems };
  return {
    ok: true,
    value: {
      rowNumber: row.rowNumber,
      customerNo,
      caseNumber,
      branchCode,
      officerId,
      borrowerName,
      borrowerIdNumber,
      borrowerPhones,
      address,
      product: product!,
      accountNumber,
      contractNumber,
      ...amounts,
      contractRateBps,
      penaltyRateBps,
      dpd,
      overdueSince,
      maturityDate,
      classification: classification!,
      snapshotDate: snapshotDate!,
      guarantor,
      riskGrade,
    },
  };
}
