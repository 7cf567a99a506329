import type { OutboxEntry } from '../../../shared/sync';
import { SYNC_META, type EvictedCase, type StoredRejection } from '../sync/syncClient';
import type { RecoveryDeskDb } from './database';

export interface SyncStatus {
  pending: OutboxEntry[];
  pendingCount: number;
  lastSuccessAt: string | null;
  rejections: StoredRejection[];
  evicted: EvictedCase[];
}

/** What the Sync screen shows: the outbox (oldest first) and what the sync client recorded in meta. */
export async function readSyncStatus(db: RecoveryDeskDb, limit = 200): Promise<SyncStatus> {
  const [pending, pendingCount, lastSuccess, rejections, evicted] = await Promise.all([
    db.outbox.orderBy('mutationId').limit(limit).toArray(),
    db.outbox.count(),
    db.meta.get(SYNC_META.lastSuccessAt),
    db.meta.get(SYNC_META.rejections),
    db.meta.get(SYNC_META.evicted),
  ]);
  return {
    pending,
    pendingCount,
    lastSuccessAt: (lastSuccess?.value as string | undefined) ?? null,
    rejections: (rejections?.value as StoredRejection[] | undefined) ?? [],
    evicted: (evicted?.value as EvictedCase[] | undefined) ?? [],
  };
}
