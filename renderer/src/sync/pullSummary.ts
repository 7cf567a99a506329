/**
 * What a pull did, and what applying one page needs: plain data, so a page can be applied in the row-preparing
 * worker (store/encryption/prepared) and its part of the summary sent back (a leaf module: no imports).
 */

export interface PullSummary {
  pages: number;
  cases: number;
  /** Field records (activities, promises, plans, receipts … from any device) new or changed on this device. */
  records: number;
  evicted: number;
  /** Tombstones whose case still has pending outbox entries: kept until they are pushed. */
  deferred: number;
  badRecords: number;
  /** Published configuration versions (letterheads, calendar years, limits) new on this device. */
  configs?: number;
  reset: boolean;
}

export const emptyPullSummary = (): PullSummary => ({ pages: 0, cases: 0, records: 0, evicted: 0, deferred: 0, badRecords: 0, reset: false });

/** Adds one page's counts (applied elsewhere, from an empty summary) to the pull's. */
export function addPullSummary(into: PullSummary, page: PullSummary): void {
  into.cases += page.cases;
  into.records += page.records;
  into.evicted += page.evicted;
  into.deferred += page.deferred;
  into.badRecords += page.badRecords;
  if (page.configs !== undefined) into.configs = (into.configs ?? 0) + page.configs;
}

export interface ApplyPageOptions {
  /** The branch's waiver limit: a plan pulled from another device above it arrives pending approval. */
  branchWaiverLimitFen: number;
  at: string;
}

/** What the pull loop reads of a page before applying it (the rest stays where the page was prepared). */
export interface PageHead {
  cursor: string | null;
  from?: string | null;
  hasMore: boolean;
  resetRequired?: boolean;
}
