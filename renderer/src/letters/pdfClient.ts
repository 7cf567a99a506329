import { checkLetter, planVolumes, LETTERS_PER_VOLUME, type LetterInput, type LetterRecord, type MailItem, type MailOptions } from '../../../shared/letters';
import type { BundleInput } from '../../../shared/legal/bundle';
import type { BatchException, PdfRequest, PdfResponse, RenderedPdf } from '../workers/letterPdfProtocol';

export type LetterResult = Extract<PdfResponse, { kind: 'letter' | 'refused' }>;
type WorkerBatch = Extract<PdfResponse, { kind: 'batch' }>;
/** Progress of a job; in a batch of several volumes, which volume and the count across the whole batch. */
export type Progress = Extract<PdfResponse, { kind: 'progress' }> & { volume?: number; volumes?: number };
export type BundleResult = Extract<PdfResponse, { kind: 'bundle' }>;

/** One PDF of a batch's letters: the whole batch, or volume `index` of `count` (1-based) of a large one. */
export interface BatchVolume extends RenderedPdf {
  index: number;
  count: number;
  letters: number;
}

export interface BatchResult {
  /** The letters in the original order: one PDF, or numbered volumes of at most LETTERS_PER_VOLUME letters. */
  volumes: BatchVolume[];
  labels: RenderedPdf | null;
  mailingList: RenderedPdf | null;
  records: LetterRecord[];
  /** The volume (index into `volumes`) that holds each record, in the records' order. */
  volumeOf: number[];
  exceptions: BatchException[];
}

export interface PdfJob<T> {
  result: Promise<T>;
  /** Stops the job at once (the worker is discarded; the next job starts a fresh one). */
  cancel(): void;
}

export class PdfCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

const newWorker = () => new Worker(new URL('../workers/letterPdf.worker.ts', import.meta.url), { type: 'module' });

let worker: Worker | null = null;
/** Jobs running in the shared worker. */
let busy = 0;
let nextJob = 1;

function getWorker(): Worker {
  worker ??= newWorker();
  return worker;
}

type RequestBody = PdfRequest extends infer R ? (R extends PdfRequest ? Omit<R, 'jobId'> : never) : never;

/** Posts one request to `w` and waits for its answer (progress messages go to `onProgress`). */
function ask<T>(w: Worker, request: RequestBody, accept: (m: PdfResponse) => T | undefined, onProgress?: (p: Progress) => void): Promise<T> {
  const jobId = nextJob++;
  const result = new Promise<T>((resolve, rej) => {
    const onMessage = (event: MessageEvent<PdfResponse>) => {
      const m = event.data;
      if (m.jobId !== jobId) return;
      if (m.kind === 'progress') return onProgress?.(m);
      w.removeEventListener('message', onMessage);
      if (m.kind === 'failed') return rej(new Error(m.message));
      const value = accept(m);
      if (value === undefined) rej(new Error(`unexpected answer ${m.kind}`));
      else resolve(value);
    };
    w.addEventListener('message', onMessage);
  });
  w.postMessage({ ...request, jobId } as PdfRequest);
  return result;
}

function run<T>(request: RequestBody, accept: (m: PdfResponse) => T | undefined, onProgress?: (p: Progress) => void): PdfJob<T> {
  const w = getWorker();
  let reject: (e: Error) => void = () => {};
  const cancelled = new Promise<never>((_, rej) => (reject = rej));
  cancelled.catch(() => {});
  busy++;
  const result = Promise.race([ask(w, request, accept, onProgress), cancelled]);
  result.then(
    () => busy--,
    () => busy--,
  );
  return {
    result,
    cancel: () => {
      w.terminate();
      if (worker === w) worker = null;
      reject(new PdfCancelled());
    },
  };
}

/** Builds, checks and renders one letter in the worker. */
export function renderLetter(input: LetterInput, onProgress?: (p: Progress) => void): PdfJob<LetterResult> {
  return run({ kind: 'letter', input }, (m) => (m.kind === 'letter' || m.kind === 'refused' ? m : undefined), onProgress);
}

const passes = (input: LetterInput) => !checkLetter(input).some((p) => p.severity === 'block');
const acceptBatch = (m: PdfResponse) => (m.kind === 'batch' ? m : undefined);

