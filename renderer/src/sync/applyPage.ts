import type { PullResponse } from '../../../shared/sync/protocol';
import type { RecoveryDeskDb } from '../store/database';
import { applyPulledRecord, pulledRecordTables, type RecordChange } from './repository/applyRecords';
import { editsCase } from './repository/caseEdits';
import { preparePulledCases, putPulledCases, type PulledCase } from './repository/pulledCases';
import type { RowSealer } from '../store/encryption/prepared/rowSealer';
import {
  appendSyncList,
  readResetProgress,
  readSyncList,
  SYNC_META,
  writeCursor,
  writePendingEvictions,
  writeResetProgress,
  type BadRecord,
  type EvictedCase,
  type PendingEviction,
} from './repository/syncStatus';
import { evictCase, hasPending } from './evictions';
import { putPulledConfig } from '../config/repository/publishedConfigs';
import { putPulledException } from '../conduct/repository/pulledExceptions';
import { CONDUCT_EXCEPTION_RECORD } from '../../../shared/conduct/exceptions';
import type { ApplyPageOptions, PullSummary } from './pullSummary';

export { emptyPullSummary, type ApplyPageOptions, type PullSummary } from './pullSummary';

/**
 * One pull page written to the device: its cases, records and tombstones, the sync bookkeeping they change and
 * the cursor, all in one transaction, so a pull stopped anywhere resumes from the last page written.
 */

/**
 * A pull page checked as far as it can be outside its transaction: the answer's schema, and each case's
 * own schema, list row, sealing and blind indexes (see sync/repository/pulledCases; in the store's row sealer,
 * a worker). Runs as soon as the page arrives, so it overlaps with the previous page's write.
 */
export interface PreparedPage {
  /** The cursor the page was asked from. */
  from: string | null;
  page: PullResponse;
  /** By change index: the checked case of each case change. */
  cases: Map<number, PulledCase | { error: string }>;
}

export async function preparePage(from: string | null, page: PullResponse, sealer: RowSealer | null): Promise<PreparedPage> {
  const at: number[] = [];
  const items: { id: string; data: unknown }[] = [];
  page.changes.forEach((ch, i) => {
    if (ch.kind !== 'case') return;
    at.push(i);
    items.push({ id: ch.id, data: ch.data });
  });
  const prepared = await preparePulledCases(sealer, items);
  const cases = new Map<number, PulledCase | { error: string }>();
  prepared.forEach((p, k) => cases.set(at[k]!, p));
  return { from, page, cases };
}


export async function applyPage(db: RecoveryDeskDb, { page, cases }: PreparedPage, summary: PullSummary, { branchWaiverLimitFen, at }: ApplyPageOptions): Promise<void> {
  const { changes, hasMore } = page;
  const cursor = page.cursor!;
  await db.transaction('rw', [db.outbox, db.meta, db.publishedConfigs, ...pulledRecordTables(db)], async () => {
    const pendingList = await readSyncList(db, SYNC_META.pendingEvictions);
    const pending = new Map<string, PendingEviction>(pendingList.map((p) => [p.caseId, p]));
    const reset = await readResetProgress(db);
    const seen = reset ? new Set(reset.seen) : null;
    // By case id, in the order of each case's last change in the page (a Map keeps insertion order).
    const puts = new Map<string, PulledCase>();
    const bad: BadRecord[] = [];
    const log: EvictedCase[] = [];
    const records: RecordChange[] = [];
    for (let i = 0; i < changes.length; i++) {
      const ch = changes[i]!;
      if (ch.kind === 'record' && ch.name === CONDUCT_EXCEPTION_RECORD) {
        // Head office's finding, not a record a device made: its own table (renderer/src/conduct).
        const outcome = await putPulledException(db, ch.id, ch.data);
        if (outcome.status === 'bad') bad.push({ kind: ch.name, id: ch.id, message: outcome.message, at });
        else if (outcome.status === 'applied') summary.records++;
      } else if (ch.kind === 'record') {
        records.push(ch);
      } else if (ch.kind === 'config') {
        const outcome = await putPulledConfig(db, ch.data);
        if (outcome.status === 'bad') bad.push({ kind: 'config', id: ch.id, message: outcome.message, at });
        else summary.configs = (summary.configs ?? 0) + 1;
      } else if (ch.kind === 'tombstone') {
        if (ch.of !== 'case') continue; // other kinds are not stored from pulls yet
        seen?.delete(ch.id);
        puts.delete(ch.id);
        if (await hasPending(db, ch.id)) {
          pending.set(ch.id, { caseId: ch.id, reason: ch.reason });
          summary.deferred++;
        } else {
          pending.delete(ch.id);
          // The case's records before its tombstone go with it; any after it (the case came back, e.g.
          // reassigned to this user again, its history re-sent) are applied (SIM_SEED=2019).
          dropRecordsOf(records, ch.id);
          if (await evictCase(db, ch.id, ch.reason, at, log)) summary.evicted++;
        }
      } else if (ch.kind === 'case') {
        const checked = cases.get(i)!;
        if ('error' in checked) {
          bad.push({ kind: ch.kind, id: ch.id, message: checked.error, at });
          continue;
        }
        pending.delete(ch.id);
        seen?.add(ch.id);
        puts.delete(ch.id);
        puts.set(ch.id, checked);
      }
      // Other kinds (rule packs, letter templates …) are not sent by head office yet.
    }
    if (puts.size > 0) {
      // The same derivation as CaseRepository.putCases: a case and its list row together.
      await putPulledCases(db, [...puts.values()]);
      summary.cases += puts.size;
    }
    // In head office's order, so a void follows its receipt. No outbox or audit entries: these records are
    // head office's, not made here. A phone or status record whose case came in this page is in that copy
    // already (head office sends a case after every record that changed it).
    for (const rec of records) {
      if (rec.caseId !== null && puts.has(rec.caseId) && editsCase(rec.name)) continue;
      const outcome = await applyPulledRecord(db, rec, { branchWaiverLimitFen });
      if (outcome.status === 'applied') summary.records++;
      else if (outcome.status === 'bad') bad.push({ kind: rec.name, id: rec.id, message: outcome.message, at });
    }
    if (seen && !hasMore) {
      // The fresh download is complete: cases it did not bring have left the scope (their tombstones may be gone).
      const local = (await db.cases.toCollection().primaryKeys()) as string[];
      for (const id of local) {
        if (seen.has(id)) continue;
        if (await hasPending(db, id)) {
          pending.set(id, { caseId: id, reason: 'reset' });
          summary.deferred++;
        } else if (await evictCase(db, id, 'reset', at, log)) summary.evicted++;
      }
      await writeResetProgress(db, null);
    } else if (seen) {
      await writeResetProgress(db, { seen: [...seen] });
    }
    summary.badRecords += bad.length;
    await appendSyncList(db, SYNC_META.badRecords, bad);
    await appendSyncList(db, SYNC_META.evicted, log);
    await writePendingEvictions(db, [...pending.values()]);
    await writeCursor(db, cursor);
  });
}

/** Removes, in place, the records of one case collected so far in a page. */
function dropRecordsOf(records: { caseId: string | null }[], caseId: string): void {
  let kept = 0;
  for (const r of records) if (r.caseId !== caseId) records[kept++] = r;
  records.length = kept;
}
