import type { RowWriter } from '../../store/encryption/prepared/rowSealer';
import { Failure } from '../failure';
import type { ApplyPageOptions, PageHead, PullSummary } from '../pullSummary';
import type { ApplyTaskInput, ApplyTaskOutput, PageTaskInput, PageTaskOutput } from './pageTasks';

/** A pull page prepared and kept in a worker: the pull loop reads its head, then has it written there. */
export interface PageInWorker {
  head: PageHead;
  /** Writes the page (cases, records, bookkeeping and cursor in one transaction) in that worker; its counts. */
  apply(options: ApplyPageOptions): Promise<PullSummary>;
}

/**
 * A pull answer's bytes handed to a row-preparing worker (copied: the caller keeps them). Null when no worker
 * can take it (none, one died, the store would not open there): the caller prepares the page in this thread.
 * A malformed answer fails as head office's (the same Failure as in this thread).
 */
export async function pageInWorker(writer: RowWriter, from: string | null, bytes: ArrayBuffer): Promise<PageInWorker | null> {
  const prepared = await writer.run('page', { from, bytes } satisfies PageTaskInput);
  if (!prepared) return null;
  const out = prepared.output as PageTaskOutput;
  if ('failure' in out) throw new Failure(out.failure);
  return {
    head: out.head,
    async apply(options) {
      const written = await writer.run('apply', { id: out.id, options } satisfies ApplyTaskInput, prepared.on);
      // The worker died (or was told to forget its keys) before it answered: whether its transaction committed
      // is not known here, so the pull stops, and the next one resumes from the cursor the store holds.
      if (!written) throw new Error('the row-preparing worker stopped before it wrote the page');
      return written.output as ApplyTaskOutput;
    },
  };
}
