// The evidence bookkeeping's row type lives with the store's tables (database.ts types its table with it), so
// the store need not import the sync capability; sync/evidence/ uses it.
/** What the device knows of one piece of evidence's bytes at head office (sync/evidence/evidenceState.ts). */
export interface EvidenceUploadRow {
  /** The SHA-256 of the bytes: an attachment's id, or an issued letter's pdfSha256. */
  sha256: string;
  /** When head office confirmed it holds these bytes; null until then. */
  confirmedAt: string | null;
  /** When this device dropped its own copy (only ever after confirmation); null while it keeps one. */
  droppedAt: string | null;
}
