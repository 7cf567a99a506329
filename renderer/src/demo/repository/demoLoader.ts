import { generateCase } from '../../../../shared/demo';
import type { Case } from '../../../../shared/domain/case';
import { bulkPutInSlices } from '../../store/bulkPutInSlices';
import type { DemoSlice, StoredCase } from '../../store/encryption/prepared/storedCase';
import type { Store } from '../../store/openStore';

export interface DemoLoadOptions {
  seed: number;
  count: number;
  snapshotDate: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const CHUNK = 2_000;
/** Chunks given to the workers at once: enough for up to four workers to have one in hand and one waiting. */
const IN_FLIGHT = 8;

/**
 * Fills the demo store with a generated portfolio, chunk by chunk. Where the store's row sealer runs in workers
 * that write the store (the app), each chunk is generated, summarised, sealed and written there, several at once,
 * and the UI thread only counts them in; otherwise (tests) the sealer prepares chunk n+1 while chunk n is written
 * here. Only ever called on the demo store.
 */
export async function loadDemoPortfolio(store: Store, options: DemoLoadOptions): Promise<void> {
  if (store.source !== 'demo') throw new Error('demo data goes only into the demo store');
  const { db } = store;
  const sealer = db.rowSealer;
  await store.cases.clear();
  const slice = (start: number): DemoSlice => ({ seed: options.seed, start, end: Math.min(options.count, start + CHUNK), snapshotDate: options.snapshotDate });
  const writeStored = (stored: StoredCase[]) =>
    db.transaction('rw', db.cases, db.caseRows, async () => {
      await bulkPutInSlices(db.cases, stored.map((s) => s.case) as unknown as Case[]);
      await bulkPutInSlices(db.caseRows, stored.map((s) => s.row));
    });
  const writer = sealer?.writer;
  if (sealer && writer) {
    // A chunk no worker could write (none started, the store would not open there) is prepared and written here.
    const chunk = async (s: DemoSlice) => {
      if (!(await writer.writeDemo(s))) await writeStored(await sealer.demoCases(s));
    };
    const inFlight: { end: number; done: Promise<void> }[] = [];
    const settleFirst = async () => {
      const first = inFlight.shift()!;
      await first.done;
      options.onProgress?.(first.end, options.count);
    };
    try {
      for (let start = 0; start < options.count; start += CHUNK) {
        options.signal?.throwIfAborted();
        const s = slice(start);
        const done = chunk(s);
        done.catch(() => undefined); // awaited in turn below; an abort may leave it unawaited
        inFlight.push({ end: s.end, done });
        if (inFlight.length >= IN_FLIGHT) await settleFirst();
      }
      while (inFlight.length > 0) await settleFirst();
    } finally {
      // Written or not, nothing is left running after an abort or a failure returns to the caller.
      await Promise.allSettled(inFlight.map((f) => f.done));
    }
  } else {
    const prepare = (start: number): Promise<StoredCase[]> | null => {
      if (start >= options.count || !sealer) return null;
      const p = sealer.demoCases(slice(start));
      p.catch(() => undefined); // a chunk prepared ahead of an abort is never awaited
      return p;
    };
    let next = prepare(0);
    for (let start = 0; start < options.count; start += CHUNK) {
      options.signal?.throwIfAborted();
      const { end } = slice(start);
      if (next) {
        const stored = await next;
        next = prepare(end);
        await writeStored(stored);
      } else {
        // A store without a cipher (never the app's): the plain path, in this thread.
        const chunk: Case[] = [];
        for (let i = start; i < end; i++) chunk.push(generateCase(options.seed, i, { snapshotDate: options.snapshotDate }));
        await store.cases.putCases(chunk);
      }
      options.onProgress?.(end, options.count);
      await new Promise((r) => setTimeout(r, 0));
    }
  }
  await store.meta.setProvenance({ kind: 'demo', seed: options.seed, caseCount: options.count, loadedAt: new Date().toISOString() });
}
