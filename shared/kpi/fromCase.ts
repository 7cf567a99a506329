import { bucketOf } from '../domain/buckets';
import type { Account, Product } from '../domain/case';
import type { CaseRow } from '../domain/caseSummary';
import { totalOfAmounts } from '../domain/money';
import type { KpiCase, SnapshotRow } from './inputs';

type CaseLine = Pick<CaseRow, 'id' | 'branchCode' | 'officerId' | 'product' | 'snapshotDate' | 'dpd' | 'bucket' | 'totalFen' | 'principalFen'>;

/**
 * A case's figures from its accounts, as the case list derives them (shared/domain/caseSummary.ts
 * summarizeCase): worst DPD, total and principal over the accounts, the largest account's product and
 * snapshot date. Head office reads these from the case itself, without building the whole list row.
 */
export function caseLineOf(id: string, branchCode: string, officerId: string | null, accounts: readonly Pick<Account, 'amounts' | 'dpd' | 'product' | 'snapshotDate'>[]): CaseLine {
  let main = accounts[0]!;
  let mainTotal = totalOfAmounts(main.amounts);
  let dpd = 0;
  let totalFen = 0;
  let principalFen = 0;
  for (const a of accounts) {
    const t = totalOfAmounts(a.amounts);
    // The first account of the largest total, as the list's stable sort picks it.
    if (t > mainTotal) {
      main = a;
      mainTotal = t;
    }
    dpd = Math.max(dpd, a.dpd);
    totalFen += t;
    principalFen += a.amounts.principalFen;
  }
  return { id, branchCode, officerId, product: main.product as Product, snapshotDate: main.snapshotDate, dpd, bucket: bucketOf(dpd), totalFen, principalFen };
}

export const kpiCaseOf = (c: CaseLine): KpiCase => ({ id: c.id, branchCode: c.branchCode, officerId: c.officerId, product: c.product });

/** The case as last imported, as one snapshot row (all the device knows of its history). */
export const snapshotOf = (c: CaseLine): SnapshotRow => ({
  caseId: c.id, date: c.snapshotDate, bucket: c.bucket, dpd: c.dpd, overdueFen: c.totalFen, principalFen: c.principalFen,
});
