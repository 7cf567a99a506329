import type { OutboxEntry } from '../../../../shared/sync';
import type { RecoveryDeskDb } from '../../store/database';

/**
 * The sync bookkeeping kept in the `meta` table: the pull cursor, the last success, what head office refused,
 * which cases left this device and why, and records that did not pass their schema. The sync client writes it
 * (renderer/src/sync), the Sync screen reads it; both go through this module, so the keys and shapes live once.
 */

/** Keys in the `meta` table. */
export const SYNC_META = {
  cursor: 'sync.cursor',
  lastSuccessAt: 'sync.lastSuccessAt',
  rejections: 'sync.rejections',
  /** Cases whose tombstone arrived while the outbox still named them: evicted after the next push. */
  pendingEvictions: 'sync.pendingEvictions',
  /** Cases evicted from this device (what the Sync screen shows). */
  evicted: 'sync.evicted',
  /** Records head office sent that did not pass their schema (reported, not applied). */
  badRecords: 'sync.badRecords',
  /** A fresh download after resetRequired: the case ids it has brought so far. */
  reset: 'sync.reset',
} as const;

export interface StoredRejection {
  mutationId: number;
  name: string;
  caseId: string | null;
  reason: { code: string; message: string };
  at: string;
}

export type EvictionReason = 'out_of_scope' | 'deleted' | 'reset';

export interface EvictedCase {
  caseId: string;
  caseNumber: string | null;
  reason: EvictionReason;
  at: string;
}

/** A tombstone kept until the case's outbox entries are pushed. */
export interface PendingEviction {
  caseId: string;
  reason: EvictionReason;
}

export interface BadRecord {
  kind: string;
  id: string;
  message: string;
  at: string;
}

/** A fresh download in progress: the case ids it has brought so far. */
export interface ResetProgress {
  seen: string[];
}

/** How many of each list are kept: the newest, so a long-lived device's meta table stays small. */
export const SYNC_LISTS_KEPT = {
  [SYNC_META.rejections]: 1000,
  [SYNC_META.evicted]: 1000,
  [SYNC_META.badRecords]: 200,
} as const;

type KeptList = keyof typeof SYNC_LISTS_KEPT;

export interface SyncLists {
  [SYNC_META.rejections]: StoredRejection;
  [SYNC_META.evicted]: EvictedCase;
  [SYNC_META.badRecords]: BadRecord;
  [SYNC_META.pendingEvictions]: PendingEviction;
}

export async function readSyncList<K extends keyof SyncLists>(db: RecoveryDeskDb, key: K): Promise<SyncLists[K][]> {
  return ((await db.meta.get(key))?.value as SyncLists[K][] | undefined) ?? [];
}

/** Appends to a kept list, dropping the oldest beyond its limit; call inside a transaction over meta. */
export async function appendSyncList<K extends KeptList>(db: RecoveryDeskDb, key: K, items: readonly SyncLists[K][]): Promise<void> {
  if (items.length === 0) return;
  const list = [...(await readSyncList(db, key)), ...items];
  await db.meta.put({ key, value: list.slice(Math.max(0, list.length - SYNC_LISTS_KEPT[key])) });
}

export async function writePendingEvictions(db: RecoveryDeskDb, pending: readonly PendingEviction[]): Promise<void> {
  await db.meta.put({ key: SYNC_META.pendingEvictions, value: [...pending] });
}

export async function readCursor(db: RecoveryDeskDb): Promise<string | null> {
  return ((await db.meta.get(SYNC_META.cursor))?.value as string | undefined) ?? null;
}

export async function writeCursor(db: RecoveryDeskDb, cursor: string): Promise<void> {
  await db.meta.put({ key: SYNC_META.cursor, value: cursor });
}

export async function readResetProgress(db: RecoveryDeskDb): Promise<ResetProgress | undefined> {
  return (await db.meta.get(SYNC_META.reset))?.value as ResetProgress | undefined;
}

export async function writeResetProgress(db: RecoveryDeskDb, progress: ResetProgress | null): Promise<void> {
  if (progress) await db.meta.put({ key: SYNC_META.reset, value: progress });
  else await db.meta.delete(SYNC_META.reset);
}

/** Head office asked for a fresh download: forget the cursor and start counting what the download brings. */
export async function startFreshDownload(db: RecoveryDeskDb): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.delete(SYNC_META.cursor);
    await writeResetProgress(db, { seen: [] });
  });
}

export async function recordSyncSuccess(db: RecoveryDeskDb, at: string): Promise<void> {
  await db.meta.put({ key: SYNC_META.lastSuccessAt, value: at });
}

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
    readSyncList(db, SYNC_META.rejections),
    readSyncList(db, SYNC_META.evicted),
  ]);
  return {
    pending,
    pendingCount,
    lastSuccessAt: (lastSuccess?.value as string | undefined) ?? null,
    rejections,
    evicted,
  };
}
