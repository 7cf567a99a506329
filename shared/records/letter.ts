import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { LETTER_TYPES } from '../letters/types';
import { FenSchema, IdSchema, InstantSchema, LocalDateSchema, NewIdSchema, ReasonSchema, Sha256HexSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind } from './kind';
import { charCount, DELIVERY_EVIDENCE_MAX_LENGTH, DELIVERY_METHODS, DELIVERY_OUTCOMES, SIGNER_TYPES, TRACKING_NUMBER_MAX_LENGTH, VOID_REASON_MIN_LENGTH } from './limits';

/**
 * A letter (催收函): issued once with its register number (insert-only; the PDF stays on the device, its
 * SHA-256 travels), then posted, delivered or returned (repeatable events), acknowledged by a signed 回执
 * once, or voided once. The device's register entry is renderer/src/letters/repository/register.ts.
 */

export const IssueLetterArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  partyId: IdSchema,
  number: z.string().min(8).max(60),
  type: z.enum(LETTER_TYPES),
  templateId: z.string().min(1).max(100),
  templateVersion: z.string().min(1).max(40),
  /** The published letterhead's version the letter printed (shared/publishedConfig); absent before there was one. */
  letterheadVersion: z.number().int().positive().optional(),
  totalFen: FenSchema,
  verificationCode: z.string().min(4).max(20),
  pdfSha256: Sha256HexSchema,
  copy: z.boolean(),
  issuedAt: InstantSchema,
  /** Why the same letter went to the same party again within the repeat interval; absent when it did not. */
  repeatReason: ReasonSchema.optional(),
});
export type IssueLetterArgs = z.output<typeof IssueLetterArgsSchema>;

/** Posting (tracking number), delivery with proof, or return of a letter. */
export const RecordLetterDeliveryArgsSchema = z.strictObject({
  caseId: IdSchema,
  letterId: IdSchema,
  method: z.enum(DELIVERY_METHODS),
  trackingNumber: z.string().trim().max(TRACKING_NUMBER_MAX_LENGTH).nullable(),
  outcome: z.enum(DELIVERY_OUTCOMES),
  evidence: z.string().trim().max(DELIVERY_EVIDENCE_MAX_LENGTH).nullable(),
  at: InstantSchema,
});
export type RecordLetterDeliveryArgs = z.output<typeof RecordLetterDeliveryArgsSchema>;

/** The 回执 came back signed. */
export const RecordLetterAcknowledgementArgsSchema = z.strictObject({
  caseId: IdSchema,
  letterId: IdSchema,
  signedOn: LocalDateSchema,
  signerType: z.enum(SIGNER_TYPES),
  at: InstantSchema,
});
export type RecordLetterAcknowledgementArgs = z.output<typeof RecordLetterAcknowledgementArgsSchema>;

export const VoidLetterArgsSchema = z.strictObject({
  caseId: IdSchema,
  letterId: IdSchema,
  reason: ReasonSchema.refine((r) => charCount(r) >= VOID_REASON_MIN_LENGTH, { message: `a void states why in at least ${VOID_REASON_MIN_LENGTH} characters (作废原因至少 ${VOID_REASON_MIN_LENGTH} 个字)` }),
  voidedAt: InstantSchema,
});
export type VoidLetterArgs = z.output<typeof VoidLetterArgsSchema>;

export const issueLetter = mutationKind({ args: IssueLetterArgsSchema, action: MUTATION_ACTIONS.issueLetter, conflict: INSERT_ONLY, toDevices: true });
export const recordLetterDelivery = mutationKind({
  args: RecordLetterDeliveryArgsSchema,
  action: MUTATION_ACTIONS.recordLetterDelivery,
  conflict: { class: 'repeatable_event', target: 'issueLetter', ref: (a) => a.letterId },
  toDevices: true,
});
export const recordLetterAcknowledgement = mutationKind({
  args: RecordLetterAcknowledgementArgsSchema,
  action: MUTATION_ACTIONS.recordLetterAcknowledgement,
  conflict: { class: 'once_only_correction', target: 'issueLetter', ref: (a) => a.letterId },
  toDevices: true,
});
export const voidLetter = mutationKind({
  args: VoidLetterArgsSchema,
  action: MUTATION_ACTIONS.voidLetter,
  conflict: { class: 'once_only_correction', target: 'issueLetter', ref: (a) => a.letterId },
  toDevices: true,
});

/** What the mappings read of a register entry (renderer/src/letters/repository/register.ts RegisteredLetter). */
interface LetterRef {
  id: string;
  caseId: string;
}

/** Device → head office: a register entry issued (or re-printed as a copy). */
export const letterArgs = (l: Omit<IssueLetterArgs, 'id' | 'issuedAt'> & { id: string; issuedAt: string }): IssueLetterArgs => ({
  id: l.id, caseId: l.caseId, partyId: l.partyId, number: l.number, type: l.type, templateId: l.templateId, templateVersion: l.templateVersion,
  totalFen: l.totalFen, verificationCode: l.verificationCode, pdfSha256: l.pdfSha256, copy: l.copy, issuedAt: l.issuedAt,
  ...(l.repeatReason ? { repeatReason: l.repeatReason } : {}),
  ...(l.letterheadVersion !== undefined ? { letterheadVersion: l.letterheadVersion } : {}),
});

export const deliveryArgs = (
  l: LetterRef,
  d: { method: RecordLetterDeliveryArgs['method']; trackingNumber: string | null; status: RecordLetterDeliveryArgs['outcome']; evidence: string | null },
  at: string,
): RecordLetterDeliveryArgs => ({ caseId: l.caseId, letterId: l.id, method: d.method, trackingNumber: d.trackingNumber, outcome: d.status, evidence: d.evidence, at });

export const acknowledgementArgs = (l: LetterRef, ack: { signedOn: string; signerType: RecordLetterAcknowledgementArgs['signerType'] }, at: string): RecordLetterAcknowledgementArgs => ({
  caseId: l.caseId, letterId: l.id, signedOn: ack.signedOn, signerType: ack.signerType, at,
});

export const voidLetterArgs = (l: LetterRef, reason: string, voidedAt: string): VoidLetterArgs => ({ caseId: l.caseId, letterId: l.id, reason: reason.trim(), voidedAt });
