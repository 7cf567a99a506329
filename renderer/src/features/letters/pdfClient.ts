import type { PdfRequest, PdfResponse } from '../../workers/letterPdfProtocol';

export interface PdfResult {
  bytes: Uint8Array;
  sha256: string;
}

export interface PdfJob {
  result: Promise<PdfResult>;
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
  worker ??= new Worker(new URL('../../workers/letterPdf.worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Renders a document definition in the PDF worker, reporting progress as a fraction from 0 to 1. */
export function renderPdf(docDefinition: unknown, onProgress?: (stage: string, fraction: number) => void): PdfJob {
  const w = getWorker();
  const jobId = nextJob++;
  let reject: (e: Error) => void = () => {};
  const result = new Promise<PdfResult>((resolve, rej) => {
    reject = rej;
    const onMessage = (event: MessageEvent<PdfResponse>) => {
      const m = event.data;
      if (m.jobId !== jobId) return;
      if (m.kind === 'progress') onProgress?.(m.stage, m.fraction);
      else {
        w.removeEventListener('message', onMessage);
        if (m.kind === 'done') resolve({ bytes: new Uint8Array(m.bytes), sha256: m.sha256 });
        else rej(new Error(m.message));
      }
    };
    w.addEventListener('message', onMessage);
  });
  w.postMessage({ jobId, docDefinition } satisfies PdfRequest);
  return {
    result,
    cancel: () => {
      w.terminate();
      if (worker === w) worker = null;
      reject(new PdfCancelled());
    },
  };
}
