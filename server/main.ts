import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import { openDatabase } from './db/open';
import type { Db } from './db/types';
import { buildServer } from './http/app';
import { schedulePruning } from './sync/pruneSchedule';
import { scheduleOpeningWarmup } from './kpi/openingCache';
import { trendPeriods } from './kpi/bankFigures';
import { TREND_POINTS } from '../shared/kpi/consoleApi';
import { DEFAULT_TIME_ZONE, todayIn } from '../shared/calendar';

export interface RunningServer {
  app: FastifyInstance;
  db: Db;
  url: string;
  /** Stops taking requests, lets the ones in flight finish, then closes the database. */
  close(): Promise<void>;
}

/** Opens and migrates the database, runs `prepare` (seeding), and listens. */
export async function startServer(config: Config, prepare?: (db: Db) => Promise<void>): Promise<RunningServer> {
  const db = await openDatabase(config);
  const app = buildServer({ db, config });
  try {
    await prepare?.(db);
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const stopPruning = schedulePruning(db, { tombstoneRetentionDays: config.tombstoneRetentionDays }, app.log);
  // The console's 业绩 page opens on this month's trend: its opening balances are computed before anyone asks.
  const trendDates = () => {
    const today = todayIn(DEFAULT_TIME_ZONE, new Date());
    return [...trendPeriods('month', today, TREND_POINTS.month), ...trendPeriods('week', today, TREND_POINTS.week)].map((p) => p.from);
  };
  const stopWarmup = scheduleOpeningWarmup(db, trendDates, app.log);
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopPruning();
      stopWarmup();
      try {
        await app.close();
      } finally {
        await db.close();
      }
    })());
  return { app, db, url: `http://${host}:${port}`, close };
}

/** What the process handlers need of `process`: tests pass an EventEmitter and a fake exit. */
export interface ProcessLike {
  on(event: 'SIGINT' | 'SIGTERM', listener: (signal: NodeJS.Signals) => void): unknown;
  on(event: 'uncaughtException', listener: (err: Error) => void): unknown;
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  exit(code: number): void;
}

/** How long a crash waits for the server and database to close before exiting anyway. */
export const CRASH_CLOSE_TIMEOUT_MS = 5_000;

/**
 * The running service's process handlers:
 * - SIGINT or SIGTERM: close the server, then the database, then exit 0; a second signal exits at once.
 * - An uncaught exception or unhandled rejection: log it (a `fatal` JSON line with the stack, and a line on
 *   stderr), stop taking requests and close the database within CRASH_CLOSE_TIMEOUT_MS, exit 1. The process is
 *   in an unknown state: it is not kept serving; the supervisor (systemd, the container runtime) restarts it.
 */
export function closeOnSignals(
  server: RunningServer,
  log: (msg: string) => void = console.error,
  proc: ProcessLike = process,
  closeTimeoutMs = CRASH_CLOSE_TIMEOUT_MS,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return proc.exit(1);
    stopping = true;
    log(`${signal}: shutting down`);
    server.close().then(
      () => proc.exit(0),
      (err: unknown) => {
        log(`shutdown failed: ${String(err)}`);
        proc.exit(1);
      },
    );
  };
  const crash = (kind: 'uncaught exception' | 'unhandled rejection') => (reason: unknown) => {
    const err = reason instanceof Error ? reason : new Error(`non-error thrown: ${String(reason)}`);
    server.app.log.fatal({ err, kind }, `${kind}: shutting down`);
    log(`${kind}: ${err.stack ?? err.message}\nhead office is shutting down (exit code 1)`);
    if (stopping) return proc.exit(1);
    stopping = true;
    const timer = setTimeout(() => {
      log(`shutdown after the ${kind} took over ${closeTimeoutMs} ms: exiting anyway`);
      proc.exit(1);
    }, closeTimeoutMs);
    timer.unref?.();
    server.close().then(
      () => {
        clearTimeout(timer);
        proc.exit(1);
      },
      (closeErr: unknown) => {
        clearTimeout(timer);
        log(`shutdown failed: ${String(closeErr)}`);
        proc.exit(1);
      },
    );
  };
  proc.on('SIGINT', stop);
  proc.on('SIGTERM', stop);
  proc.on('uncaughtException', crash('uncaught exception'));
  proc.on('unhandledRejection', crash('unhandled rejection'));
}
