// The two database backends the server and sync tests run on: PGlite in memory (the embedded default) and
// real PostgreSQL (what large banks run), each test file getting a fresh database of its own.
import pg from 'pg';
import { describe, inject } from 'vitest';
import { openPglite } from '../../server/db/pglite';
import { openPostgres } from '../../server/db/postgres';
import type { Db } from '../../server/db/types';
import type {} from '../setup/postgres';

export type Backend = 'pglite' | 'postgres';
export const BACKENDS: readonly Backend[] = ['pglite', 'postgres'];

/** The run's PostgreSQL URL (test/setup/postgres.ts), or null when the PostgreSQL runs are skipped. */
export function postgresUrl(): string | null {
  try {
    return inject('pgUrl') ?? null;
  } catch {
    return null;
  }
}

const skipReason = (): string => {
  try {
    return inject('pgSkipReason') ?? 'no PostgreSQL cluster for this run';
  } catch {
    return 'no PostgreSQL cluster for this run';
  }
};

/**
 * Declares `suite` once per backend, named "on pglite" / "on postgres", so a failure says where it failed.
 * Where PostgreSQL is missing its copy is declared skipped, with the reason in its name.
 */
export function eachBackend(suite: (backend: Backend) => void, backends: readonly Backend[] = BACKENDS): void {
  for (const backend of backends) {
    const missing = backend === 'postgres' && postgresUrl() === null;
    describe.skipIf(missing)(missing ? `on ${backend} (skipped: ${skipReason()})` : `on ${backend}`, () => suite(backend));
  }
}

let created = 0;

/**
 * An empty database on the backend, not migrated. On PostgreSQL it is a new database in the run's cluster
 * (CREATE DATABASE with a name no other file uses), dropped again when closed.
 */
export async function openEmptyDb(backend: Backend): Promise<Db> {
  if (backend === 'pglite') return openPglite();
  const fresh = await createPostgresDatabase();
  const db = await openPostgres(fresh.url);
  return {
    ...db,
    async close() {
      await db.close();
      await fresh.drop();
    },
  };
}

/** A new, empty database in the run's cluster: its URL (for DATABASE_URL), and drop() for the end. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = postgresUrl();
  if (!admin) throw new Error(`PostgreSQL is not available for this run: ${skipReason()}`);
  const name = `rd_test_${process.pid}_${++created}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin(admin, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined, () => undefined),
  };
}

async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
