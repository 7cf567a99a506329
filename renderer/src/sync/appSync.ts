import type { RecoveryDeskDb } from '../store/database';
import { createSyncClient, type SyncFailure } from './syncClient';
import { createSyncScheduler, type SchedulerRun, type SyncScheduler } from './syncScheduler';
import type { AccessProblem, SessionAccess } from './sessionAccess';

/**
 * The app's sync: one client and one scheduler per signed-in session. Syncs at start, on the `online`
 * event, on the scheduler's timer and on "Sync now"; skipped while the browser says it is offline.
 */

export type AppSyncEvent =
  | { type: 'started' }
  | { type: 'finished'; run: SchedulerRun }
  | { type: 'skipped_offline' }
  | { type: 'session_ended'; problem: Exclude<AccessProblem, 'unreachable'> };

export interface AppSyncOptions {
  db: RecoveryDeskDb;
  baseUrl: string;
  deviceId: string;
  access: SessionAccess;
  onEvent: (event: AppSyncEvent) => void;
  isOnline?: () => boolean;
  intervalMs?: number;
  /** The app's version, reported to head office at each sync. */
  appVersion?: string;
  /** Where `online` is listened for; window in the app. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'> | null;
}

export interface AppSync {
  start(): void;
  syncNow(): Promise<SchedulerRun>;
  stop(): void;
}

export const OFFLINE_FAILURE: SyncFailure = { code: 'network', message: 'offline' };

export function createAppSync(options: AppSyncOptions): AppSync {
  const { db, access, onEvent } = options;
  const isOnline = options.isOnline ?? (() => globalThis.navigator?.onLine !== false);
  const events = options.events === undefined ? (globalThis as { window?: Window }).window ?? null : options.events;
  let ended = false;

  const client = createSyncClient({
    baseUrl: options.baseUrl,
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    db,
    fetch: access.fetch,
    credentials: async () => {
      const ensured = await access.ensure();
      if (!ensured.ok) throw new Error(ensured.problem);
      return { accessToken: ensured.token, deviceId: options.deviceId };
    },
  });

  function endIfHeadOfficeSaidSo(): boolean {
    const problem = access.problem;
    if (ended || (problem !== 'revoked' && problem !== 'wiped' && problem !== 'sign_in_again')) return ended;
    ended = true;
    scheduler.stop();
    onEvent({ type: 'session_ended', problem });
    return true;
  }

  async function sync() {
    if (!isOnline()) {
      onEvent({ type: 'skipped_offline' });
      return { ok: false as const, error: OFFLINE_FAILURE };
    }
    onEvent({ type: 'started' });
    const ensured = await access.ensure();
    if (!ensured.ok) {
      endIfHeadOfficeSaidSo();
      return { ok: false as const, error: { code: ensured.problem === 'unreachable' ? ('network' as const) : ('unauthorized' as const), message: ensured.detail || ensured.problem } };
    }
    const result = await client.syncOnce();
    endIfHeadOfficeSaidSo();
    return result.ok ? { ok: true as const } : { ok: false as const, error: result.error };
  }

  const scheduler: SyncScheduler = createSyncScheduler({
    sync,
    intervalMs: options.intervalMs ?? 60_000,
    onResult: (run) => {
      if (!ended) onEvent({ type: 'finished', run });
    },
  });

  const onOnline = () => void scheduler.syncNow();

  return {
    start() {
      events?.addEventListener('online', onOnline);
      scheduler.start();
    },
    syncNow: () => scheduler.syncNow(),
    stop() {
      events?.removeEventListener('online', onOnline);
      scheduler.stop();
    },
  };
}
