import type { Case } from '../../../shared/domain/case';
import type { CaseRow } from '../../../shared/domain/caseSummary';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import type { RecoveryDeskDb } from './database';

/** The only code that reads and writes cases in the local store. */
export class CaseRepository {
  /**
   * Turns an exact search term (a phone, ID-number tail, account number) into the blind index the list
   * rows keep instead of the term; undefined for a store opened without a cipher.
   */
  readonly searchKey: ((term: string) => string) | undefined;

  constructor(private readonly db: RecoveryDeskDb) {
    const cipher = db.fieldCipher;
    this.searchKey = cipher ? (term) => cipher.blind(term) : undefined;
  }

  count(): Promise<number> {
    return this.db.caseRows.count();
  }

  /** Every list row at once: the list filters and sorts in memory (see queryCaseRows). */
  listRows(): Promise<CaseRow[]> {
    return this.db.caseRows.toArray();
  }

  /** The most overdue cases first, straight from the DPD index: the list's default order, on screen at once. */
  mostOverdueRows(limit: number): Promise<CaseRow[]> {
    return this.db.caseRows.orderBy('dpd').reverse().limit(limit).toArray();
  }

  row(id: string): Promise<CaseRow | undefined> {
    return this.db.caseRows.get(id);
  }

  get(id: string): Promise<Case | undefined> {
    return this.db.cases.get(id);
  }

  /** Rows in a bucket, through the index: for views that need only a slice (e.g. My day). */
  rowsInBuckets(buckets: readonly string[]): Promise<CaseRow[]> {
    return this.db.caseRows.where('bucket').anyOf([...buckets]).toArray();
  }

  /** Writes cases and their list rows together, so the list never shows a row without its case. */
  async putCases(cases: readonly Case[]): Promise<void> {
    const rows = cases.map(summarizeCase);
    await this.db.transaction('rw', this.db.cases, this.db.caseRows, async () => {
      await this.db.cases.bulkPut([...cases]);
      await this.db.caseRows.bulkPut(rows);
    });
  }

  async clear(): Promise<void> {
    await this.db.transaction('rw', this.db.cases, this.db.caseRows, async () => {
      await this.db.cases.clear();
      await this.db.caseRows.clear();
    });
  }
}
