import { join } from 'node:path';
import { main as cliMain } from './cli';
import { ConfigError, loadConfig } from './config';
import { migrate, MigrationError } from './db/migrate';
import { openPglite } from './db/pglite';
import { openPostgres } from './db/postgres';

/**
 * The process's entry (server/run.mjs; compiled into dist/head-office.mjs): the operations commands of
 * docs/operations.md, then everything else as server/cli.ts has it.
 */
export async function main(argv: readonly string[], env: Record<string, string | undefined>): Promise<number | 'running'> {
  if (argv[0] === 'migrate') return migrateCommand(argv.slice(1), env);
  const result = await cliMain(argv, env);
  if (argv[0] === 'help' || argv.includes('--help') || argv.includes('-h')) {
    console.log('  npm run server -- migrate      apply the database migrations not yet applied, check the applied ones, exit');
  }
  return result;
}

/**
 * `migrate`: apply what is missing and check the rest (an edited migration: exit 1), as every start does; for
 * a deploy that migrates in a step of its own (docs/scale.md) and for the drill in docs/operations.md.
 */
async function migrateCommand(args: readonly string[], env: Record<string, string | undefined>): Promise<number> {
  if (args.length > 0) {
    console.error('usage: npm run server -- migrate');
    return 2;
  }
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    console.error(err.message);
    return 2;
  }
  try {
    const db = config.databaseUrl ? await openPostgres(config.databaseUrl, config.dbPool) : await openPglite(join(config.dataDir, 'pgdata'));
    try {
      const applied = await migrate(db);
      const where = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
      const checked = (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM schema_migrations')).rows[0]!.n - applied.length;
      const done = applied.length > 0 ? `applied migration ${applied.join(', ')}` : 'nothing to apply';
      console.log(`database up to date (${where}): ${done}${checked > 0 ? '; the checksums of the others match' : ''}`);
      return 0;
    } finally {
      await db.close();
    }
  } catch (err) {
    if (!(err instanceof MigrationError)) throw err;
    console.error(err.message);
    return 1;
  }
}
