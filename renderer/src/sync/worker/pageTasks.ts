import type { RowTasks } from '../../store/encryption/prepared/rowSealerHandler';
import { inThreadRowSealer } from '../../store/encryption/prepared/rowSealer';
import { applyPage, preparePage, type PreparedPage } from '../applyPage';
import { Failure, type SyncFailure } from '../failure';
import { pullPageFromBytes } from '../pageBytes';
import { emptyPullSummary, type ApplyPageOptions, type PageHead, type PullSummary } from '../pullSummary';

/** Pages prepared and not yet written that a worker keeps: the pull asks one page ahead, so a few is plenty. */
const KEPT_PAGES = 4;

export interface PageTaskInput {
  /** The cursor the page was asked from. */
  from: string | null;
  /** The answer's body as head office sent it. */
  bytes: ArrayBuffer;
}
/** The page kept in the worker under `id`, and what the pull loop reads of it; or the sync's own failure (a malformed answer). */
export type PageTaskOutput = { id: number; head: PageHead } | { failure: SyncFailure };

export interface ApplyTaskInput {
  id: number;
  options: ApplyPageOptions;
}
export type ApplyTaskOutput = PullSummary;

/**
 * The pull's tasks in the row-preparing worker (issue 18 §2), each worker with its own pages:
 * - `page`: the answer's bytes parsed and checked (pageBytes.ts), its cases checked, summarised, sealed and
 *   blind-indexed (preparePage, with the worker's keys), and the page kept until its turn;
 * - `apply`: that page written by applyPage, unchanged (cases, records, tombstones, outbox replay, bookkeeping
 *   and the cursor in one transaction), through the worker's own connection to the store; its counts back.
 * A worker that dies before `apply` answers has either committed the whole transaction or none of it.
 */
export function pullPageTasks(): RowTasks {
  const pages = new Map<number, PreparedPage>();
  let next = 1;
  return {
    async page(input, { cipher, store }): Promise<PageTaskOutput> {
      const { from, bytes } = input as PageTaskInput;
      let prepared: PreparedPage;
      try {
        prepared = await preparePage(from, pullPageFromBytes(bytes), inThreadRowSealer(cipher));
      } catch (error) {
        if (error instanceof Failure) return { failure: error.failure };
        throw error;
      }
      // Opened now, so a store that will not open here sends the page back to the UI thread before anything is written.
      await store();
      const id = next++;
      pages.set(id, prepared);
      // A page never written (the pull stopped before it) goes with the oldest.
      for (const old of pages.keys()) if (pages.size > KEPT_PAGES) pages.delete(old);
      const { page } = prepared;
      return { id, head: { cursor: page.cursor, from: page.from, hasMore: page.hasMore, resetRequired: page.resetRequired } };
    },
    async apply(input, { store }): Promise<ApplyTaskOutput> {
      const { id, options } = input as ApplyTaskInput;
      const prepared = pages.get(id);
      pages.delete(id);
      if (!prepared) throw new Error('the page to write was not prepared in this worker');
      const summary = emptyPullSummary();
      await applyPage(await store(), prepared, summary, options);
      return summary;
    },
  };
}
