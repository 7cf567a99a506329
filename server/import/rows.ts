import type { Classification, Product } from '../../shared/domain/case';
import { CLASSIFICATIONS, PRODUCTS } from '../../shared/domain/case';
import { isValidIdNumber } from '../../shared/domain/idNumber';
import { MoneyError, parseYuanToFen } from '../../shared/domain/money';
import { UNDECODABLE, type ExtractRow } from './extract';

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

export const OPTIONAL_COLUMNS = [
  'case_number',
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

export interface Rejection {
  /** The file's row (header = 1); 0 for the file as a whole. */
  row: number;
  /** The case key (customer_no) when known. */
  customerNo: string;
  field: string;
  reason: string;
}

export interface Guarantor {
  name: string;
  idNumber: string;
  phones: string[];
  guaranteeType: 'joint' | 'general';
}

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
  address: { province: string; city: string; district: string; line: string; postcode: string } | null;
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
}

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

/** Checks one row; returns the account row, or the problems found (every one, not just the first). */
export function validateRow(row: ExtractRow): { ok: true; value: AccountRow } | { ok: false; rejections: Rejection[] } {
  const c = row.cells;
  const customerNo = c.customer_no ?? '';
  const problems: Rejection[] = [];
  const bad = (field: string, reason: string) => problems.push({ row: row.rowNumber, customerNo, field, reason });

  for (const [field, value] of Object.entries(c)) {
    if (value.includes(UNDECODABLE)) bad(field, 'contains bytes that are not text in the file’s encoding (expected UTF-8 or GB18030)');
    else if (value.startsWith('#unsafe-number:')) bad(field, 'a number too long for a spreadsheet number cell: store it as text');
  }
  const text = (field: string, required: boolean, max = 200): string => {
    const v = c[field] ?? '';
    if (required && v === '') bad(field, 'required');
    else if (v.length > max) bad(field, `longer than ${max} characters`);
    return v;
  };
  const fen = (field: string): number => {
    const v = c[field] ?? '';
    if (v === '') {
      bad(field, 'required');
      return 0;
    }
    try {
      return parseYuanToFen(v);
    } catch (err) {
      if (err instanceof MoneyError) {
        const why = { negative: 'must not be negative', too_many_decimals: 'at most 2 decimals (fen)', too_large: 'too large', invalid_format: 'not an amount in yuan', not_integer: 'not an amount in yuan' }[err.code];
        bad(field, `${why}: ${v}`);
        return 0;
      }
      throw err;
    }
  };
  /** A percentage with at most 2 decimals ("4.35" or "4.35%") as basis points, exactly. */
  const rate = (field: string): number => {
    const v = (c[field] ?? '').replace(/%$/, '');
    if (v === '') {
      bad(field, 'required');
      return 0;
    }
    if (!/^\d{1,4}(\.\d{1,2})?$/.test(v)) {
      bad(field, `not a rate in percent with at most 2 decimals: ${c[field]}`);
      return 0;
    }
    const bps = parseYuanToFen(v);
    if (bps > 100_000) bad(field, `rate above 1000%: ${c[field]}`);
    return bps;
  };
  const date = (field: string, required: boolean): string | null => {
    const v = c[field] ?? '';
    if (v === '') {
      if (required) bad(field, 'required');
      return null;
    }
    const d = parseDate(v);
    if (!d) bad(field, `not a real date (YYYY-MM-DD): ${v}`);
    return d;
  };
  const idNumber = (field: string, required: boolean): string => {
    const v = (c[field] ?? '').toUpperCase();
    if (v === '') {
      if (required) bad(field, 'required');
    } else if (!/^\d{17}[\dX]$/.test(v)) bad(field, 'an ID number is 17 digits and a check digit or X');
    else if (!isValidIdNumber(v)) bad(field, 'ID number checksum or birth date is wrong');
    return v;
  };
  const phones = (field: string): string[] => {
    const list = (c[field] ?? '')
      .split(/[;；]/)
      .map((p) => p.replace(/\s/g, ''))
      .filter((p) => p !== '');
    for (const p of list) if (!PHONE.test(p)) bad(field, `not a phone number: ${p}`);
    return [...new Set(list)];
  };

  if (customerNo === '') bad('customer_no', 'required');
  else if (!/^[A-Za-z0-9_-]{1,64}$/.test(customerNo)) bad('customer_no', 'letters, digits, _ and - only, at most 64');
  const caseNumber = text('case_number', false, 60) || null;
  const branchCode = text('branch_code', true, 20);
  const officerId = text('officer_id', false, 100) || null;
  const borrowerName = text('borrower_name', true, 60);
  const borrowerIdNumber = idNumber('borrower_id_number', true);
  const borrowerPhones = phones('borrower_phones');

  let address: AccountRow['address'] = null;
  const addr = { province: c.address_province ?? '', city: c.address_city ?? '', district: c.address_district ?? '', line: c.address_line ?? '', postcode: c.address_postcode ?? '' };
  if (addr.province || addr.city || addr.line || addr.postcode) {
    for (const k of ['province', 'city', 'line'] as const) if (!addr[k]) bad(`address_${k}`, 'required when any address column is filled');
    if (!/^\d{6}$/.test(addr.postcode)) bad('address_postcode', 'a postcode is 6 digits');
    address = addr;
  }

  const productText = c.product ?? '';
  const product = (PRODUCTS as readonly string[]).includes(productText) ? (productText as Product) : PRODUCT_ZH[productText];
  if (!product) bad('product', productText === '' ? 'required' : `not one of ${PRODUCTS.join(', ')}: ${productText}`);
  const accountNumber = c.account_number ?? '';
  if (!/^\d{12,19}$/.test(accountNumber)) bad('account_number', accountNumber === '' ? 'required' : 'an account number is 12-19 digits');
  const contractNumber = c.contract_number ?? '';
  if (contractNumber.length < 4 || contractNumber.length > 40) bad('contract_number', contractNumber === '' ? 'required' : 'a contract number is 4-40 characters');

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
  const dpdText = c.dpd ?? '';
  if (!/^\d{1,5}$/.test(dpdText)) bad('dpd', dpdText === '' ? 'required' : `days past due is a whole number, not negative: ${dpdText}`);
  const dpd = Number(dpdText);
  const overdueSince = date('overdue_since', false);
  const maturityDate = date('maturity_date', false);
  const snapshotDate = date('snapshot_date', true);
  if (overdueSince && snapshotDate && overdueSince > snapshotDate) bad('overdue_since', 'after the snapshot date');
  if (dpd > 0 && c.overdue_since === '') bad('overdue_since', 'required when dpd is above 0');

  const classText = c.classification ?? '';
  const classification = (CLASSIFICATIONS as readonly string[]).includes(classText) ? (classText as Classification) : CLASSIFICATION_ZH[classText];
  if (!classification) bad('classification', classText === '' ? 'required' : `not one of ${CLASSIFICATIONS.join(', ')}: ${classText}`);

  let guarantor: Guarantor | null = null;
  const gName = c.guarantor_name ?? '';
  const gId = c.guarantor_id_number ?? '';
  if (gName || gId || c.guarantor_phones || c.guarantor_type) {
    if (!gName) bad('guarantor_name', 'required when any guarantor column is filled');
    else if (gName.length > 60) bad('guarantor_name', 'longer than 60 characters');
    const gIdNumber = idNumber('guarantor_id_number', true);
    const gPhones = phones('guarantor_phones');
    const typeText = c.guarantor_type ?? '';
    // Civil Code art. 686: an unclear guarantee type counts as general.
    const guaranteeType = typeText === '' ? 'general' : typeText === 'joint' || typeText === 'general' ? typeText : GUARANTEE_ZH[typeText];
    if (!guaranteeType) bad('guarantor_type', `not joint or general: ${typeText}`);
    guarantor = { name: gName, idNumber: gIdNumber, phones: gPhones, guaranteeType: guaranteeType ?? 'general' };
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
    },
  };
}
