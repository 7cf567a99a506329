import { AUDIT_UPLOAD_MAX_ENTRIES, AuditUploadAnswerSchema, type AuditEntry, type AuditUploadRequest } from '../../../shared/audit';
import type { RecoveryDeskDb } from '../store/database';
import { reasonOf } from './failure';
import { parseAnswer, type Transport } from './transport';

/**
 * Sends this device's audit entries to head office (POST /audit/entries), oldest first, in batches, resuming
 * after the last seq head office acknowledged (kept in meta; lowered to what head office says it holds, asked
 * with an empty batch at the start). Part of every sync, after push. Head office checks
 * the chain and records any break; the device only sends. A failure (an older head office, a network drop)
 * leaves the acknowledged seq where it was and never fails the sync of records: the next sync resumes.
 */

/** The `meta` key of the last seq head office acknowledged. */
export const AUDIT_ACKNOWLEDGED_META = 'sync.auditAcknowledgedSeq';

/** Batches per sync, so a device with a long unsent log does not hold one sync for minutes; the rest go next time. */
export const AUDIT_MAX_BATCHES_PER_SYNC = 20;

export interface AuditUploadSummary {
  sent: number;
  acknowledgedSeq: number;
  /** Why it stopped early, when it did. */
  failure: string | null;
}

export interface AuditUploadOptions {
  db: RecoveryDeskDb;
  transport: Transport;
  batchSize?: number;
  maxBatches?: number;
}

export async function acknowledgedAuditSeq(db: RecoveryDeskDb): Promise<number> {
  const value = (await db.meta.get(AUDIT_ACKNOWLEDGED_META))?.value;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

export function createAuditUpload({ db, transport, batchSize, maxBatches }: AuditUploadOptions): () => Promise<AuditUploadSummary> {
  const size = Math.min(Math.max(1, Math.floor(batchSize ?? AUDIT_UPLOAD_MAX_ENTRIES)), AUDIT_UPLOAD_MAX_ENTRIES);
  const batches = maxBatches ?? AUDIT_MAX_BATCHES_PER_SYNC;
  return async () => {
    let acknowledged = await acknowledgedAuditSeq(db);
    const summary: AuditUploadSummary = { sent: 0, acknowledgedSeq: acknowledged, failure: null };
    try {
      const { accessToken, deviceId } = await transport.credentials();
      // Where head office stands first: a head office restored from a backup may hold less than it once
      // acknowledged, and entries sent after a gap it did not cause would read as removed.
      const standing = parseAnswer(AuditUploadAnswerSchema, await transport.post('/audit/entries', { deviceId, entries: [] } satisfies AuditUploadRequest, accessToken), 'audit');
      acknowledged = Math.min(acknowledged, standing.acknowledgedSeq);
      for (let round = 0; round < batches; round++) {
        const entries = await db.audit.where('seq').above(acknowledged).limit(size).toArray();
        if (entries.length === 0) break;
        const request: AuditUploadRequest = { deviceId, entries: entries.map(wireEntry) };
        const answer = parseAnswer(AuditUploadAnswerSchema, await transport.post('/audit/entries', request, accessToken), 'audit');
        summary.sent += entries.length;
        const lastSent = entries[entries.length - 1]!.seq;
        // Head office's copy of the chain reaches at least what it was sent; anything less would loop.
        if (answer.acknowledgedSeq < lastSent) {
          summary.failure = `head office acknowledged seq ${answer.acknowledgedSeq} of ${lastSent}`;
          break;
        }
        acknowledged = answer.acknowledgedSeq;
        await db.meta.put({ key: AUDIT_ACKNOWLEDGED_META, value: acknowledged });
        summary.acknowledgedSeq = acknowledged;
        if (entries.length < size) break;
      }
    } catch (err) {
      summary.failure = reasonOf(err);
    }
    return summary;
  };
}

/**
 * Exactly the chain's fields, as hashed: a property the store keeps for itself does not travel. Entries go
 * as written; their before/after are the records the action changed, which head office receives through sync
 * anyway, and head office keeps only their digests (docs/security.md).
 */
function wireEntry(e: AuditEntry): AuditEntry {
  return {
    seq: e.seq,
    id: e.id,
    at: e.at,
    userId: e.userId,
    deviceId: e.deviceId,
    action: e.action,
    entity: { kind: e.entity.kind, id: e.entity.id },
    caseId: e.caseId,
    before: e.before ?? null,
    after: e.after ?? null,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
