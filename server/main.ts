import type { FastifyInstance } from 'fastify';
import type { Config } from './config';
import { openDatabase } from './db/open';
import type { Db } from './db/types';
import { buildServer } from './http/app';
import { schedulePruning } from './sync/pruneSchedule';

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
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      stopPruning();
      try {
        await app.close();
      } finally {
        await db.close();
      }
    })());
  return { app, db, url: `http://${host}:${port}`, close };
}

/** On SIGINT or SIGTERM: close the server, then the database, then exit; a second signal exits at once. */
export function closeOnSignals(server: RunningServer, log: (msg: string) => void = console.error): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log(`shutdown failed: ${String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
