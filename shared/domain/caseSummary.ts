import type { Case, Classification, Product } from './case';
import { CLASSIFICATIONS } from './case';
import { bucketOf, bucketRank, type Bucket } from './buckets';
import { totalOfAmounts } from './money';
import { maskPhone } from './masks';
import { pinyinKeysText } from './namePinyin';

/**
 * One flat row per case: what the case list shows, filters, sorts and searches. Derived from the case,
 * never edited on its own; the repository writes it in the same transaction as the case.
 */
export interface CaseRow {
  id: string;
  caseNumber: string;
  borrowerName: string;
  /** First active phone of the borrower, already masked (138****1234): the list shows it without decrypting
   * anything, and the mask is not personal data. The number itself is only in the (encrypted) case. */
  borrowerPhone: string | null;
  dpd: number;
  bucket: Bucket;
  bucketRank: number;
  totalFen: number;
  principalFen: number;
  /** Product of the largest account: what the collector thinks of the case as. */
  product: Product;
  products: Product[];
  accountCount: number;
  status: Case['status'];
  /** Worst classification over the accounts. */
  classification: Classification;
  classificationRank: number;
  risk: Case['risk'];
  officerId: string | null;
  officerName: string | null;
  branchCode: string;
  branchName: string;
  hasGuarantor: boolean;
  snapshotDate: string;
  /** When the case reached this device's portfolio (new high-risk cases go to My day). */
  createdAt: string;
  /** Earliest and latest main-debt due dates over the accounts (maturity, else overdue since): the start of the
   * limitation and guarantee periods, so My day can skip cases whose periods cannot end within its window. */
  earliestDueDate: string | null;
  latestDueDate: string | null;
  /** Lower-cased names, contract and case numbers: searched as substrings. Nothing here is sensitive. */
  searchText: string;
  /**
   * The parties' names in pinyin and by initials, each preceded by a space (' zhangsan zs'): staff type "zs" for
   * 张三 (shared/domain/namePinyin.ts). Optional: rows stored before store version 15 are re-derived by its upgrade.
   */
  pinyinKeys?: string;
  /**
   * Phone numbers, ID-number tails and account numbers as exact search terms (see sensitiveSearchTerms),
   * space-separated (one string, not an array: 100,000 rows make fewer objects for the garbage collector).
   * Only on a freshly derived row: the store never keeps them, it replaces them with `searchKeys`.
   */
  sensitiveTerms?: string;
  /** What the store keeps instead: the terms' keyed blind indexes (truncated HMAC), space-separated. */
  searchKeys?: string;
}

/** ID numbers are found by their tail (尾号) of 4 or 6 characters, or in full. */
const ID_TAIL_LENGTHS = [4, 6] as const;
/** Phones and account numbers: in full, or by the last 4 digits. */
const TAIL_LENGTH = 4;

/**
 * The exact terms a collector may search a case by that are personal data: a phone number or account
 * number in full or its last 4 digits, an ID number in full or its last 4 or 6 characters. Exact terms, not
 * substrings, because the store only keeps keyed hashes of them (blind indexes), and a hash matches whole.
 * Lower-cased like the search box (normalizeSearch), so an ID ending in X is found by "x" too.
 */
export function sensitiveSearchTerms(c: Case): string[] {
  const terms = new Set<string>();
  for (const p of c.parties) {
    const id = p.idNumber.toLowerCase();
    terms.add(id);
    for (const n of ID_TAIL_LENGTHS) terms.add(id.slice(-n));
    for (const ph of p.phones) {
      const digits = ph.number.replace(/\D/g, '');
      terms.add(digits);
      terms.add(digits.slice(-TAIL_LENGTH));
    }
  }
  for (const a of c.accounts) {
    terms.add(a.accountNumber);
    terms.add(a.accountNumber.slice(-TAIL_LENGTH));
  }
  terms.delete('');
  return [...terms];
}

export function summarizeCase(c: Case): CaseRow {
  const borrower = c.parties.find((p) => p.role === 'borrower') ?? c.parties[0]!;
  const accounts = [...c.accounts].sort((a, b) => totalOfAmounts(b.amounts) - totalOfAmounts(a.amounts));
  const main = accounts[0]!;
  const dpd = Math.max(...c.accounts.map((a) => a.dpd));
  const classificationRank = Math.max(...c.accounts.map((a) => CLASSIFICATIONS.indexOf(a.classification)));
  const bucket = bucketOf(dpd);
  const dueDates = c.accounts
    .map((a) => a.maturityDate ?? a.overdueSince)
    .filter((d): d is string => d !== null)
    .sort();
  // Names stay searchable as plain text: the rule pack rates them personal, not sensitive, and shows them
  // unmasked on the collector's own screen (masked only where a third party could see them).
  const searchParts = [...c.parties.map((p) => p.name), ...c.accounts.map((a) => a.contractNumber), c.caseNumber];
  const phone = borrower.phones.find((p) => p.retiredAt === null)?.number ?? null;
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    borrowerName: borrower.name,
    borrowerPhone: phone === null ? null : maskPhone(phone),
    dpd,
    bucket,
    bucketRank: bucketRank(bucket),
    totalFen: c.accounts.reduce((sum, a) => sum + totalOfAmounts(a.amounts), 0),
    principalFen: c.accounts.reduce((sum, a) => sum + a.amounts.principalFen, 0),
    product: main.product,
    products: [...new Set(c.accounts.map((a) => a.product))],
    accountCount: c.accounts.length,
    status: c.status,
    classification: CLASSIFICATIONS[classificationRank]!,
    classificationRank,
    risk: c.risk,
    officerId: c.assignment.officerId,
    officerName: c.assignment.officerName,
    branchCode: c.assignment.branchCode,
    branchName: c.assignment.branchName,
    hasGuarantor: c.parties.some((p) => p.role === 'guarantor'),
    snapshotDate: main.snapshotDate,
    createdAt: c.createdAt,
    earliestDueDate: dueDates[0] ?? null,
    latestDueDate: dueDates[dueDates.length - 1] ?? null,
    searchText: searchParts.join('\u0001').toLowerCase(),
    pinyinKeys: pinyinKeysText(c.parties.map((p) => p.name)),
    sensitiveTerms: sensitiveSearchTerms(c).join(' '),
  };
}
