import type { LetterInput, MailOptions } from '../../../shared/letters';
import type { BundleInput } from '../../../shared/legal/bundle';
import type { PdfRequest, PdfResponse } from '../workers/letterPdfProtocol';

export type LetterResult = Extract<PdfResponse, { kind: 'letter' | 'refused' }>;
export type BatchResult = Extract<PdfResponse, { kind: 'batch' }>;
export type Progress = Extract<PdfResponse, { kind: 'progress' }>;
export type BundleResult = Extract<PdfResponse, { kind: 'bundle' }>;

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

let worker: Worker | null = null;
let nextJob = 1;

function getWorker(): Worker {
  worker ??= new Worker(new URL('../workers/letterPdf.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

type RequestBody = PdfRequest extends infer R ? (R extends PdfRequest ? Omit<R, 'jobId'> : never) : never;

function run<T>(request: RequestBody, accept: (m: PdfResponse) => T | undefined, onProgress?: (p: Progress) => void): PdfJob<T> {
  const w = getWorker();
  const jobId = nextJob++;
  let reject: (e: Error) => void = () => {};
  const result = new Promise<T>((resolve, rej) => {
    reject = rej;
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

/** Builds the batch's letters into ONE merged PDF, plus address labels and the mailing list. */
export function renderBatch(inputs: LetterInput[], mail: MailOptions, onProgress?: (p: Progress) => void): PdfJob<BatchResult> {
  return run({ kind: 'batch', inputs, mail }, (m) => (m.kind === 'batch' ? m : undefined), onProgress);
}

/** Renders a legal case's evidence bundle (shared/legal/bundle.ts) in the worker, with the letters' font. */
export function renderBundle(input: BundleInput): PdfJob<BundleResult> {
  return run({ kind: 'bundle', input }, (m) => (m.kind === 'bundle' ? m : undefined));
}
