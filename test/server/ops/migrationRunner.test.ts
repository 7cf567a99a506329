import { describe, expect, it } from 'vitest';
import { assertMigrated, migrate, migrationChecksum, MigrationError } from '../../../server/db/migrate';
import type { Migration } from '../../../server/db/migrations';
import { DEFAULT_POOL, openPostgres } from '../../../server/db/postgres';
import { createPostgresDatabase, eachBackend, openEmptyDb } from '../harness';

const BASE: Migration[] = [
  { version: 1, name: 'things', sql: 'CREATE TABLE things (id integer PRIMARY KEY, label text NOT NULL);\nINSERT INTO things VALUES (1, \'one\');' },
  { version: 2, name: 'things by label', sql: 'CREATE INDEX things_label_idx ON things (label);' },
];

async function errorOf(run: () => Promise<unknown>): Promise<Error> {
  try {
    await run();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a refusal');
}

eachBackend((backend) => {
  describe('migration runner', () => {
    it('records a checksum per migration, and refuses to run when an applied migration was edited', async () => {
      const db = await openEmptyDb(backend);
      try {
        expect(await migrate(db, BASE)).toEqual([1, 2]);
        const rows = await db.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migrations ORDER BY version');
        expect(rows.rows).toEqual(BASE.map((m) => ({ version: m.version, checksum: migrationChecksum(m) })));
        expect(await migrate(db, BASE)).toEqual([]);

        // Someone "fixes" a shipped migration and adds a third: nothing runs, and the message names the edit.
        const edited = [BASE[0]!, { ...BASE[1]!, sql: 'CREATE INDEX things_label_idx ON things (lower(label));' }, { version: 3, name: 'more', sql: 'CREATE TABLE more (id integer);' }];
        const err = await errorOf(() => migrate(db, edited));
        expect(err).toBeInstanceOf(MigrationError);
        expect(err.message).toContain('migration 2 (things by label)');
        expect(err.message).toContain('Never edit a shipped migration');
        const tables = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'more'`);
        expect(tables.rows).toHaveLength(0);

        // Whitespace counts (the text is what ran), line endings do not.
        await expect(migrate(db, [BASE[0]!, { ...BASE[1]!, sql: `${BASE[1]!.sql} ` }])).rejects.toThrow(MigrationError);
        expect(await migrate(db, [{ ...BASE[0]!, sql: BASE[0]!.sql.replace(/\n/g, '\r\n') }, BASE[1]!])).toEqual([]);
      } finally {
        await db.close();
      }
    });

    it('MIGRATE_ON_START=false: a start checks without migrating, and refuses a database that lacks or edited a migration', async () => {
      const db = await openEmptyDb(backend);
      try {
        await expect(assertMigrated(db, BASE)).rejects.toThrow(/lacks 2 migration\(s\) \(1, 2\).*npm run server -- migrate/);
        const tables = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name IN ('things', 'schema_migrations')`);
        expect(tables.rows).toHaveLength(0);
        await migrate(db, [BASE[0]!]);
        await expect(assertMigrated(db, BASE)).rejects.toThrow(/lacks 1 migration\(s\) \(2\)/);
        await migrate(db, BASE);
        await expect(assertMigrated(db, BASE)).resolves.toBeUndefined();
        await expect(assertMigrated(db, [BASE[0]!, { ...BASE[1]!, sql: 'CREATE INDEX x ON things (id);' }])).rejects.toThrow(/edited after they were applied: 2/);
      } finally {
        await db.close();
      }
    });

    it('gives rows from before checksums the current one, then checks it', async () => {
      const db = await openEmptyDb(backend);
      try {
        await migrate(db, BASE);
        await db.query('UPDATE schema_migrations SET checksum = NULL');
        expect(await migrate(db, BASE)).toEqual([]);
        const rows = await db.query<{ checksum: string | null }>('SELECT checksum FROM schema_migrations ORDER BY version');
        expect(rows.rows.map((r) => r.checksum)).toEqual(BASE.map(migrationChecksum));
        await expect(migrate(db, [{ ...BASE[0]!, sql: BASE[0]!.sql.replace('one', 'uno') }, BASE[1]!])).rejects.toThrow(/migration 1 \(things\)/);
      } finally {
        await db.close();
      }
    });

    it('rolls a failing migration back whole, records nothing of it, and applies it once it is fixed', async () => {
      const db = await openEmptyDb(backend);
      try {
        await migrate(db, BASE);
        const broken = { version: 3, name: 'half', sql: "INSERT INTO things VALUES (2, 'two');\nINSERT INTO things VALUES (1, 'duplicate key');" };
        await expect(migrate(db, [...BASE, broken])).rejects.toThrow(/migration 3 \(half\) failed/);
        expect((await db.query('SELECT id FROM things ORDER BY id')).rows).toEqual([{ id: 1 }]);
        expect((await db.query('SELECT 1 FROM schema_migrations WHERE version = 3')).rows).toHaveLength(0);
        expect(await migrate(db, [...BASE, { ...broken, sql: "INSERT INTO things VALUES (2, 'two');" }])).toEqual([3]);
      } finally {
        await db.close();
      }
    });
  });
});

eachBackend(
  () => {
    describe('migration outside a transaction (PostgreSQL)', () => {
      const concurrently: Migration = { version: 3, name: 'label index, concurrently', transaction: false, sql: 'CREATE INDEX CONCURRENTLY IF NOT EXISTS things_label_upper_idx ON things (upper(label));' };

      it('CREATE INDEX CONCURRENTLY, which PostgreSQL refuses in a transaction, runs with transaction: false and leaves a valid index', async () => {
        const db = await openEmptyDb('postgres');
        try {
          await migrate(db, BASE);
          // The same statement as an ordinary migration: PostgreSQL refuses it, nothing is recorded.
          const inTransaction: Migration = { ...concurrently, transaction: undefined } as unknown as Migration;
          await expect(migrate(db, [...BASE, inTransaction])).rejects.toThrow(/cannot run inside a transaction block/);
          expect(await migrate(db, [...BASE, concurrently])).toEqual([3]);
          const index = await db.query<{ valid: boolean }>(`SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = 'things_label_upper_idx'::regclass`);
          expect(index.rows).toEqual([{ valid: true }]);
          const row = await db.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE version = 3');
          expect(row.rows[0]!.checksum).toBe(migrationChecksum(concurrently));
          // Taking the transaction back is an edit too.
          await expect(migrate(db, [...BASE, inTransaction])).rejects.toThrow(MigrationError);
        } finally {
          await db.close();
        }
      });

      it('the pool takes its statement timeout from the settings; migrations are exempt', async () => {
        const fresh = await createPostgresDatabase();
        const db = await openPostgres(fresh.url, { ...DEFAULT_POOL, max: 2, statementTimeoutMs: 200 });
        try {
          expect((await db.query<{ statement_timeout: string }>('SHOW statement_timeout')).rows[0]!.statement_timeout).toBe('200ms');
          await expect(db.query('SELECT pg_sleep(0.5)')).rejects.toThrow(/statement timeout/);
          expect(await migrate(db, [{ version: 1, name: 'slow', sql: 'SELECT pg_sleep(0.5);' }])).toEqual([1]);
          // The session's exemption went back with its connection: the pool's connections still time out.
          await expect(Promise.all([db.query('SELECT pg_sleep(0.5)'), db.query('SELECT pg_sleep(0.5)')])).rejects.toThrow(/statement timeout/);
        } finally {
          await db.close();
          await fresh.drop();
        }
      });
    });
  },
  ['postgres'],
);
