import type { AttachmentType } from '../records/attachment';

/**
 * What a file is, from its first bytes: head office never trusts a declared type (docs/security.md,
 * "Evidence"). Only the kinds evidence may be: a JPEG or PNG photo, a PDF scan or letter.
 */
const MAGIC: ReadonlyArray<{ type: AttachmentType; magic: readonly number[] }> = [
  { type: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  { type: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // "%PDF-"
];

/** Bytes needed from the start of a file to tell its type. */
export const SNIFF_BYTES = 8;

/** The file's type from its first bytes, or null when it is none of the allowed kinds (or too short to tell). */
export function sniffEvidenceType(firstBytes: Uint8Array): AttachmentType | null {
  const found = MAGIC.find(({ magic }) => firstBytes.length >= magic.length && magic.every((b, i) => firstBytes[i] === b));
  return found?.type ?? null;
}
