import { loadPublishedConfig, currentLimits } from '../config/configInForce';
import type { RecoveryDeskDb } from '../store/database';
import { recordSyncSuccess } from './repository/syncStatus';
import { type PullSummary } from './applyPage';
import { createAuditUpload } from './auditUpload';
import { createDirectoryRefresh } from './directory';
import { retryEvictions } from './evictions';
import { createEvidenceUpload } from './evidence/upload';
import { run, type SyncResult } from './failure';
import { createPull } from './pull';
import { createPush, type PushSummary } from './push';
import { createTransport, type SyncCredentials } from './transport';
import { deviceReportHeaders } from './deviceReport';

/**
 * The device's half of the sync protocol (docs/architecture.md, Sync): push the outbox, then pull the scope's
 * changes page by page. Built here from its parts: the transport (HTTP, time limit, head office's errors), push,
 * pull-and-apply, and the bookkeeping in meta (sync/repository/syncStatus). Every answer is checked with the shared schemas;
 * every failure comes back as a typed result, never as an exception into the UI.
 */

export { SYNC_META, type BadRecord, type EvictedCase, type StoredRejection } from './repository/syncStatus';
export type { SyncFailure, SyncFailureCode, SyncResult } from './failure';
export type { SyncCredentials } from './transport';
export type { PushSummary } from './push';
export type { PullSummary } from './applyPage';

export interface SyncClientOptions {
  baseUrl: string;
  fetch: typeof fetch;
  db: RecoveryDeskDb;
  /** Null (or a throw) when nobody is signed in: the sync fails as unauthorized. */
  credentials: () => SyncCredentials | null | Promise<SyncCredentials | null>;
  /** Changes per pull page (at most PULL_MAX_LIMIT). */
  pullLimit?: number;
  /** Mutations per push (at most PUSH_MAX_MUTATIONS). */
  pushBatch?: number;
  /** How long one request may take before it fails as a network failure (DEFAULT_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** The branch's waiver limit: a plan pulled from another device above it arrives pending approval. */
  branchWaiverLimitFen?: number | (() => number);
  now?: () => Date;
  /** Reported to head office with each request, with the pending count (sync/deviceReport.ts). */
  appVersion?: string;
}

export interface SyncClient {
  /** Push, then pull, then the branch directory, then record the success. */
  syncOnce(): Promise<SyncResult<{ push: PushSummary; pull: PullSummary; at: string }>>;
  push(): Promise<SyncResult<PushSummary>>;
  pull(): Promise<SyncResult<PullSummary>>;
}

export function createSyncClient(options: SyncClientOptions): SyncClient {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const transport = createTransport({ baseUrl: options.baseUrl, fetch: options.fetch, credentials: options.credentials, requestTimeoutMs: options.requestTimeoutMs, reportHeaders: deviceReportHeaders(db, options.appVersion) });
  const pushAll = createPush({ db, transport, batchSize: options.pushBatch, now });
  const refreshDirectory = createDirectoryRefresh({ db, transport });
  const uploadEvidence = createEvidenceUpload({ db, transport, baseUrl: options.baseUrl, fetch: options.fetch, now });
  const sendAudit = createAuditUpload({ db, transport });
  const pullAll = createPull({ db, transport, pageSize: options.pullLimit, branchWaiverLimitFen: options.branchWaiverLimitFen ?? (() => currentLimits().waiverLimitFen), now });

  return {
    push: () => run(pushAll),
    pull: () => run(pullAll),
    syncOnce: () =>
      run(async () => {
        const push = await pushAll();
        // The audit log to head office (createAuditUpload): its failure is not the records'.
        await sendAudit();
        const pull = await pullAll();
        // Tombstones deferred during this pull may be evictable already (their entries were pushed above).
        const after = await retryEvictions(db, () => now().toISOString());
        pull.evicted += after;
        pull.deferred = Math.max(0, pull.deferred - after);
        // The branch's staff (who cases can go to): its failure is not the records' (createDirectoryRefresh).
        await refreshDirectory();
        // The configuration head office published (letterheads, calendar years, limits), as pulled above.
        await loadPublishedConfig(db);
        // Evidence bytes after the records that name them (sync/evidence): its failure is kept for the Sync screen, not the sync's.
        await uploadEvidence();
        const at = now().toISOString();
        await recordSyncSuccess(db, at);
        return { push, pull, at };
      }),
  };
}
