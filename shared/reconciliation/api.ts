import { z } from 'zod';
import { LocalDateSchema } from '../sync/primitives';

/**
 * What head office's reconciliation routes answer (docs/server.md, "Receipts reconciliation"): the server
 * describes its routes with these and the console checks every answer with them.
 */

/** How many days after a receipt's day its deposit may be dated, when the reader does not say. */
export const DEFAULT_LAG_DAYS = 1;
export const MAX_LAG_DAYS = 10;

const Fen = z.number().int().nonnegative();
const TallySchema = z.object({ count: z.number().int().nonnegative(), fen: Fen });

export const FieldReceiptSchema = z.object({
  id: z.string(),
  number: z.string(),
  amountFen: Fen,
  receivedOn: LocalDateSchema,
  receivedAt: z.string(),
  collectorId: z.string(),
  collectorName: z.string(),
  branchCode: z.string(),
  caseId: z.string(),
  payerName: z.string(),
  voided: z.boolean(),
});

export const BankDepositSchema = z.object({
  id: z.string(),
  date: LocalDateSchema,
  amountFen: Fen,
  account: z.string(),
  reference: z.string(),
  branchCode: z.string().nullable(),
  fileId: z.string(),
  rowNumber: z.number().int(),
});

const ReceiptTotalsShape = { receipts: TallySchema, matched: TallySchema, mismatched: TallySchema, unmatched: TallySchema, voided: TallySchema };

export const DepositProblemSchema = z.object({
  rowNumber: z.number().int(),
  field: z.string(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const DepositFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  day: LocalDateSchema,
  branchCode: z.string().nullable(),
  format: z.enum(['csv', 'xlsx']),
  sha256: z.string(),
  rowCount: z.number().int(),
  acceptedCount: z.number().int(),
  rejections: z.array(DepositProblemSchema),
  uploadedBy: z.string(),
  uploadedByName: z.string(),
  uploadedAt: z.string(),
});
export type DepositFile = z.infer<typeof DepositFileSchema>;

export const UploadAnswerSchema = z.object({
  /** true: these exact bytes were uploaded before; nothing new was stored. */
  alreadyUploaded: z.boolean(),
  file: DepositFileSchema,
});
export type UploadAnswer = z.infer<typeof UploadAnswerSchema>;

export const DepositFilesAnswerSchema = z.object({ files: z.array(DepositFileSchema) });

export const ReportAnswerSchema = z.object({
  day: LocalDateSchema,
  branchCode: z.string().nullable(),
  lagDays: z.number().int(),
  today: LocalDateSchema,
  branches: z.array(z.object({ code: z.string(), name: z.string() })),
  files: z.array(DepositFileSchema.omit({ rejections: true })),
  matched: z.array(z.object({ receipt: FieldReceiptSchema, deposit: BankDepositSchema })),
  mismatches: z.array(z.object({ receipt: FieldReceiptSchema, deposit: BankDepositSchema, reasons: z.array(z.enum(['amount_differs', 'before_receipt', 'after_lag'])) })),
  unmatchedReceipts: z.array(z.object({ receipt: FieldReceiptSchema, state: z.enum(['pending', 'overdue']), dueBy: LocalDateSchema })),
  unmatchedDeposits: z.array(
    z.object({
      deposit: BankDepositSchema,
      reason: z.enum(['no_receipt_number', 'several_receipts', 'unknown_receipt', 'voided_receipt', 'already_paired']),
      receiptNumbers: z.array(z.string()),
    }),
  ),
  voided: z.array(z.object({ receipt: FieldReceiptSchema, depositIds: z.array(z.string()) })),
  byCollector: z.array(z.object({ collectorId: z.string(), collectorName: z.string(), branchCode: z.string(), ...ReceiptTotalsShape })),
  byBranch: z.array(z.object({ branchCode: z.string().nullable(), ...ReceiptTotalsShape, deposits: TallySchema, unmatchedDeposits: TallySchema })),
  totals: z.object({ ...ReceiptTotalsShape, deposits: TallySchema, unmatchedDeposits: TallySchema }),
});
export type ReportAnswer = z.infer<typeof ReportAnswerSchema>;

/** The query of the report and its export. */
export const ReportQuerySchema = z.strictObject({
  day: LocalDateSchema,
  branch: z.string().regex(/^[0-9A-Za-z_-]{1,32}$/, 'a branch code').optional(),
  lagDays: z.coerce.number().int().min(0).max(MAX_LAG_DAYS).default(DEFAULT_LAG_DAYS),
});

export const ExportQuerySchema = ReportQuerySchema.extend({ format: z.enum(['csv', 'xlsx']).default('csv') });

/** The upload's query: the bytes are the body. */
export const UploadQuerySchema = z.strictObject({
  day: LocalDateSchema,
  branch: z.string().regex(/^[0-9A-Za-z_-]{1,32}$/, 'a branch code').optional(),
  fileName: z.string().trim().min(1).max(200).default('deposits'),
});
