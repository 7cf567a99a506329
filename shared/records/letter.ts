import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { LETTER_TYPES } from '../letters/types';
import { FenSchema, IdSchema, InstantSchema, LocalDateSchema, NewIdSchema, ReasonSchema, Sha256HexSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind } from './kind';
import { DELIVERY_METHODS, DELIVERY_OUTCOMES, SIGNER_TYPES } from './limits';

/**
 * A letter (催收函): issued once with its register number (insert-only; the PDF stays on the device, its
 * SHA-256 travels), then posted, delivered or returned (repeatable events), acknowledged by a signed 回执
 * once, or voided once. The device's register entry is renderer/src/db/letters/register.ts.
 */

export const IssueLetterArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  partyId: IdSchema,
  number: z.string().min(8).max(60),
  type: z.enum(LETTER_TYPES),
  templateId: z.string().min(1).max(100),
  templateVersion: z.string().min(1).max(40),
  totalFen: FenSchema,
  verificationCode: z.string().min(4).max(20),
  pdfSha256: Sha256HexSchema,
  copy: z.boolean(),
  issuedAt: InstantSchema,
});
export type IssueLetterArgs = z.output<typeof IssueLetterArgsSchema>;

/** Posting (tracking number), delivery with proof, or return of a letter. */
export const RecordLetterDeliveryArgsSchema = z.strictObject({
  caseId: IdSchema,
  letterId: IdSchema,
  method: z.enum(DELIVERY_METHODS),
  trackingNumber: z.string().trim().max(60).nullable(),
  outcome: z.enum(DELIVERY_OUTCOMES),
  evidence: z.string().trim().max(200).nullable(),
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
  reason: ReasonSchema,
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
