import { z } from 'zod';
import { apiBlob, apiGet } from '../api/client';

/** The answers of head office's evidence routes (server/console/evidence/consoleRoutes.ts), checked on arrival. */
const CaseFoundSchema = z.object({ id: z.string(), caseNumber: z.string(), branchCode: z.string(), borrowerName: z.string().nullable() });
export type CaseFound = z.infer<typeof CaseFoundSchema>;
const LookupAnswerSchema = z.object({ cases: z.array(CaseFoundSchema) });

const EvidenceItemSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(['attachment', 'letter']),
  recordId: z.string(),
  label: z.string(),
  declaredType: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  held: z.boolean(),
  mimeType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  storedAt: z.string().nullable(),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;
const CaseEvidenceSchema = z.object({ caseId: z.string(), caseNumber: z.string(), branchCode: z.string(), items: z.array(EvidenceItemSchema) });
export type CaseEvidence = z.infer<typeof CaseEvidenceSchema>;

export const lookupCases = (q: string) => apiGet(`/admin/cases/lookup?q=${encodeURIComponent(q)}`, LookupAnswerSchema);
export const caseEvidence = (caseId: string) => apiGet(`/admin/cases/${encodeURIComponent(caseId)}/evidence`, CaseEvidenceSchema);

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
