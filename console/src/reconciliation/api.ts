import { apiBlob, apiGet, apiUpload } from '../api/client';
import { ReportAnswerSchema, UploadAnswerSchema, type ReportAnswer, type UploadAnswer } from '../../../shared/reconciliation/api';

/** Head office's reconciliation routes (server/console/reconciliation/routes.ts), as the page uses them. */

export interface ReportQuery {
  day: string;
  /** '' for the whole bank. */
  branch: string;
  lagDays: number;
}

const query = (q: ReportQuery, extra: Record<string, string> = {}) =>
  new URLSearchParams({ day: q.day, ...(q.branch ? { branch: q.branch } : {}), lagDays: String(q.lagDays), ...extra }).toString();

export const fetchReport = (q: ReportQuery): Promise<ReportAnswer> => apiGet(`/admin/reconciliation?${query(q)}`, ReportAnswerSchema);

export function uploadDeposits(file: File, day: string, branch: string, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  const params = new URLSearchParams({ day, fileName: file.name, ...(branch ? { branch } : {}) });
  const type = /\.xlsx$/i.test(file.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
  return apiUpload(`/admin/reconciliation/deposit-files?${params.toString()}`, file, UploadAnswerSchema, onProgress, type);
}

/** Downloads the day's result as a file the browser saves. */
export async function downloadExport(q: ReportQuery, format: 'csv' | 'xlsx'): Promise<void> {
  const blob = await apiBlob(`/admin/reconciliation/export?${query(q, { format })}`);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `回款核对-${q.day}-${q.branch || '全行'}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
