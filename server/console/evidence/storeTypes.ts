/**
 * Where evidence bytes live (docs/server.md, "Evidence"): one interface over a folder on disk (PGlite setups,
 * DATA_DIR/evidence/<aa>/<sha256>) and a bytea table in PostgreSQL (DATABASE_URL), so a bank running several
 * instances against one database needs no shared disk. What arrived so far and what is held is kept in the
 * database either way (evidence_uploads, evidence); the store keeps only bytes.
 */
export interface EvidenceStore {
  readonly kind: 'disk' | 'database';
  /** Writes a chunk of an upload under way at `offset`, dropping anything already there from `offset` on. */
  writePart(sha256: string, offset: number, bytes: Uint8Array): Promise<void>;
  /** Everything of an upload under way, in order. */
  readPart(sha256: string): Promise<Buffer>;
  /** The upload is whole and verified: it becomes the held copy (an existing held copy is kept). */
  commit(sha256: string): Promise<void>;
  /** Forgets an upload under way (its hash did not match, or it was refused). */
  discardPart(sha256: string): Promise<void>;
  /** The held bytes; null when this store has none under that hash. */
  read(sha256: string): Promise<Buffer | null>;
}
