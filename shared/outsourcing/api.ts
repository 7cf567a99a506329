import { z } from 'zod';
import { REASON_MAX_LENGTH } from '../records/limits';
import { AgencySchema, ExportFieldSchema } from './agency';

/** The console's outsourcing routes (server/console/outsourcing/routes.ts): what they take and answer, used by both sides. */

export const AgencyParamsSchema = z.strictObject({ id: z.string().trim().min(1).max(64) });
export const CaseParamsSchema = z.strictObject({ caseId: z.string().trim().min(1).max(128) });

export const AgenciesAnswerSchema = z.object({ agencies: z.array(AgencySchema) });

/** Cases given to an agency by head office: the ids (at most 5,000 at once) and why. */
export const AssignToAgencyBodySchema = z.strictObject({
  caseIds: z.array(z.string().trim().min(1).max(128)).min(1).max(5_000),
  reason: z.string().trim().min(2).max(REASON_MAX_LENGTH),
});
export const RecallBodySchema = z.strictObject({ reason: z.string().trim().min(2).max(REASON_MAX_LENGTH) });

export const AgencyCaseSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  branchCode: z.string(),
  debtorName: z.string(),
  agencyId: z.string(),
  assignedAt: z.string(),
  assignedBy: z.string(),
  reason: z.string(),
  recalledAt: z.string().nullable(),
  recalledBy: z.string().nullable(),
  recallReason: z.string().nullable(),
});
export type AgencyCase = z.infer<typeof AgencyCaseSchema>;
/** An approved proposal (made in the app) waiting for head office to give its case to the agency. */
export const HandoverReadySchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  proposalId: z.string(),
  reason: z.string(),
  proposedBy: z.string(),
  proposedAt: z.string(),
  approvedBy: z.string(),
  approvedAt: z.string(),
  /** The debtor's notice letter registered since the proposal; null: not yet (the case cannot be given). */
  noticeLetter: z.object({ id: z.string(), number: z.string(), issuedAt: z.string() }).nullable(),
});
export type HandoverReady = z.infer<typeof HandoverReadySchema>;
export const HandoverReadyAnswerSchema = z.object({ proposals: z.array(HandoverReadySchema) });

export const AgencyCasesAnswerSchema = z.object({ cases: z.array(AgencyCaseSchema) });
export const AssignAnswerSchema = z.object({ assigned: z.array(z.string()) });

export const ExportQuerySchema = z.strictObject({ format: z.enum(['csv', 'xlsx']).default('csv') });
export const ExportLogSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  exportedBy: z.string(),
  exportedAt: z.string(),
  format: z.enum(['csv', 'xlsx']),
  caseIds: z.array(z.string()),
  fields: z.array(ExportFieldSchema),
  masked: z.array(ExportFieldSchema),
  sha256: z.string(),
});
export type ExportLog = z.infer<typeof ExportLogSchema>;
export const ExportsAnswerSchema = z.object({ exports: z.array(ExportLogSchema) });

export const ResultsQuerySchema = z.strictObject({ fileName: z.string().trim().min(1).max(200) });
export const ResultProblemSchema = z.object({ rowNumber: z.number().int(), field: z.string(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export const ResultFileSchema = z.object({
  id: z.string(),
  agencyId: z.string(),
  fileName: z.string(),
  format: z.string(),
  rowCount: z.number().int(),
  acceptedCount: z.number().int(),
  counts: z.object({ contact: z.number().int(), payment: z.number().int(), promise: z.number().int() }),
  rejections: z.array(ResultProblemSchema),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});
export type ResultFile = z.infer<typeof ResultFileSchema>;
export const ResultUploadAnswerSchema = z.object({ alreadyUploaded: z.boolean(), file: ResultFileSchema });
export const ResultFilesAnswerSchema = z.object({ files: z.array(ResultFileSchema) });

/** A branch's recovery in a month: its own, and its agencies' apart (docs/kpi.md, "Agency recovery"). */
export const RecoveryQuerySchema = z.strictObject({
  branch: z.string().regex(/^\d{6}$/, 'a branch code is 6 digits'),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month YYYY-MM'),
});
export const BranchRecoverySchema = z.object({
  branchCode: z.string(),
  month: z.string(),
  ownRecoveredFen: z.number().int(),
  agency: z.object({ recoveredFen: z.number().int(), attempts: z.number().int(), promises: z.number().int() }),
});
export type BranchRecovery = z.infer<typeof BranchRecoverySchema>;
