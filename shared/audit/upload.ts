import { z } from 'zod';
import { DeviceIdSchema } from '../sync/primitives';
import { AUDIT_BREAK_KINDS } from './chainCheck';
import { AuditEntrySchema } from './auditLog';

/**
 * POST /audit/entries: a device sends its own audit entries to head office, oldest first, resuming after the
 * last seq head office acknowledged (docs/server.md, "Audit chain at head office").
 */

/** Entries per request: a few hundred KB of JSON at most (an entry carries the record it changed). */
export const AUDIT_UPLOAD_MAX_ENTRIES = 200;

export const AuditUploadRequestSchema = z.strictObject({
  deviceId: DeviceIdSchema,
  entries: z.array(AuditEntrySchema).max(AUDIT_UPLOAD_MAX_ENTRIES),
});
export type AuditUploadRequest = z.infer<typeof AuditUploadRequestSchema>;

/**
 * How head office reads the body: the envelope strictly, each entry on its own (salvageAuditEntry), so one
 * entry edited into something invalid is flagged rather than refusing the batch with everything after it.
 */
export const AuditUploadEnvelopeSchema = z.strictObject({
  deviceId: DeviceIdSchema,
  entries: z.array(z.unknown()).max(AUDIT_UPLOAD_MAX_ENTRIES),
});

export const AuditBreakKindSchema = z.enum(AUDIT_BREAK_KINDS);

export const AuditUploadAnswerSchema = z.object({
  /** Entries kept that head office did not hold before. */
  received: z.number().int().nonnegative(),
  /** Entries it held already (a re-send). */
  duplicates: z.number().int().nonnegative(),
  /** The seq head office's copy of the chain has reached: the device sends what comes after it next time. */
  acknowledgedSeq: z.number().int().nonnegative(),
  /** How far the chain is verified from its first entry. */
  verifiedUpTo: z.number().int().nonnegative(),
  /** The breaks this batch showed (each recorded at head office as a finding). */
  breaks: z.array(z.object({ kind: AuditBreakKindSchema, seq: z.number().int().positive() })),
});
export type AuditUploadAnswer = z.infer<typeof AuditUploadAnswerSchema>;
