import { createHash } from 'node:crypto';
import { MIGRATIONS, type Migration } from './migrations';
import type { Db, Queryable } from './types';

// Any fixed number: serialises two processes migrating one PostgreSQL at once.
const MIGRATION_LOCK = 7_346_101;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * What a migration's row in schema_migrations records, so an edit after it shipped is caught: the SHA-256 of
 * its SQL exactly as written (line endings aside) and whether it ran in a transaction.
 */
export function migrationChecksum(m: Migration): string {
  const text = `${m.transaction === false ? 'no-transaction' : 'transaction'}\n${m.sql.replace(/\r\n/g, '\n')}`;
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Applies the migrations not yet in schema_migrations, in order, under one session-level advisory lock (two
 * processes starting at once: one migrates, the other waits and finds nothing to do). Safe to call on every
 * start; returns the versions it applied.
 *
 * - A migration runs in its own transaction together with its row, so a crash leaves all of it or none.
 * - `transaction: false` runs its statements one by one outside a transaction, for what PostgreSQL refuses in
 *   one (CREATE INDEX CONCURRENTLY, docs/scale.md); its row is written after the last, so each statement must
 *   be safe to run again after a crash (IF NOT EXISTS; drop an index left INVALID first).
 * - Before anything runs, every applied migration's recorded checksum is compared with the code's: an edited
 *   migration refuses the start (MigrationError) rather than leave databases that differ silently. Rows from
 *   before checksums were kept get the current one (recorded, not verified).
 * - Versions in the database that this code does not know (a newer release rolled back) are left alone.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const ordered = checkList(migrations);
  return db.session(async (conn) => {
    // A long index build must not be cancelled by DB_STATEMENT_TIMEOUT_MS, nor the wait for another process.
    await conn.query('SET statement_timeout = 0');
    await conn.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await conn.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version     integer PRIMARY KEY,
        name        text NOT NULL,
        applied_at  timestamptz NOT NULL DEFAULT now()
      )`);
      await conn.query('ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum text');
      const done = await verifyApplied(conn, ordered);
      const applied: number[] = [];
      for (const m of ordered) {
        if (done.has(m.version)) continue;
        await applyOne(conn, m);
        applied.push(m.version);
      }
      return applied;
    } finally {
      await conn.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      await conn.query('RESET statement_timeout');
    }
  });
}

/**
 * For a start that must not migrate (MIGRATE_ON_START=false: instances behind PgBouncer in transaction mode,
 * where a session-level advisory lock is not safe): checks without a lock that every known migration has been
 * applied unedited, and refuses the start otherwise, naming the command that migrates.
 */
export async function assertMigrated(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  const ordered = checkList(migrations);
  await db.session(async (conn) => {
    const exists = await conn.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
    const stored = new Map<number, string | null>();
    if (exists.rows[0]?.t) {
      const rows = await conn.query<{ version: number; checksum: string | null }>('SELECT version, checksum FROM schema_migrations');
      for (const r of rows.rows) stored.set(r.version, r.checksum);
    }
    const pending = ordered.filter((m) => !stored.has(m.version));
    const edited = ordered.filter((m) => {
      const then = stored.get(m.version);
      return typeof then === 'string' && then !== migrationChecksum(m);
    });
    if (edited.length > 0) {
      throw new MigrationError(`迁移在应用后被修改，拒绝启动。/ Migrations were edited after they were applied: ${edited.map((m) => m.version).join(', ')}`);
    }
    if (pending.length > 0) {
      throw new MigrationError(
        `数据库尚未迁移，拒绝启动。/ The database lacks ${pending.length} migration(s) (${pending.map((m) => m.version).join(', ')}) and MIGRATE_ON_START is false: ` +
          'run `npm run server -- migrate` with DATABASE_URL pointing at the primary itself (not through PgBouncer), then start (docs/operations.md).',
      );
    }
  });
}

function checkList(migrations: readonly Migration[]): Migration[] {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, i) => {
    if (!Number.isInteger(m.version) || m.version < 1) throw new MigrationError(`migration ${JSON.stringify(m.name)}: version must be a positive integer`);
    if (i > 0 && ordered[i - 1]!.version === m.version) throw new MigrationError(`two migrations have version ${m.version}`);
    if (splitStatements(m.sql).length === 0) throw new MigrationError(`migration ${m.version} (${m.name}) has no statement`);
  });
  return ordered;
}

/** The versions already applied, after checking each known one's checksum (and recording missing ones). */
async function verifyApplied(conn: Queryable, ordered: readonly Migration[]): Promise<Set<number>> {
  const rows = await conn.query<{ version: number; checksum: string | null }>('SELECT version, checksum FROM schema_migrations');
  const stored = new Map(rows.rows.map((r) => [r.version, r.checksum]));
  const edited: string[] = [];
  for (const m of ordered) {
    if (!stored.has(m.version)) continue;
    const now = migrationChecksum(m);
    const then = stored.get(m.version);
    if (then === null || then === undefined) await conn.query('UPDATE schema_migrations SET checksum = $2 WHERE version = $1', [m.version, now]);
    else if (then !== now) edited.push(`  migration ${m.version} (${m.name}): applied with checksum ${then.slice(0, 12)}…, the code now has ${now.slice(0, 12)}…`);
  }
  if (edited.length > 0) {
    throw new MigrationError(
      `迁移在应用后被修改，拒绝启动。/ Migrations were edited after they were applied; refusing to start:\n${edited.join('\n')}\n` +
        'Never edit a shipped migration: restore its text and add the change as the next migration (docs/operations.md, "Upgrade").',
    );
  }
  return new Set(stored.keys());
}

async function applyOne(conn: Queryable, m: Migration): Promise<void> {
  const record = () =>
    conn.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, migrationChecksum(m)]);
  const statements = splitStatements(m.sql);
  try {
    if (m.transaction === false) {
      for (const statement of statements) await conn.query(statement);
      await record();
      return;
    }
    await conn.query('BEGIN');
    try {
      for (const statement of statements) await conn.query(statement);
      await record();
      await conn.query('COMMIT');
    } catch (err) {
      await conn.query('ROLLBACK');
      throw err;
    }
  } catch (err) {
    throw new MigrationError(`migration ${m.version} (${m.name}) failed: ${(err as Error).message}`, { cause: err });
  }
}

/** One statement per query, since a parameterised query (the extended protocol) takes one statement. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}
