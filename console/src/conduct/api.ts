import { ConductExceptionsAnswerSchema, type ConductException } from '../../../shared/conduct/exceptions';
import { renderMessage, type ComplianceLanguage } from '../../../shared/compliance/messages';
import { apiGet } from '../api/client';

export interface ExceptionFilters {
  branchCode: string;
  userId: string;
  ruleId: string;
  from: string;
  to: string;
}

export const NO_FILTERS: ExceptionFilters = { branchCode: '', userId: '', ruleId: '', from: '', to: '' };

/** GET /admin/conduct-exceptions with the filters set; head office narrows a supervisor to their branch. */
export function fetchExceptions(f: ExceptionFilters) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v.trim() !== '') q.set(k, v.trim());
  const query = q.toString();
  return apiGet(`/admin/conduct-exceptions${query ? `?${query}` : ''}`, ConductExceptionsAnswerSchema);
}

/** The rule's explanation as the device shows it (shared/compliance/messages.ts); the rule id when there is none. */
export function explain(x: Pick<ConductException, 'messageKey' | 'params' | 'ruleId'>, language: string): string {
  const lang: ComplianceLanguage = language.startsWith('en') ? 'en' : 'zh-CN';
  try {
    return renderMessage(lang, x.messageKey, x.params);
  } catch {
    return x.ruleId;
  }
}
