import type { SyncFailure } from './failure';

/**
 * Runs syncs one at a time: on a timer, on demand ("Sync now", coming back online), and after a failure
 * again with exponential backoff and jitter, so a thousand devices do not all retry in the same second.
 * Across windows the Web Locks API keeps it to one sync per device; within one window a flag does.
 */

export const SYNC_LOCK_NAME = 'recovery-desk-sync';

export type SyncOutcome = { ok: true } | { ok: false; error: SyncFailure };
export type SchedulerRun = SyncOutcome | { ok: false; skipped: 'busy' | 'stopped' };

export interface LockLike {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

export interface TimerApi {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SyncSchedulerOptions {
  sync: () => Promise<SyncOutcome>;
  /** Between successful syncs. */
  intervalMs?: number;
  /** The first retry after a failure; doubled each failure up to maxBackoffMs. */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** Math.random by default; tests pass their own. */
  random?: () => number;
  /** setTimeout/clearTimeout by default; tests pass their own clock. */
  timers?: TimerApi;
  /** navigator.locks when available; null forces the in-process flag only. */
  locks?: LockLike | null;
  onResult?: (run: SchedulerRun) => void;
}

export interface SyncScheduler {
  start(): void;
  /** Syncs now unless one is running (then answers busy); reschedules the timer after. */
  syncNow(): Promise<SchedulerRun>;
  stop(): void;
  /** Consecutive failures so far (0 after a success). */
  readonly failures: number;
  /** The delay the next timer was set with, for tests and the status bar. */
  readonly nextDelayMs: number | null;
}

const defaultTimers: TimerApi = {
  set: (cb, ms) => setTimeout(cb, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

function defaultLocks(): LockLike | null {
  const nav = (globalThis as { navigator?: { locks?: LockLike } }).navigator;
  return nav?.locks && typeof nav.locks.request === 'function' ? nav.locks : null;
}

/** Exponential backoff with "equal jitter": half the delay fixed, half random. */
export function backoffDelay(failures: number, baseMs: number, maxMs: number, random: () => number): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(exp / 2 + (exp / 2) * Math.min(1, Math.max(0, random())));
}

export function createSyncScheduler(options: SyncSchedulerOptions): SyncScheduler {
  const intervalMs = options.intervalMs ?? 60_000;
  const baseBackoffMs = options.baseBackoffMs ?? 5_000;
  const maxBackoffMs = options.maxBackoffMs ?? 15 * 60_000;
  const random = options.random ?? Math.random;
  const timers = options.timers ?? defaultTimers;
  const locks = options.locks === undefined ? defaultLocks() : options.locks;

  let running = false;
  let started = false;
  let stopped = false;
  let failures = 0;
  let timer: unknown = null;
  let nextDelayMs: number | null = null;

  function schedule(delay: number): void {
    if (timer !== null) timers.clear(timer);
    timer = null;
    nextDelayMs = null;
    if (!started || stopped) return;
    nextDelayMs = delay;
    timer = timers.set(() => {
      timer = null;
      void syncNow();
    }, delay);
  }

  async function runGuarded(): Promise<SyncOutcome> {
    try {
      return await options.sync();
    } catch (err) {
      return { ok: false, error: { code: 'server', message: String((err as Error)?.message ?? err) } };
    }
  }

  async function syncNow(): Promise<SchedulerRun> {
    if (stopped) return { ok: false, skipped: 'stopped' };
    if (running) return { ok: false, skipped: 'busy' };
    running = true;
    let run: SchedulerRun;
    try {
      if (locks) {
        run = await locks.request(SYNC_LOCK_NAME, { ifAvailable: true }, async (lock): Promise<SchedulerRun> => (lock ? runGuarded() : { ok: false, skipped: 'busy' }));
      } else {
        run = await runGuarded();
      }
    } catch (err) {
      run = { ok: false, error: { code: 'server', message: String((err as Error)?.message ?? err) } };
    } finally {
      running = false;
    }
    if (run.ok) failures = 0;
    else if ('error' in run) failures++;
    // Another window holds the lock: try again at the normal pace, it is syncing for us.
    schedule(run.ok || !('error' in run) ? intervalMs : backoffDelay(failures, baseBackoffMs, maxBackoffMs, random));
    options.onResult?.(run);
    return run;
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      schedule(0);
    },
    syncNow,
    stop() {
      stopped = true;
      if (timer !== null) timers.clear(timer);
      timer = null;
      nextDelayMs = null;
    },
    get failures() {
      return failures;
    },
    get nextDelayMs() {
      return nextDelayMs;
    },
  };
}
