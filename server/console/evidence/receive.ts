import { createHash } from 'node:crypto';
import type { Principal } from '../../auth/principal';
import type { Db } from '../../db/types';
import { HttpError } from '../../http/errors';
import type { ChunkQuery, EvidenceState } from '../../../shared/evidence/protocol';
import { sniffEvidenceType, SNIFF_BYTES } from '../../../shared/evidence/sniff';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/records/limits';
import type { EvidenceRef } from './registry';
import type { EvidenceStore } from './storeTypes';

/**
 * Receiving evidence bytes (docs/server.md, "Evidence"): chunks arrive in order at the offset head office
 * says it has; the first is type-checked from its magic bytes, the last completes the file, whose SHA-256 must
 * be the hash it was sent under. Only then is it held; a mismatch throws the whole upload away.
 */
export interface ReceiveDeps {
  db: Db;
  store: EvidenceStore;
  uploadLimitBytes: number;
  now: () => number;
}

/** Where each hash stands: held, or how many bytes of an upload under way arrived. */
export async function statesOf(db: Db, hashes: readonly string[]): Promise<EvidenceState[]> {
  if (hashes.length === 0) return [];
  const held = await db.query<{ sha256: string }>('SELECT sha256 FROM evidence WHERE sha256 = ANY($1::text[])', [hashes]);
  const partial = await db.query<{ sha256: string; received_bytes: string | number }>('SELECT sha256, received_bytes FROM evidence_uploads WHERE sha256 = ANY($1::text[])', [hashes]);
  const heldSet = new Set(held.rows.map((r) => r.sha256));
  const received = new Map(partial.rows.map((r) => [r.sha256, Number(r.received_bytes)]));
  return hashes.map((sha256) => ({ sha256, held: heldSet.has(sha256), receivedBytes: heldSet.has(sha256) ? 0 : (received.get(sha256) ?? 0) }));
}

/** The most bytes a hash may have: an attachment's limit and declared size, or the upload limit for a letter. */
export function sizeRule(refs: readonly EvidenceRef[], uploadLimitBytes: number): { max: number; declared: number | null } {
  const attachment = refs.find((r) => r.kind === 'attachment');
  const declared = attachment && typeof attachment.args.sizeBytes === 'number' ? attachment.args.sizeBytes : null;
  return { max: attachment ? Math.min(ATTACHMENT_MAX_BYTES, uploadLimitBytes) : uploadLimitBytes, declared };
}

export async function receiveChunk(deps: ReceiveDeps, who: Principal, sha256: string, refs: readonly EvidenceRef[], query: ChunkQuery, body: Buffer): Promise<EvidenceState> {
  const { db, store } = deps;
  const [state] = await statesOf(db, [sha256]);
  // Deduplicated: the same bytes from another device (or again) are already here.
  if (state!.held) return state!;
  const { max, declared } = sizeRule(refs, deps.uploadLimitBytes);
  if (query.size > max) throw new HttpError(413, 'too_large', `${sha256} is ${query.size} bytes; evidence of this kind may be at most ${max}`, { maxBytes: max });
  if (declared !== null && declared !== query.size) throw new HttpError(400, 'bad_request', `query.size: the attachment record says ${declared} bytes, not ${query.size}`);
  if (body.byteLength === 0) throw new HttpError(400, 'bad_request', 'body: a chunk has at least one byte');
  if (query.offset !== state!.receivedBytes) {
    throw new HttpError(409, 'offset_mismatch', `head office has ${state!.receivedBytes} bytes of ${sha256}; continue from there`, { receivedBytes: state!.receivedBytes });
  }
  const end = query.offset + body.byteLength;
  if (end > query.size) throw new HttpError(400, 'bad_request', `body: the chunk ends at ${end}, past the file's size ${query.size}`);
  if (query.offset === 0) {
    // The first bytes say what the file is, whatever the device declared (docs/security.md, "Evidence").
    if (sniffEvidenceType(body.subarray(0, SNIFF_BYTES)) === null) throw new HttpError(415, 'wrong_type', 'evidence must be a JPEG or PNG photo or a PDF; these bytes are none of them');
  }
  await store.writePart(sha256, query.offset, body);
  const at = new Date(deps.now()).toISOString();
  await db.query(
    `INSERT INTO evidence_uploads (sha256, size_bytes, received_bytes, device_id, user_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (sha256) DO UPDATE SET size_bytes = EXCLUDED.size_bytes, received_bytes = EXCLUDED.received_bytes, device_id = EXCLUDED.device_id, user_id = EXCLUDED.user_id, updated_at = EXCLUDED.updated_at`,
    [sha256, query.size, end, who.deviceId, who.userId, at],
  );
  if (end < query.size) return { sha256, held: false, receivedBytes: end };
  return complete(deps, who, sha256, query.size, at);
}

async function complete(deps: ReceiveDeps, who: Principal, sha256: string, size: number, at: string): Promise<EvidenceState> {
  const { db, store } = deps;
  const bytes = await store.readPart(sha256);
  const actual = createHash('sha256').update(bytes).digest('hex');
  const type = sniffEvidenceType(bytes.subarray(0, SNIFF_BYTES));
  if (actual !== sha256 || bytes.byteLength !== size || type === null) {
    await forget(deps, sha256);
    if (type === null) throw new HttpError(415, 'wrong_type', 'evidence must be a JPEG or PNG photo or a PDF');
    throw new HttpError(422, 'hash_mismatch', `the bytes received hash to ${actual}, not ${sha256}; nothing was kept, send the file again from the start`, { actual });
  }
  await store.commit(sha256);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO evidence (sha256, size_bytes, mime_type, stored_in, stored_at, first_device_id, first_user_id) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (sha256) DO NOTHING`,
      [sha256, size, type, store.kind, at, who.deviceId, who.userId],
    );
    await tx.query('DELETE FROM evidence_uploads WHERE sha256 = $1', [sha256]);
  });
  return { sha256, held: true, receivedBytes: 0 };
}

async function forget(deps: ReceiveDeps, sha256: string): Promise<void> {
  await deps.store.discardPart(sha256);
  await deps.db.query('DELETE FROM evidence_uploads WHERE sha256 = $1', [sha256]);
}
