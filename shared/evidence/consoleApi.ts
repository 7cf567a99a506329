import { z } from 'zod';

/** The answers of head office's console evidence routes: the server documents and sends them, the console checks them. */
export const CaseFoundSchema = z.object({ id: z.string(), caseNumber: z.string(), branchCode: z.string(), borrowerName: z.string().nullable() });
export type CaseFound = z.infer<typeof CaseFoundSchema>;
export const LookupAnswerSchema = z.object({ cases: z.array(CaseFoundSchema) });

export const EvidenceItemSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  kind: z.enum(['attachment', 'letter', 'legal_bundle']),
  recordId: z.string(),
  /** An attachment's file name, or a letter's number. */
  label: z.string(),
  /** What the device declared; `mimeType` is what head office found the bytes to be. */
  declaredType: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  held: z.boolean(),
  mimeType: z.string().nullable(),
  sizeBytes: z.number().int().nullable(),
  storedAt: z.string().nullable(),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;
export const CaseEvidenceAnswerSchema = z.object({ caseId: z.string(), caseNumber: z.string(), branchCode: z.string(), items: z.array(EvidenceItemSchema) });
export type CaseEvidenceAnswer = z.infer<typeof CaseEvidenceAnswerSchema>;
