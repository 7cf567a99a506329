import type { Db } from '../../db/types';
import type { EvidenceStore } from './storeTypes';

/**
 * Evidence in PostgreSQL (DATABASE_URL): one evidence_chunks row per uploaded chunk, keyed by its offset,
 * marked held when the whole file was verified. A held copy's rows are never rewritten or deleted here:
 * head office answers "held" before writing anything for a hash it holds.
 */
export function databaseEvidenceStore(db: Db): EvidenceStore {
  async function chunks(sha256: string, held: boolean): Promise<Buffer> {
    const res = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM evidence_chunks WHERE sha256 = $1 AND held = $2 ORDER BY offset_bytes', [sha256, held]);
    return Buffer.concat(res.rows.map((r) => Buffer.from(r.bytes)));
  }
  return {
    kind: 'database',
    async writePart(sha256, offset, bytes) {
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM evidence_chunks WHERE sha256 = $1 AND offset_bytes >= $2 AND NOT held', [sha256, offset]);
        await tx.query('INSERT INTO evidence_chunks (sha256, offset_bytes, bytes) VALUES ($1, $2, $3)', [sha256, offset, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
      });
    },
    readPart: (sha256) => chunks(sha256, false),
    async commit(sha256) {
      await db.query('UPDATE evidence_chunks SET held = true WHERE sha256 = $1', [sha256]);
    },
    async discardPart(sha256) {
      await db.query('DELETE FROM evidence_chunks WHERE sha256 = $1 AND NOT held', [sha256]);
    },
    async read(sha256) {
      const bytes = await chunks(sha256, true);
      return bytes.byteLength === 0 ? null : bytes;
    },
  };
}
