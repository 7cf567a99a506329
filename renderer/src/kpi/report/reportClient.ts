import type { KpiReportRequest, KpiReportResponse } from '../../workers/kpiReportProtocol';

export type ReportProgress = Extract<KpiReportResponse, { kind: 'progress' }>;
export type ReportDone = Extract<KpiReportResponse, { kind: 'report' }>;

let nextJob = 1;

/**
 * Runs one monthly report in its own worker and ends the worker when done: a report is asked for a few times a
 * month, so keeping the fonts loaded between them is not worth the memory.
 */
export function generateMonthlyReport(request: Omit<KpiReportRequest, 'jobId' | 'kind'>, onProgress: (p: ReportProgress) => void): Promise<ReportDone> {
  const worker = new Worker(new URL('../../workers/kpiReport.worker.ts', import.meta.url), { type: 'module' });
  const jobId = nextJob++;
  return new Promise<ReportDone>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<KpiReportResponse>) => {
      const m = event.data;
      if (m.jobId !== jobId) return;
      if (m.kind === 'progress') return onProgress(m);
      worker.terminate();
      if (m.kind === 'failed') reject(new Error(m.message));
      else resolve(m);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the report worker failed'));
    };
    worker.postMessage({ ...request, kind: 'monthly', jobId } satisfies KpiReportRequest);
  }).finally(() => worker.terminate());
}
