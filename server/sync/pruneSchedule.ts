import type { Db } from '../db/types';
import { pruneChanges, type PullSettings } from './pull';

export const PRUNE_EVERY_MS = 6 * 60 * 60 * 1000;

export interface PruneLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/**
 * Prunes the change log on a timer (the first time shortly after start): tombstones older than the retention,
 * and case or record rows a later change supersedes. Without it the log only grows. Returns a stop function;
 * the timer never keeps the process alive.
 */
export function schedulePruning(db: Db, settings: PullSettings, log: PruneLog, options: { everyMs?: number; firstAfterMs?: number; now?: () => number } = {}): () => void {
  const everyMs = options.everyMs ?? PRUNE_EVERY_MS;
  const now = options.now ?? Date.now;
  let running = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const removed = await db.transaction((tx) => pruneChanges(tx, now(), settings));
      log.info({ removed, retentionDays: settings.tombstoneRetentionDays }, 'change log pruned');
    } catch (err) {
      log.error({ err }, 'change log pruning failed; it is tried again at the next interval');
    } finally {
      running = false;
    }
  };
  const arm = (ms: number) => {
    timer = setTimeout(() => {
      void run().finally(() => {
        if (timer !== undefined) arm(everyMs);
      });
    }, ms);
    timer.unref?.();
  };
  arm(options.firstAfterMs ?? 60_000);
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
}
