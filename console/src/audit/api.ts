import { AuditChainsAnswerSchema, AuditEntriesAnswerSchema, AuditFindingsAnswerSchema } from '../../../shared/audit/chainReport';
import { apiGet } from '../api/client';

/** GET /admin/audit/…: head office narrows a supervisor to their branch. */
export const fetchChains = () => apiGet('/admin/audit/chains', AuditChainsAnswerSchema).then((a) => a.chains);
export const fetchFindings = () => apiGet('/admin/audit/findings', AuditFindingsAnswerSchema).then((a) => a.findings);
export const fetchEntriesAround = (deviceId: string, around: number) =>
  apiGet(`/admin/audit/devices/${encodeURIComponent(deviceId)}/entries?around=${around}&radius=5`, AuditEntriesAnswerSchema);

/** Head office's times in the bank's zone, in the reader's language. */
export function formatTime(iso: string | null, language: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language, { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));
}

/** The entries view: around a break (marked as such), or around the last entry of an intact chain. */
export const entriesPath = (deviceId: string, around: number, atBreak: boolean) => `audit/${encodeURIComponent(deviceId)}?around=${around}${atBreak ? '&break=1' : ''}`;