/**
 * Builds the batch's letters in the original order, plus address labels and the mailing list. Up to
 * `volumeSize` letters make ONE merged PDF, rendered in the shared worker as always; a larger batch is split
 * (planVolumes) into numbered volumes, each rendered in a FRESH worker that is ended after its volume, so only
 * one volume's layout is held at a time (peak memory, docs/benchmarks.md). `issuing[i]` says whether input i
 * passes its checks (the batch screen knows it already; checked here otherwise). Cancelling ends the current
 * worker and no later volume starts: nothing is returned, so nothing can be saved or registered.
 */
export function renderBatch(
  inputs: LetterInput[],
  mail: MailOptions,
  onProgress?: (p: Progress) => void,
  options: { issuing?: readonly boolean[]; volumeSize?: number } = {},
): PdfJob<BatchResult> {
  const ranges = planVolumes(options.issuing ?? inputs.map(passes), options.volumeSize ?? LETTERS_PER_VOLUME);
  if (ranges.length === 1) {
    const job = run({ kind: 'batch', inputs, mail }, acceptBatch, onProgress);
    return { result: job.result.then((out) => fromOneWorker(out)), cancel: job.cancel };
  }
  // An idle shared worker holds pdfmake and the font (~100 MB or more): let it go, the next letter starts a new one.
  if (worker && busy === 0) {
    worker.terminate();
    worker = null;
  }
  let current: Worker | null = null;
  let reject: (e: Error) => void = () => {};
  const cancelled = new Promise<never>((_, rej) => (reject = rej));
  cancelled.catch(() => {});
  const inWorker = async <T>(w: Worker, request: RequestBody, accept: (m: PdfResponse) => T | undefined, progress: (p: Progress) => void, end: boolean): Promise<T> => {
    current = w;
    try {
      return await Promise.race([ask(w, request, accept, progress), cancelled]);
    } catch (error) {
      w.terminate();
      throw error;
    } finally {
      if (end) w.terminate();
    }
  };
  const result = (async (): Promise<BatchResult> => {
    const total = ranges.reduce((n, r) => n + r.letters, 0);
    const out: BatchResult = { volumes: [], labels: null, mailingList: null, records: [], volumeOf: [], exceptions: [] };
    const mailItems: MailItem[] = [];
    let before = 0;
    let last: Worker | null = null;
    for (const [k, range] of ranges.entries()) {
      const volume = { volume: k + 1, volumes: ranges.length };
      // Counted across the whole batch: "volume 2 of 4: letter 312 of 1,000".
      const progress = (p: Progress) => onProgress?.({ ...p, ...volume, done: before + (p.stage === 'render' ? p.done : 0), total });
      // The last volume's worker stays for the labels and mailing list (its pdfmake and font already loaded).
      const isLast = k === ranges.length - 1;
      const w = newWorker();
      if (isLast) last = w;
      const part = await inWorker(w, { kind: 'batch', inputs: inputs.slice(range.start, range.end), mail, lettersOnly: true }, acceptBatch, progress, !isLast);
      if (part.letters) out.volumes.push({ ...part.letters, index: k + 1, count: ranges.length, letters: part.records.length });
      for (const r of part.records) {
        out.records.push(r);
        out.volumeOf.push(out.volumes.length - 1);
      }
      out.exceptions.push(...part.exceptions);
      mailItems.push(...part.mailItems);
      before += part.records.length;
    }
    // A letter refused in its worker (its records changed since they were checked) leaves a volume short or
    // empty; the volumes are then numbered as they came out, still in order.
    const count = out.volumes.length;
    out.volumes = out.volumes.map((v, i) => ({ ...v, index: i + 1, count }));
    if (mailItems.length > 0) {
      const mailed = await inWorker(last!, { kind: 'mail', items: mailItems, mail }, (m) => (m.kind === 'mail' ? m : undefined), (p) => onProgress?.(p), true);
      out.labels = mailed.labels;
      out.mailingList = mailed.mailingList;
    } else last?.terminate();
    return out;
  })();
  return {
    result,
    cancel: () => {
      current?.terminate();
      reject(new PdfCancelled());
    },
  };
}

function fromOneWorker(out: WorkerBatch): BatchResult {
  const volumes = out.letters ? [{ ...out.letters, index: 1, count: 1, letters: out.records.length }] : [];
  return { volumes, labels: out.labels, mailingList: out.mailingList, records: out.records, volumeOf: out.records.map(() => 0), exceptions: out.exceptions };
}

/** Renders a legal case's evidence bundle (shared/legal/bundle.ts) in the worker, with the letters' font. */
export function renderBundle(input: BundleInput): PdfJob<BundleResult> {
  return run({ kind: 'bundle', input }, (m) => (m.kind === 'bundle' ? m : undefined));
}
