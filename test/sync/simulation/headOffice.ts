import { testConfig } from '../../../server/config';
import type { Db, Queryable } from '../../../server/db/types';
import { openDb, startHarness, type Backend, type Harness } from '../../server/harness';

/** Bugs planted on purpose to show the simulation catches them (simulation.test.ts, "can fail"). */
export type PlantedBug = 'forget-device-cursor' | 'drop-receipts' | 'scope-ignores-assignment';

/**
 * Head office for one run: one database, and a server on loopback that can be restarted on it (a new
 * Fastify app on the same database, as after a deploy or a crash). Its clock follows the simulation's.
 */
export interface HeadOffice {
  readonly db: Db;
  url(): string;
  setTime(ms: number): void;
  restart(): Promise<void>;
  restarts(): number;
  close(): Promise<void>;
}

/**
 * Starts head office on a fresh database of the backend, or on `reuse` (a database openDb made) emptied of
 * everything but the organisation: a new PGlite takes seconds to start, which would cap the seeds per run.
 */
export async function startHeadOffice(backend: Backend, startMs: number, options: { bug?: PlantedBug; reuse?: Db } = {}): Promise<HeadOffice> {
  const { bug, reuse } = options;
  const db = reuse ?? (await openDb(backend));
  if (reuse) await emptyOfWork(reuse);
  // Tokens outlive the run: token refresh is not what this simulation is about.
  const config = testConfig({ accessTokenTtlSeconds: 365 * 86_400 });
  const served = bug ? withBug(db, bug) : db;
  let clockMs = startMs;
  let current: Harness = await start();
  let count = 0;
  async function start(): Promise<Harness> {
    const h = await startHarness(served, { config });
    h.clock.ms = clockMs;
    return h;
  }
  return {
    db,
    url: () => current.url,
    setTime(ms) {
      clockMs = ms;
      current.clock.ms = ms;
    },
    async restart() {
      const old = current;
      // The old app stops taking requests and finishes those in flight; the new one listens elsewhere.
      const closing = old.close();
      current = await start();
      count++;
      await closing;
    },
    restarts: () => count,
    async close() {
      await current.close();
      if (!reuse) await db.close();
    },
  };
}

/** Every table but the schema's, the branches' and the users' (whatever tables later migrations add). */
async function emptyOfWork(db: Db): Promise<void> {
  const keep = new Set(['schema_migrations', 'branches', 'users']);
  const tables = (await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = current_schema()`)).rows
    .map((r) => r.tablename)
    .filter((t) => !keep.has(t));
  if (tables.length > 0) await db.query(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
  await db.query('UPDATE users SET failed_attempts = 0, locked_until = NULL');
}

/** The server's view of the database with a planted bug; the checks read the real database. */
function withBug(db: Db, bug: PlantedBug): Db {
  const filter = (q: Queryable): Queryable => ({
    query: async (sql, params) => {
      if (bug === 'forget-device-cursor' && /^UPDATE device_cursors/.test(sql.trim())) return { rows: [], rowCount: 0 };
      // Every case "was once assigned" to whoever pushes: the push scope no longer holds.
      if (bug === 'scope-ignores-assignment' && /FROM case_assignments WHERE case_id = \$1/.test(sql)) return { rows: [{ '?column?': 1 }] as never[], rowCount: 1 };
      if (bug === 'drop-receipts' && /INSERT INTO field_records/.test(sql) && params?.[0] === 'recordReceipt') {
        return { rows: [{ id: params[1] }] as never[], rowCount: 1 };
      }
      return q.query(sql, params);
    },
  });
  return { ...db, query: filter(db).query, transaction: (fn) => db.transaction((tx) => fn(filter(tx))) };
}
