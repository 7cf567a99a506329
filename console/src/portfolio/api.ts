import { z } from 'zod';
import { AssignAnswerSchema, CaseListSchema, PortfolioDirectorySchema, type AssignBody, type CaseFilterInput } from '../../../shared/portfolio/cases';
import { ImportListSchema, ImportViewSchema } from '../../../shared/portfolio/imports';
import { apiBlob, apiGet, apiPost, apiUpload } from '../api/client';

/** Head office's portfolio routes (server/console/portfolio/), each answer checked with its shared schema. */

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import routes live under `api` (the portfolio's by default; the repayment extract's: console/src/payments/). */
const PORTFOLIO = '/admin/portfolio/imports';

export const uploadExtract = (file: File, onProgress: (fraction: number) => void, api = PORTFOLIO) =>
  apiUpload(`${api}?fileName=${encodeURIComponent(file.name)}`, file, ImportViewSchema, onProgress, /\.xlsx$/i.test(file.name) ? XLSX_TYPE : 'text/csv');

export const fetchImports = (api = PORTFOLIO) => apiGet(`${api}?limit=50`, ImportListSchema);
export const fetchImport = (id: string, api = PORTFOLIO) => apiGet(`${api}/${encodeURIComponent(id)}`, ImportViewSchema);
export const applyImport = (id: string, confirmClosures?: number, api = PORTFOLIO) =>
  apiPost(`${api}/${encodeURIComponent(id)}/apply`, confirmClosures === undefined ? {} : { confirmClosures }, ImportViewSchema);
export const discardImport = (id: string, api = PORTFOLIO) => apiPost(`${api}/${encodeURIComponent(id)}/discard`, {}, ImportViewSchema);
export const rejectionReport = (id: string, api = PORTFOLIO) => apiBlob(`${api}/${encodeURIComponent(id)}/rejections.csv`);
/** The extract's template: every column and an example row (head office makes it, so it matches the import). */
export const extractTemplate = (api = PORTFOLIO) => apiBlob(`${api}/template`);

/** A filter as query-string text; empty values left out. */
export function filterQuery(filter: CaseFilterInput, extra: Record<string, string | number> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) if (v !== undefined && v !== '' && v !== 'false') q.set(k, String(v));
  return q.toString();
}

export const fetchCases = (filter: CaseFilterInput, page: number, pageSize: number) => apiGet(`/admin/portfolio/cases?${filterQuery(filter, { page, pageSize })}`, CaseListSchema);
export const fetchDirectory = () => apiGet('/admin/portfolio/directory', PortfolioDirectorySchema);
export const assignCases = (body: AssignBody) => apiPost('/admin/portfolio/assign', body, AssignAnswerSchema);

/** Saves a Blob as a file through a temporary link (the console's downloads). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const ProblemSchema = z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
