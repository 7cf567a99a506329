import { PULL_MAX_LIMIT, PullResponseSchema, type PullRequest } from '../../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import type { RecoveryDeskDb } from '../store/database';
import { readCursor, startFreshDownload } from './repository/syncStatus';
import { applyPage, emptyPullSummary, preparePage, type PullSummary } from './applyPage';
import { fail } from './failure';
import { parseAnswer, type Transport } from './transport';
import { addPullSummary, type ApplyPageOptions, type PageHead } from './pullSummary';
import { pullPageFromBytes } from './pageBytes';
import { pageInWorker } from './worker/pageInWorker';
import type { PullResponse } from '../../../shared/sync/protocol';

/**
 * Pull: the scope's changes since the cursor, page by page, each page applied (applyPage) while head office
 * builds the next one, and only as the answer to the cursor it was asked from (head office echoes it). A fresh
 * download when head office asks for one; the outbox is kept and still pushed.
 */

export interface PullOptions {
  db: RecoveryDeskDb;
  transport: Transport;
  /** Changes per pull page (at most PULL_MAX_LIMIT). */
  pageSize?: number;
  /** The branch's waiver limit: a plan pulled from another device above it arrives pending approval. */
  /** A number, or read at each page (head office's published limits may arrive in the same pull). */
  branchWaiverLimitFen: number | (() => number);
  now: () => Date;
}

export function pullPageSize(requested: number | undefined): number {
  // Pages of 2,000 rather than PULL_MAX_LIMIT even for a first sync: with the next page fetched while one is
  // written, a smaller first page starts the overlap sooner (docs/benchmarks.md, Sync).
  return Math.min(Math.max(1, Math.floor(requested ?? 2000)), PULL_MAX_LIMIT);
}

/** A page answered and prepared, in this thread or in a row-preparing worker, waiting for its turn to be written. */
interface PageInHand {
  /** The cursor it was asked from. */
  from: string | null;
  head: PageHead;
  apply(summary: PullSummary, options: ApplyPageOptions): Promise<void>;
}

export function createPull({ db, transport, pageSize, branchWaiverLimitFen, now }: PullOptions): () => Promise<PullSummary> {
  const pullLimit = pullPageSize(pageSize);

  return async function pullAll(): Promise<PullSummary> {
    const { accessToken, deviceId } = await transport.credentials();
    const summary = emptyPullSummary();
    const cursor = await readCursor(db);
    const inThisThread = async (from: string | null, page: PullResponse): Promise<PageInHand> => {
      const prepared = await preparePage(from, page, db.rowSealer);
      return { from, head: page, apply: (summary, options) => applyPage(db, prepared, summary, options) };
    };
    const fetchPage = (from: string | null): Promise<PageInHand> => {
      const request: PullRequest = { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId, cursor: from, limit: pullLimit };
      const writer = db.rowSealer?.writer;
      // Where the store's row sealer runs in workers, the page's bytes go to one, which parses, checks and
      // prepares the page there and, at its turn, writes it with its cursor in one transaction (applyPage, in
      // the worker): the UI thread neither parses a page's JSON nor copies its rows (issue 18 §2).
      const prepared =
        writer && transport.postForBytes
          ? transport.postForBytes('/sync/pull', request, accessToken).then(async (bytes): Promise<PageInHand> => {
              const inWorker = await pageInWorker(writer, from, bytes);
              if (!inWorker) return inThisThread(from, pullPageFromBytes(bytes));
              return { from, head: inWorker.head, apply: async (summary, options) => addPullSummary(summary, await inWorker.apply(options)) };
            })
          : transport.post('/sync/pull', request, accessToken).then((body) => inThisThread(from, parseAnswer(PullResponseSchema, body, 'pull')));
      // A page fetched ahead may never be awaited (the pull stopped at an earlier one): not an unhandled rejection.
      prepared.catch(() => undefined);
      return prepared;
    };
    let next = fetchPage(cursor);
    for (;;) {
      const prepared = await next;
      const page = prepared.head;
      // Only the answer to the cursor asked is applied. An earlier page handed back again (a stale proxy, a
      // retried answer) would move the cursor back, then past changes never applied, leaving old copies of
      // cases head office never sends again (SIM_SEED=33). Nothing of it is written; the next sync asks again.
      if (page.from !== undefined && page.from !== prepared.from) {
        return fail('network', `the answer was to a pull from ${page.from ?? 'the start'}, not from ${prepared.from ?? 'the start'}: not applied`);
      }
      if (page.resetRequired) {
        if (prepared.from === null) return fail('server', 'head office asked for a fresh download of a fresh download');
        // Start again from nothing; the outbox is kept and still pushed.
        await startFreshDownload(db);
        summary.reset = true;
        next = fetchPage(null);
        continue;
      }
      summary.pages++;
      // Head office builds the next page while this one is written. Pages are still applied one at a time, in
      // order, each with its cursor in one transaction: a pull stopped anywhere resumes from the last one written.
      if (page.hasMore) next = fetchPage(page.cursor);
      await prepared.apply(summary, { branchWaiverLimitFen: typeof branchWaiverLimitFen === 'function' ? branchWaiverLimitFen() : branchWaiverLimitFen, at: now().toISOString() });
      if (!page.hasMore) return summary;
    }
  };
}
