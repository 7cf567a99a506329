import { AppliedAnswerSchema, LegalCaseListSchema, LegalCasesAnswerSchema, ReferralsAnswerSchema, type StepBody } from '../../../shared/legal/consoleApi';
import { apiGet, apiPost } from '../api/client';

/** The console's legal-case routes (server/console/legal/routes.ts). */
export const legalCaseList = () => apiGet('/admin/legal/cases', LegalCaseListSchema);
export const legalCasesOfCase = (caseId: string) => apiGet(`/admin/legal/cases/${encodeURIComponent(caseId)}`, LegalCasesAnswerSchema);
export const acceptedReferrals = () => apiGet('/admin/legal/referrals?status=accepted', ReferralsAnswerSchema);
export const recordStep = (caseId: string, body: StepBody) => apiPost(`/admin/legal/cases/${encodeURIComponent(caseId)}/steps`, body, AppliedAnswerSchema);
