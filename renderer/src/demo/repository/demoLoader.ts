import { generateCase } from '../../../../shared/demo';
import type { Case } from '../../../../shared/domain/case';
import { bulkPutInSlices } from '../../store/bulkPutInSlices';
import type { StoredCase } from '../../store/encryption/prepared/storedCase';
import type { Store } from '../../store/openStore';

export interface DemoLoadOptions {
  seed: number;
  count: number;
  snapshotDate: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

const CHUNK = 2_000;

/**
 * Fills the demo store with a generated portfolio, chunk by chunk. The store's row sealer (a worker) generates,
 * summarises and seals each chunk while the previous one is written, so the UI thread only writes prepared rows
 * and keeps painting the progress bar. Only ever called on the demo store.
 */
export async function loadDemoPortfolio(store: Store, options: DemoLoadOptions): Promise<void> {
  if (store.source !== 'demo') throw new Error('demo data goes only into the demo store');
  const { db } = store;
  const sealer = db.rowSealer;
  await store.cases.clear();
  const slice = (start: number) => ({ seed: options.seed, start, end: Math.min(options.count, start + CHUNK), snapshotDate: options.snapshotDate });
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
      await db.transaction('rw', db.cases, db.caseRows, async () => {
        await bulkPutInSlices(db.cases, stored.map((s) => s.case) as unknown as Case[]);
        await bulkPutInSlices(db.caseRows, stored.map((s) => s.row));
      });
    } else {
      // A store without a cipher (never the app's): the plain path, in this thread.
      const chunk: Case[] = [];
      for (let i = start; i < end; i++) chunk.push(generateCase(options.seed, i, { snapshotDate: options.snapshotDate }));
      await store.cases.putCases(chunk);
    }
    options.onProgress?.(end, options.count);
    await new Promise((r) => setTimeout(r, 0));
  }
  await store.meta.setProvenance({ kind: 'demo', seed: options.seed, caseCount: options.count, loadedAt: new Date().toISOString() });
}
