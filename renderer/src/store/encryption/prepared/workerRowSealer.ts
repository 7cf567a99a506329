import type { RowSealerRequest, RowSealerResponse } from './rowSealerProtocol';
import type { FieldCipher } from '../fieldCipher';
import type { PreparedPulledCase } from './pulledCase';
import { inThreadRowSealer, type PulledCaseData, type RowSealer, type RowWriter, type WorkerHandle } from './rowSealer';
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

type Answer = Exclude<RowSealerResponse, { kind: 'failed' }>;

interface Job {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
  /** What to do instead if the worker dies before it answers, or cannot open the store (`unwritable`). */
  instead: () => Promise<unknown>;
  /** Resolves the job's promise with `instead`'s result in place of an answer. */
  settleInstead: (value: unknown) => void;
}

interface Slot extends WorkerHandle {
  worker: SealerWorker;
  busy: number;
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
 * data key (`FieldCipher.derivedKeys`, by postMessage, never stored) and the name of the store they may write
 * (`dbName`; null: they only prepare rows). `forget()` makes them overwrite the keys and ends them; the next big
 * write starts new ones. If a worker cannot start or fails, the same preparation runs in this thread: slower for
 * the UI, never a failed sync; a page a worker was writing when it died is not known to be written or not, so
 * that pull fails (its transaction either committed whole or not at all) and the next one resumes from the cursor.
 */
export function workerRowSealer(cipher: FieldCipher, startWorker: () => SealerWorker, poolSize = sealerPoolSize(), dbName: string | null = null): RowSealer {
  const local = inThreadRowSealer(cipher);
  let pool: Slot[] = [];
  let broken = false;
  let nextJob = 1;
  const jobs = new Map<number, Job>();

  const failAll = () => {
    broken = true;
    for (const p of pool) p.worker.terminate();
    pool = [];
    for (const [id, job] of jobs) {
      jobs.delete(id);
      job.instead().then(job.settleInstead, job.reject);
    }
  };

  const start = (): Slot | null => {
    let worker: SealerWorker;
    try {
      worker = startWorker();
    } catch {
      if (pool.length === 0) broken = true;
      return null;
    }
    const slot: Slot = { worker, busy: 0 };
    worker.onmessage = (event) => {
      const m = event.data;
      const job = jobs.get(m.jobId);
      if (!job) return;
      jobs.delete(m.jobId);
      slot.busy--;
      if (m.kind !== 'failed') job.resolve(m);
      else if (m.unwritable) job.instead().then(job.settleInstead, job.reject);
      else job.reject(new Error(m.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failAll();
    };
    worker.postMessage({ kind: 'keys', keys: cipher.derivedKeys(), dbName } satisfies RowSealerRequest);
    pool.push(slot);
    return slot;
  };

  /** The least busy worker, starting another while the pool is not full and every one has work. */
  const pick = (): Slot | null => {
    if (broken) return null;
    const idle = pool.reduce<Slot | null>((best, p) => (!best || p.busy < best.busy ? p : best), null);
    if (idle && (idle.busy === 0 || pool.length >= poolSize)) return idle;
    return start() ?? idle;
  };

  /**
   * Sends a request to a worker (`on`, or the least busy) and resolves with `take` of its answer, or with
   * `instead` where no worker can do it.
   */
  function run<T>(request: (jobId: number) => RowSealerRequest, take: (answer: Answer) => T, instead: () => Promise<T>, on?: Slot): Promise<T> {
    const slot = on ? (pool.includes(on) ? on : null) : pick();
    if (!slot) return instead();
    const jobId = nextJob++;
    slot.busy++;
    return new Promise<T>((resolve, reject) => {
      const settle = (answer: Answer) => {
        try {
          resolve(take(answer));
        } catch (error) {
          reject(error as Error);
        }
      };
      jobs.set(jobId, { resolve: settle, reject, instead, settleInstead: (value) => resolve(value as T) });
      slot.worker.postMessage(request(jobId));
    });
  }

  const answerOf = <K extends Answer['kind']>(kind: K) => (answer: Answer): Extract<Answer, { kind: K }> => {
    if (answer.kind !== kind) throw new Error(`the row sealer answered ${answer.kind}, not ${kind}`);
    return answer as Extract<Answer, { kind: K }>;
  };

  const writer: RowWriter = {
    run(task, input, on) {
      const slot = on ? (pool.find((p) => p === on) ?? null) : pick();
      if (!slot) return Promise.resolve(null);
      return run((jobId) => ({ kind: 'task', jobId, task, input }), (a) => ({ output: answerOf('task')(a).output, on: slot }), async () => null, slot);
    },
    writeDemo: (slice) =>
      run(
        (jobId) => ({ kind: 'writeDemo', jobId, slice }),
        () => true,
        async () => false,
      ),
  };

  return {
    async pulledCases(items: readonly PulledCaseData[]) {
      const parts: Promise<PreparedPulledCase[]>[] = [];
      for (let i = 0; i < items.length; i += SLICE) {
        if (i > 0) await yieldToUi();
        const slice = items.slice(i, i + SLICE);
        parts.push(run((jobId) => ({ kind: 'pulled', jobId, items: slice }), (a) => answerOf('pulled')(a).prepared, () => local.pulledCases(slice)));
      }
      return (await Promise.all(parts)).flat();
    },
    demoCases: (slice) => run<StoredCase[]>((jobId) => ({ kind: 'demo', jobId, slice }), (a) => answerOf('demo')(a).stored, () => local.demoCases(slice)),
    ...(dbName !== null ? { writer } : {}),
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

let registered: (() => SealerWorker) | null = null;

/**
 * How the app starts a row-preparing worker: its entry is sync/worker/rowWriter.worker.ts (rowSealerHandler with
 * the pull's page tasks), registered by the composition root (main.tsx), since the store imports no capability.
 * Until one is registered (tests, Node) rows are prepared in this thread.
 */
export function registerRowWorker(start: (() => SealerWorker) | null): void {
  registered = start;
}

/**
 * The store's row sealer: workers where one is registered and the platform has them (writing the store named
 * `dbName` themselves for the biggest writes), this thread otherwise.
 */
export function rowSealerFor(cipher: FieldCipher, dbName: string | null, poolSize?: number): RowSealer {
  const start = registered;
  return start && typeof (globalThis as { Worker?: unknown }).Worker === 'function' ? workerRowSealer(cipher, start, poolSize, dbName) : inThreadRowSealer(cipher);
}
