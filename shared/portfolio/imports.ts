import { z } from 'zod';

/**
 * The head-office console's extract imports, as head office answers them (server/console/portfolio/imports.ts)
 * and the console reads them (console/src/portfolio/). One schema, checked on both sides.
 */

export const IMPORT_STATUSES = ['pending', 'applied', 'discarded', 'expired', 'refused', 'dry_run'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const ImportCountsSchema = z.object({
  new: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  closed: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  rejectedRows: z.number().int().nonnegative(),
});
export type ImportCountsView = z.infer<typeof ImportCountsSchema>;

/** A message of the import (shared/portfolio/importMessages.ts): its code and values; the console translates it. */
const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const RejectionViewSchema = z.object({
  row: z.number().int().nonnegative(),
  customerNo: z.string(),
  field: z.string(),
  code: z.string(),
  params: ParamsSchema,
});
export type RejectionView = z.infer<typeof RejectionViewSchema>;

export const ClosingCaseViewSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  branchCode: z.string(),
  officerId: z.string().nullable(),
});

export const ImportSummarySchema = z.object({
  id: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  uploadedBy: z.string(),
  uploadedByName: z.string().nullable(),
  uploadedAt: z.string(),
  status: z.enum(IMPORT_STATUSES),
  appliedAt: z.string().nullable(),
  appliedBy: z.string().nullable(),
  discardedAt: z.string().nullable(),
  snapshotDate: z.string().nullable(),
  counts: ImportCountsSchema,
  fileError: z.object({ code: z.string(), params: ParamsSchema }).nullable(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

/** Rejections shown on screen at most; the report has them all. */
export const REJECTIONS_SHOWN = 500;

export const ImportViewSchema = ImportSummarySchema.extend({
  byBranch: z.array(ImportCountsSchema.extend({ branchCode: z.string() })),
  closures: z.object({
    count: z.number().int().nonnegative(),
    open: z.number().int().nonnegative(),
    limit: z.number().int().nonnegative(),
    needsConfirmation: z.boolean(),
    /** The first of them (REJECTIONS_SHOWN at most); `count` says how many there are. */
    cases: z.array(ClosingCaseViewSchema),
  }),
  rejectionCount: z.number().int().nonnegative(),
  /** The first REJECTIONS_SHOWN, in row order. */
  rejections: z.array(RejectionViewSchema),
  /** Until when the uploaded file is kept for applying (pending only). */
  keptUntil: z.string().nullable(),
  /** The same bytes (SHA-256) were applied before: importing them again changes nothing. */
  sameFileApplied: z.object({ id: z.string(), appliedAt: z.string() }).nullable(),
});
export type ImportView = z.infer<typeof ImportViewSchema>;

export const ImportListSchema = z.object({ imports: z.array(ImportSummarySchema), total: z.number().int().nonnegative() });

export const ApplyImportBodySchema = z.strictObject({
  /** The number of closures the admin confirmed after seeing them (needed when the dry run says so). */
  confirmClosures: z.number().int().nonnegative().optional(),
});

/** The upload's file name travels in the query (the body is the file's bytes). */
export const UploadQuerySchema = z.strictObject({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/\.(csv|xlsx)$/i, 'a core-banking extract is a .csv or .xlsx file'),
});
