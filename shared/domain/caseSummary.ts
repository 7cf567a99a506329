import type { Case, Classification, Product } from './case';
import { CLASSIFICATIONS } from './case';
import { bucketOf, bucketRank, type Bucket } from './buckets';
import { totalOfAmounts } from './money';

/**
 * One flat row per case: what the case list shows, filters, sorts and searches. Derived from the case,
 * never edited on its own; the repository writes it in the same transaction as the case.
 */
export interface CaseRow {
  id: string;
  caseNumber: string;
  borrowerName: string;
  /** First active phone of the borrower, unmasked in the store; masked when shown. */
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
  /** Lower-cased names, phone digits, ID-number tails, account and contract numbers, for search. */
  searchText: string;
}

/** Only the tail is searchable: a collector asks for "the one ending 1234", never the full ID. */
const ID_TAIL_LENGTH = 6;

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
  const searchParts = [
    ...c.parties.map((p) => p.name),
    ...c.parties.flatMap((p) => p.phones.map((ph) => ph.number.replace(/\D/g, ''))),
    ...c.parties.map((p) => p.idNumber.slice(-ID_TAIL_LENGTH)),
    ...c.accounts.flatMap((a) => [a.accountNumber, a.contractNumber]),
    c.caseNumber,
  ];
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    borrowerName: borrower.name,
    borrowerPhone: borrower.phones.find((p) => p.retiredAt === null)?.number ?? null,
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
  };
}
