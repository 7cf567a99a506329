import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../server/cli';
import { ConfigError, loadConfig } from '../../server/config';
import { migrate } from '../../server/db/migrate';
import { MIGRATIONS } from '../../server/db/migrations';
import { openDatabase } from '../../server/db/open';
import { createPostgresDatabase, eachBackend } from './harness';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'rd-server-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('migrations', () => {
  it('apply once, survive a restart on the same data folder, and are not applied again', async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ dataDir, databaseUrl: undefined });
    const versions = await first.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
    await first.query(`INSERT INTO branches (code, name) VALUES ('999999', '测试支行')`);
    expect(await migrate(first)).toEqual([]);
    await first.close();

    const second = await openDatabase({ dataDir, databaseUrl: undefined });
    try {
      expect(await migrate(second)).toEqual([]);
      const again = await second.query<{ n: number }>('SELECT count(*)::integer AS n FROM schema_migrations');
      expect(again.rows[0]!.n).toBe(MIGRATIONS.length);
      const kept = await second.query<{ name: string }>(`SELECT name FROM branches WHERE code = '999999'`);
      expect(kept.rows[0]!.name).toBe('测试支行');
    } finally {
      await second.close();
    }
  });
});

// The advisory lock matters where two processes really run at once: a bank's PostgreSQL behind two servers.
eachBackend(
  () => {
    describe('migrations on a shared PostgreSQL', () => {
      it('three servers starting at once on an empty database apply each migration once, and all start', async () => {
        // Several rounds: the race (two creating schema_migrations at once) does not strike every time.
        for (let round = 0; round < 4; round++) {
          const fresh = await createPostgresDatabase();
          try {
            const [a, ...others] = await Promise.all([1, 2, 3].map(() => openDatabase({ dataDir: '', databaseUrl: fresh.url })));
            const versions = await a!.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
            expect(versions.rows.map((r) => r.version)).toEqual(MIGRATIONS.map((m) => m.version));
            expect(await migrate(others[0]!)).toEqual([]);
            await Promise.all([a!, ...others].map((d) => d.close()));
          } finally {
            await fresh.drop();
          }
        }
      });
    });
  },
  ['postgres'],
);

describe('configuration', () => {
  it('has the documented defaults and generates a token secret once, kept private in DATA_DIR', () => {
    const dataDir = tempDir();
    const a = loadConfig({ DATA_DIR: dataDir });
    expect(a).toMatchObject({ port: 8787, host: '127.0.0.1', dataDir, databaseUrl: undefined, logLevel: 'info', accessTokenTtlSeconds: 900 });
    expect(a.tokenSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dataDir, 'token-secret'), 'utf8').trim()).toBe(a.tokenSecret);
    expect(statSync(join(dataDir, 'token-secret')).mode & 0o077).toBe(0);
    expect(loadConfig({ DATA_DIR: dataDir }).tokenSecret).toBe(a.tokenSecret);
    expect(loadConfig({ DATA_DIR: dataDir, TOKEN_SECRET: 's'.repeat(40) }).tokenSecret).toBe('s'.repeat(40));
  });

  it('names every bad variable and never echoes a secret', () => {
    const secret = 'short-secret';
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TOKEN_SECRET: secret, LOG_LEVEL: 'loud', DATA_DIR: tempDir() });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ['PORT', 'DATABASE_URL', 'TOKEN_SECRET', 'LOG_LEVEL']) expect(message).toContain(name);
    expect(message).not.toContain(secret);
  });

  it('the command exits with 2 on bad configuration and on an unknown command', async () => {
    const quiet = { error: console.error };
    console.error = () => {};
    try {
      expect(await main(['start'], { PORT: '-1', DATA_DIR: tempDir() })).toBe(2);
      expect(await main(['frobnicate'], {})).toBe(2);
    } finally {
      console.error = quiet.error;
    }
  });
});
