import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { isSafeFileName } from '../ipc/fileName';
import { IdSchema, InstantSchema, Sha256HexSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind } from './kind';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_OWNER_KINDS, ATTACHMENT_TYPES } from './limits';

/**
 * An attachment (a visit's photo, a signed agreement's scan): insert-only metadata; its id is the SHA-256 of
 * its bytes, so the same photo attached twice to a case is stored once. The bytes stay on the device that
 * took them (head office gets the metadata and the hash).
 */

export const ATTACHMENT_LIMITS = { maxBytes: ATTACHMENT_MAX_BYTES, types: ATTACHMENT_TYPES } as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

// Control, format (bidi overrides such as U+202E that make "gpj.exe" read as "exe.jpg", zero-width) and
// line/paragraph separator characters.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** A bare file name: no path, no parent, nothing Windows refuses, nothing invisible, not hidden. */
export function isSafeAttachmentName(name: string): boolean {
  return isSafeFileName(name) && !INVISIBLE.test(name) && !name.startsWith('.');
}

const FileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(isSafeAttachmentName, 'a plain file name: no path, no "..", no device name, nothing hidden or invisible (文件名不安全)');
const SizeSchema = z.number().int().min(1).max(ATTACHMENT_MAX_BYTES, `at most ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MiB (文件过大)`);

export const AttachmentSchema = z.object({
  /** The SHA-256 of the content. */
  id: Sha256HexSchema,
  caseId: IdSchema,
  fileName: FileNameSchema,
  mimeType: z.enum(ATTACHMENT_TYPES),
  sizeBytes: SizeSchema,
  addedAt: InstantSchema,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const AttachmentOwnerSchema = z.strictObject({ kind: z.enum(ATTACHMENT_OWNER_KINDS), id: IdSchema });

/** Metadata only: the bytes travel separately and are checked against `sha256`, which is also the attachment's id. */
export const AddAttachmentArgsSchema = z.strictObject({
  caseId: IdSchema,
  sha256: Sha256HexSchema,
  /** The record it belongs to; null for the case itself. */
  owner: AttachmentOwnerSchema.nullable(),
  fileName: FileNameSchema,
  mimeType: z.enum(ATTACHMENT_TYPES),
  sizeBytes: SizeSchema,
  addedAt: InstantSchema,
});
export type AddAttachmentArgs = z.output<typeof AddAttachmentArgsSchema>;

export const addAttachment = mutationKind({ args: AddAttachmentArgsSchema, action: MUTATION_ACTIONS.addAttachment, conflict: INSERT_ONLY, toDevices: true });

export const attachmentArgs = (a: Attachment, owner: AddAttachmentArgs['owner']): AddAttachmentArgs => ({
  caseId: a.caseId, sha256: a.id, owner, fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes, addedAt: a.addedAt,
});

export const attachmentOf = (a: AddAttachmentArgs): Attachment => ({
  id: a.sha256, caseId: a.caseId, fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes, addedAt: a.addedAt,
});
