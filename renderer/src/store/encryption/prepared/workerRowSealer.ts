import type { RowSealerRequest, RowSealerResponse } from './rowSealerProtocol';
import type { FieldCipher } from '../fieldCipher';
import type { PreparedPulledCase } from './pulledCase';
import { inThreadRowSealer, type PulledCaseData, type RowSealer } from './rowSealer';
import type { StoredCase } from './storedCase';

/**
 * Cases per message to the worker. Posting copies the cases on the UI thread, and the answer is copied back in
 * one task there: slices of 250 keep each of those copies to a few milliseconds (the longest-task figure of
 * `npm run bench -- sync`), while a page of 2,000 still goes in eight messages.
 */
const SLICE = 250;

/** Lets the UI thread paint and take input between two slices. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What this needs of a Worker (the DOM's; a stand-in in tests). */
export interface SealerWorker {
  postMessage(message: RowSealerRequest): void;
  terminate(): void;
  onmessage: ((event: { data: RowSealerResponse }) => void) | null;
  onerror: ((event: { preventDefault(): void }) => void) | null;
}

interface Job {
  resolve: (value: PreparedPulledCase[] | StoredCase[]) => void;
  reject: (error: Error) => void;
  /** The same job in this thread, if the worker dies before it answers. */
  fallback: () => Promise<PreparedPulledCase[] | StoredCase[]>;
}

/**
 * How many workers prepare rows: one per core, at most four. During a big write the UI thread mostly waits for
 * them (docs/benchmarks.md, Sync), so on a two-core laptop two workers keep both cores busy.
 */
export function sealerPoolSize(): number {
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency ?? 2;
  return Math.max(1, Math.min(4, cores));
}

/**
 * The app's row sealer: a few workers, started at the first big write and each given the keys derived from the
 * data key (`FieldCipher.derivedKeys`, by postMessage, never stored). `forget()` makes them overwrite the keys
 * and ends them; the next big write starts new ones. If a worker cannot start or fails, the same preparation
 * runs in this thread: slower for the UI, never a failed sync.
 */
export function workerRowSealer(cipher: FieldCipher, startWorker: () => SealerWorker = defaultWorker, poolSize = sealerPoolSize()): RowSealer {
  const local = inThreadRowSealer(cipher);
  let pool: { worker: SealerWorker; busy: number }[] = [];
  let broken = false;
  let nextJob = 1;
  const jobs = new Map<number, Job>();

  const failAll = () => {
    broken = true;
    for (const p of pool) p.worker.terminate();
    pool = [];
    for (const [id, job] of jobs) {
      jobs.delete(id);
      job.fallback().then(job.resolve, job.reject);
    }
  };

  const start = (): { worker: SealerWorker; busy: number } | null => {
    let worker: SealerWorker;
    try {
      worker = startWorker();
    } catch {
      if (pool.length === 0) broken = true;
      return null;
    }
    const slot = { worker, busy: 0 };
    worker.onmessage = (event) => {
      const m = event.data;
      const job = jobs.get(m.jobId);
      if (!job) return;
      jobs.delete(m.jobId);
      slot.busy--;
      if (m.kind === 'failed') job.reject(new Error(m.message));
      else job.resolve(m.kind === 'pulled' ? m.prepared : m.stored);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failAll();
    };
    worker.postMessage({ kind: 'keys', keys: cipher.derivedKeys() } satisfies RowSealerRequest);
    pool.push(slot);
    return slot;
  };

  /** The least busy worker, starting another while the pool is not full and every one has work. */
  const pick = (): { worker: SealerWorker; busy: number } | null => {
    if (broken) return null;
    const idle = pool.reduce<{ worker: SealerWorker; busy: number } | null>((best, p) => (!best || p.busy < best.busy ? p : best), null);
    if (idle && (idle.busy === 0 || pool.length >= poolSize)) return idle;
    return start() ?? idle;
  };

  function run<T extends PreparedPulledCase[] | StoredCase[]>(request: (jobId: number) => RowSealerRequest, fallback: () => Promise<T>): Promise<T> {
    const slot = pick();
    if (!slot) return fallback();
    const jobId = nextJob++;
    slot.busy++;
    return new Promise<T>((resolve, reject) => {
      jobs.set(jobId, { resolve: resolve as Job['resolve'], reject, fallback });
      slot.worker.postMessage(request(jobId));
    });
  }

  return {
    async pulledCases(items: readonly PulledCaseData[]) {
      const parts: Promise<PreparedPulledCase[]>[] = [];
      for (let i = 0; i < items.length; i += SLICE) {
        if (i > 0) await yieldToUi();
        const slice = items.slice(i, i + SLICE);
        parts.push(run((jobId) => ({ kind: 'pulled', jobId, items: slice }), () => local.pulledCases(slice)));
      }
      return (await Promise.all(parts)).flat();
    },
    demoCases: (slice) => run((jobId) => ({ kind: 'demo', jobId, slice }), () => local.demoCases(slice)),
    forget() {
      for (const p of pool) {
        // Asked to overwrite its keys, then ended whether or not it got to it: either way the copy is gone.
        p.worker.postMessage({ kind: 'forget' } satisfies RowSealerRequest);
        p.worker.terminate();
      }
      pool = [];
      for (const [id, job] of jobs) {
        jobs.delete(id);
        job.reject(new Error('the row sealer was told to forget its keys'));
      }
    },
  };
}

type WorkerConstructor = new (url: URL, options: { type: 'module'; name: string }) => SealerWorker;
const platformWorker = (): WorkerConstructor | undefined => (globalThis as unknown as { Worker?: WorkerConstructor }).Worker;

function defaultWorker(): SealerWorker {
  // Named Worker so the bundler sees `new Worker(new URL(…))` and builds the worker's own chunk.
  const Worker = platformWorker()!;
  return new Worker(new URL('./rowSealer.worker.ts', import.meta.url), { type: 'module', name: 'row-sealer' });
}

/** The store's row sealer: a worker where the platform has them, this thread otherwise (tests, Node). */
export function rowSealerFor(cipher: FieldCipher, poolSize?: number): RowSealer {
  return typeof platformWorker() === 'function' ? workerRowSealer(cipher, defaultWorker, poolSize) : inThreadRowSealer(cipher);
}
