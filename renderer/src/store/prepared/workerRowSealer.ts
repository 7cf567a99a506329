import type { RowSealerRequest, RowSealerResponse } from '../../workers/rowSealerProtocol';
import type { FieldCipher } from '../encryption/fieldCipher';
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

interface Job {
  resolve: (value: PreparedPulledCase[] | StoredCase[]) => void;
  reject: (error: Error) => void;
  /** The same job in this thread, if the worker dies before it answers. */
  fallback: () => Promise<PreparedPulledCase[] | StoredCase[]>;
}

/**
 * The app's row sealer: a worker, started at the first big write and given the keys derived from the data key
 * (`FieldCipher.derivedKeys`, by postMessage, never stored). `forget()` makes it overwrite them and ends it; the
 * next big write starts a new one. If the worker cannot start or fails, the same preparation runs in this
 * thread: slower for the UI, never a failed sync.
 */
export function workerRowSealer(cipher: FieldCipher, startWorker: () => Worker = defaultWorker): RowSealer {
  const local = inThreadRowSealer(cipher);
  let worker: Worker | null = null;
  let broken = false;
  let nextJob = 1;
  const jobs = new Map<number, Job>();

  const failAll = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    for (const [id, job] of jobs) {
      jobs.delete(id);
      job.fallback().then(job.resolve, job.reject);
    }
  };

  const ensure = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = startWorker();
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<RowSealerResponse>) => {
      const m = event.data;
      const job = jobs.get(m.jobId);
      if (!job) return;
      jobs.delete(m.jobId);
      if (m.kind === 'failed') job.reject(new Error(m.message));
      else job.resolve(m.kind === 'pulled' ? m.prepared : m.stored);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      failAll();
    };
    worker.postMessage({ kind: 'keys', keys: cipher.derivedKeys() } satisfies RowSealerRequest);
    return worker;
  };

  function run<T extends PreparedPulledCase[] | StoredCase[]>(request: (jobId: number) => RowSealerRequest, fallback: () => Promise<T>): Promise<T> {
    const w = ensure();
    if (!w) return fallback();
    const jobId = nextJob++;
    return new Promise<T>((resolve, reject) => {
      jobs.set(jobId, { resolve: resolve as Job['resolve'], reject, fallback });
      w.postMessage(request(jobId));
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
      if (worker) {
        worker.postMessage({ kind: 'forget' } satisfies RowSealerRequest);
        worker.terminate();
        worker = null;
      }
      for (const [id, job] of jobs) {
        jobs.delete(id);
        job.reject(new Error('the row sealer was told to forget its keys'));
      }
    },
  };
}

function defaultWorker(): Worker {
  return new Worker(new URL('../../workers/rowSealer.worker.ts', import.meta.url), { type: 'module', name: 'row-sealer' });
}

/** The store's row sealer: a worker where the platform has them, this thread otherwise (tests, Node). */
export function rowSealerFor(cipher: FieldCipher): RowSealer {
  return typeof Worker === 'function' ? workerRowSealer(cipher) : inThreadRowSealer(cipher);
}
