import { generateCase } from '../../../../shared/demo';
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
 * Fills the demo store with a generated portfolio, chunk by chunk, yielding between chunks so the UI
 * keeps painting its progress bar. Only ever called on the demo store.
 */
export async function loadDemoPortfolio(store: Store, options: DemoLoadOptions): Promise<void> {
  if (store.source !== 'demo') throw new Error('demo data goes only into the demo store');
  await store.cases.clear();
  for (let start = 0; start < options.count; start += CHUNK) {
    options.signal?.throwIfAborted();
    const end = Math.min(options.count, start + CHUNK);
    const chunk = [];
    for (let i = start; i < end; i++) chunk.push(generateCase(options.seed, i, { snapshotDate: options.snapshotDate }));
    await store.cases.putCases(chunk);
    options.onProgress?.(end, options.count);
    await new Promise((r) => setTimeout(r, 0));
  }
  await store.meta.setProvenance({ kind: 'demo', seed: options.seed, caseCount: options.count, loadedAt: new Date().toISOString() });
}
