import { join } from 'node:path';
import type { Config } from '../config';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

/** The configured database, migrated: PostgreSQL when DATABASE_URL is set, PGlite in DATA_DIR otherwise. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'dbPool'>>): Promise<Db> {
  const db = config.databaseUrl ? await openPostgres(config.databaseUrl, config.dbPool) : await openPglite(join(config.dataDir, 'pgdata'));
  try {
    await migrate(db);
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
  return db;
}
