import type { RecoveryDeskDb } from '../store/database';
import { caseRecordTables, evictCaseRecords } from './repository/applyRecords';
import { appendSyncList, readSyncList, SYNC_META, writePendingEvictions, type EvictedCase, type EvictionReason, type PendingEviction } from './repository/syncStatus';

/**
 * Cases leaving this device: a tombstone or the end of a fresh download removes a case with its records,
 * unless the outbox still names it; then it waits (a pending eviction) until those entries are pushed.
 */

/** Whether the outbox still has entries for the case (its removal must wait for the push). */
export async function hasPending(db: RecoveryDeskDb, caseId: string): Promise<boolean> {
  return (await db.outbox.where('caseId').equals(caseId).count()) > 0;
}

/**
 * Deletes a case, its list row and its records, noting it in `log` if it was here; call inside a transaction
 * over cases, caseRows, meta and caseRecordTables.
 */
export async function evictCase(db: RecoveryDeskDb, caseId: string, reason: EvictionReason, at: string, log: EvictedCase[]): Promise<boolean> {
  const existing = await db.cases.get(caseId);
  await db.cases.delete(caseId);
  await db.caseRows.delete(caseId);
  // A case that left the user's scope takes its history with it (contacts, receipts, plans …).
  await evictCaseRecords(db, caseId);
  if (existing) log.push({ caseId, caseNumber: existing.caseNumber, reason, at });
  return existing !== undefined;
}

/** Evicts the cases whose tombstones waited for their outbox entries, now that those may be pushed. */
export async function retryEvictions(db: RecoveryDeskDb, at: () => string): Promise<number> {
  return db.transaction('rw', [db.cases, db.caseRows, db.outbox, db.meta, ...caseRecordTables(db)], async () => {
    const pending = await readSyncList(db, SYNC_META.pendingEvictions);
    if (pending.length === 0) return 0;
    const when = at();
    const still: PendingEviction[] = [];
    const log: EvictedCase[] = [];
    for (const p of pending) {
      if (await hasPending(db, p.caseId)) still.push(p);
      else await evictCase(db, p.caseId, p.reason, when, log);
    }
    await writePendingEvictions(db, still);
    await appendSyncList(db, SYNC_META.evicted, log);
    return log.length;
  });
}
