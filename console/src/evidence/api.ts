import { apiBlob, apiGet } from '../api/client';

import { CaseEvidenceAnswerSchema, LookupAnswerSchema, type CaseEvidenceAnswer, type CaseFound, type EvidenceItem } from '../../../shared/evidence/consoleApi';

export type { CaseFound, EvidenceItem };
export type CaseEvidence = CaseEvidenceAnswer;

export const lookupCases = (q: string) => apiGet(`/admin/cases/lookup?q=${encodeURIComponent(q)}`, LookupAnswerSchema);
export const caseEvidence = (caseId: string) => apiGet(`/admin/cases/${encodeURIComponent(caseId)}/evidence`, CaseEvidenceAnswerSchema);

/** Lower-case hex SHA-256, computed here in the browser: the console checks the bytes itself, not only head office. */
export async function sha256OfBlob(blob: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface OpenedEvidence {
  url: string;
  type: string;
  /** The SHA-256 of the bytes as received; equal to the item's sha256 when verified. */
  actual: string;
  verified: boolean;
}

/** The bytes of one piece of evidence, as an object URL, with their hash checked against the expected one. */
export async function openEvidence(sha256: string): Promise<OpenedEvidence> {
  const blob = await apiBlob(`/admin/evidence/${sha256}`);
  const actual = await sha256OfBlob(blob);
  return { url: URL.createObjectURL(blob), type: blob.type, actual, verified: actual === sha256 };
}
