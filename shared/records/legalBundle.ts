import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema, plainLine, Sha256HexSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind, type Maker } from './kind';
import { LEGAL_BUNDLE_DOCUMENTS_MAX, LEGAL_NAME_MAX_LENGTH } from './limits';

/**
 * 证据材料 (the evidence bundle of a legal case) as a synced record (recordLegalBundle, insert-only): the PDF the
 * device rendered (shared/legal/bundle.ts) named by its SHA-256 and size, and its index, each document with its
 * own SHA-256. The PDF's bytes are kept sealed beside letters' and uploaded as evidence (renderer/src/sync/
 * evidence); head office accepts them because this record names the hash (evidence_refs, migration 30), and keeps
 * them with the case's evidence. A bundle built again (new letters, a later filing) is a new record.
 */

export const BUNDLE_DOCUMENT_KINDS = ['contract_summary', 'statement', 'letter', 'receipt', 'acknowledgement'] as const;

export const BundleIndexEntrySchema = z.strictObject({
  seq: z.number().int().min(1),
  kind: z.enum(BUNDLE_DOCUMENT_KINDS),
  title: plainLine(LEGAL_NAME_MAX_LENGTH).min(1),
  sha256: Sha256HexSchema,
  /** The issued PDF file (a letter), or the canonical JSON of the section's data. */
  hashOf: z.enum(['file', 'section']),
});
export type BundleIndexEntry = z.infer<typeof BundleIndexEntrySchema>;

export const RecordLegalBundleArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  /** The filing the bundle is for (its id is the legal case's). */
  legalCaseId: IdSchema,
  pdfSha256: Sha256HexSchema,
  pdfBytes: z.number().int().min(1),
  documents: z
    .array(BundleIndexEntrySchema)
    .min(1)
    .max(LEGAL_BUNDLE_DOCUMENTS_MAX)
    .refine((ds) => ds.every((d, i) => d.seq === i + 1), 'documents are numbered 1, 2, 3… in order'),
  builtAt: InstantSchema,
});
export type RecordLegalBundleArgs = z.output<typeof RecordLegalBundleArgsSchema>;

/** The device's copy: the args and who built it. */
export const LegalBundleRecordSchema = RecordLegalBundleArgsSchema.extend({ makerId: IdSchema });
export type LegalBundleRecord = z.infer<typeof LegalBundleRecordSchema>;

export const recordLegalBundle = mutationKind({ args: RecordLegalBundleArgsSchema, action: MUTATION_ACTIONS.recordLegalBundle, conflict: INSERT_ONLY, toDevices: true });

export const legalBundleArgs = ({ makerId: _maker, ...args }: LegalBundleRecord): RecordLegalBundleArgs => args;
export const legalBundleOf = (a: RecordLegalBundleArgs, by: Maker): LegalBundleRecord => ({ ...a, makerId: by.userId });
