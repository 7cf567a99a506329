import { z } from 'zod';
import { apiBlob, apiGet, apiSend, apiUpload } from '../api/client';
import { AgencySchema, type Agency, type AgencyBody } from '../../../shared/outsourcing/agency';
import {
  AgenciesAnswerSchema, AgencyCaseSchema, AgencyCasesAnswerSchema, BranchRecoverySchema, HandoverReadyAnswerSchema, type BranchRecovery, type HandoverReady, AssignAnswerSchema, ExportsAnswerSchema, ResultFilesAnswerSchema, ResultUploadAnswerSchema,
  type AgencyCase, type ExportLog, type ResultFile,
} from '../../../shared/outsourcing/api';

/** Head office's outsourcing routes (server/console/outsourcing/routes.ts), as the pages use them. */

const BASE = '/admin/outsourcing';
const agencyPath = (id: string) => `${BASE}/agencies/${encodeURIComponent(id)}`;

export const fetchAgencies = async (): Promise<Agency[]> => (await apiGet(`${BASE}/agencies`, AgenciesAnswerSchema)).agencies;
export const saveAgency = (id: string | null, body: AgencyBody): Promise<Agency> => (id === null ? apiSend('POST', `${BASE}/agencies`, body, AgencySchema) : apiSend('PUT', agencyPath(id), body, AgencySchema));
export const fetchAgencyCases = async (id: string): Promise<AgencyCase[]> => (await apiGet(`${agencyPath(id)}/cases`, AgencyCasesAnswerSchema)).cases;
export const assignCases = (id: string, caseIds: string[], reason: string): Promise<z.infer<typeof AssignAnswerSchema>> => apiSend('POST', `${agencyPath(id)}/cases`, { caseIds, reason }, AssignAnswerSchema);
export const fetchHandovers = async (id: string): Promise<HandoverReady[]> => (await apiGet(`${agencyPath(id)}/proposals`, HandoverReadyAnswerSchema)).proposals;
export const fetchRecovery = (branch: string, month: string): Promise<BranchRecovery> => apiGet(`${BASE}/recovery?${new URLSearchParams({ branch, month }).toString()}`, BranchRecoverySchema);
export const recallCase = (caseId: string, reason: string): Promise<AgencyCase> => apiSend('POST', `${BASE}/cases/${encodeURIComponent(caseId)}/recall`, { reason }, AgencyCaseSchema);
export const fetchExports = async (id: string): Promise<ExportLog[]> => (await apiGet(`${agencyPath(id)}/exports`, ExportsAnswerSchema)).exports;
export const fetchResultFiles = async (id: string): Promise<ResultFile[]> => (await apiGet(`${agencyPath(id)}/results`, ResultFilesAnswerSchema)).files;

export function uploadResults(id: string, file: File, onProgress: (fraction: number) => void) {
  const type = /\.xlsx$/i.test(file.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
  return apiUpload(`${agencyPath(id)}/results?${new URLSearchParams({ fileName: file.name }).toString()}`, file, ResultUploadAnswerSchema, onProgress, type);
}

/** Downloads an export (head office logs it) as a file the browser saves. */
export async function downloadExport(agency: Agency, format: 'csv' | 'xlsx'): Promise<void> {
  const blob = await apiBlob(`${agencyPath(agency.id)}/export?format=${format}`);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `委外导出-${agency.name}-${new Date().toISOString().slice(0, 10)}.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
