import { z } from 'zod';
import { Sha256HexSchema } from '../sync/primitives';

/**
 * The wire of evidence upload (docs/server.md, "Evidence"): a device asks which of its hashes head office
 * holds, then sends the bytes of each missing one in chunks at an offset, so a broken connection continues
 * where it stopped. Shared by the device's upload step and head office's routes.
 */

/** One chunk per request: small enough to resend cheaply after a drop, large enough to be few requests. */
export const EVIDENCE_CHUNK_BYTES = 1024 * 1024;
/** The most hashes one held-check names. */
export const HELD_CHECK_MAX = 500;

export const HeldRequestSchema = z.strictObject({
  hashes: z.array(Sha256HexSchema).min(1).max(HELD_CHECK_MAX),
});
export type HeldRequest = z.infer<typeof HeldRequestSchema>;

/** Where one hash stands at head office: held (verified and stored), or how many bytes of it arrived so far. */
export const EvidenceStateSchema = z.object({
  sha256: Sha256HexSchema,
  held: z.boolean(),
  receivedBytes: z.number().int().nonnegative(),
});
export type EvidenceState = z.infer<typeof EvidenceStateSchema>;

/** One state per hash asked about that a record on a case in the caller's scope names; other hashes are left out. */
export const HeldAnswerSchema = z.object({
  states: z.array(EvidenceStateSchema),
});
export type HeldAnswer = z.infer<typeof HeldAnswerSchema>;

/** The query of a chunk: where it starts in the file and the file's whole size. */
export const ChunkQuerySchema = z.strictObject({
  offset: z.coerce.number().int().nonnegative(),
  size: z.coerce.number().int().min(1),
});
export type ChunkQuery = z.infer<typeof ChunkQuerySchema>;
