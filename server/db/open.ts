import { join } from 'node:path';
import type { Config } from '../config';
import { assertMigrated, migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

/**
 * The configured database, migrated: PostgreSQL when DATABASE_URL is set, PGlite in DATA_DIR otherwise. With
 * `migrateOnStart: false` it only checks that a separate `migrate` step has run (docs/scale.md, PgBouncer).
 */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'dbPool' | 'migrateOnStart'>>): Promise<Db> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl, config.dbPool) : await openPglite(join(config.dataDir, 'pgdata'));
  try {
    if (config.migrateOnStart === false) await assertMigrated(db);
    else await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  return db;
}
