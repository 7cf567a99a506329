// The compiled head office from a production install (package.json, package-lock.json, the bundle and
// server/run.mjs, as the Dockerfile's final stage has them, then `npm ci --omit=dev`): it starts with the
// Dockerfile's command and serves /health, /metrics and /openapi.json, and the operations drill of
// docs/operations.md runs on it against real PostgreSQL (install, migrate, start, pg_dump, restore, data present).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPgBin } from '../../../scripts/pg-cluster.mjs';
import { createPostgresDatabase, eachBackend } from '../harness';
import { productionInstall, ROOT, sh, startService, type ProductionInstall } from './productionInstall';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string> };
const operationsDoc = readFileSync(join(ROOT, 'docs/operations.md'), 'utf8');

let install: ProductionInstall;
const dataDirs: string[] = [];
const tempData = () => {
  const d = mkdtempSync(join(tmpdir(), 'rd-prod-data-'));
  dataDirs.push(d);
  return d;
};

beforeAll(async () => {
  install = await productionInstall();
  console.log(`production install (npm ci --omit=dev and the copies): ${install.seconds.toFixed(1)} s`);
}, 300_000);
afterAll(() => {
  install?.remove();
  dataDirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('production install (the Dockerfile final stage, npm ci --omit=dev)', () => {
  it('has the production dependencies only: no vite, esbuild, electron, vitest or eslint, and no source', () => {
    // (typescript comes back as an optional peer of i18next, a renderer dependency; nothing here imports it.)
    for (const dev of ['vite', 'esbuild', 'electron', 'vitest', 'eslint', '@playwright/test']) expect(existsSync(join(install.dir, 'node_modules', dev)), dev).toBe(false);
    for (const prod of ['fastify', 'pg', '@electric-sql/pglite', 'prom-client']) expect(existsSync(join(install.dir, 'node_modules', prod)), prod).toBe(true);
    expect(existsSync(join(install.dir, 'server/cli.ts'))).toBe(false);
    expect(existsSync(join(install.dir, 'dist/head-office.mjs'))).toBe(true);
  });

  it('starts with the Dockerfile CMD on PGlite and serves /health, /metrics and /openapi.json from the compiled bundle; its HEALTHCHECK passes; SIGTERM exits 0', async () => {
    // --cases 0: the demo organisation of a fresh embedded database, without the 2,000-case portfolio (time).
    const service = await startService(install, [...install.cmd, '--cases', '0'], { HOST: '127.0.0.1', PORT: '0', DATA_DIR: tempData(), LOG_LEVEL: 'warn' });
    const healthcheck = readFileSync(join(ROOT, 'Dockerfile'), 'utf8').match(/^HEALTHCHECK .* CMD (\[.*\])$/m);
    expect(healthcheck).not.toBeNull();
    const [node, flag, script] = JSON.parse(healthcheck![1]!) as [string, string, string];
    const runHealthcheck = () => sh(install, `${node} ${flag} "$SCRIPT"`, { PORT: new URL(service.url).port, SCRIPT: script });
    try {
      const health = await fetch(`${service.url}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true, db: 'ok', database: 'pglite', version: pkg.version });
      const metrics = await (await fetch(`${service.url}/metrics`)).text();
      expect(metrics).toMatch(/^headoffice_http_requests_total\{method="GET",route="\/health",status_code="200"\} 1$/m);
      const spec = (await (await fetch(`${service.url}/openapi.json`)).json()) as { openapi: string; paths: Record<string, unknown> };
      expect(spec.openapi).toBe('3.1.0');
      expect(Object.keys(spec.paths)).toContain('/sync/push');
      expect(runHealthcheck()).toBe('');
    } finally {
      expect(await service.stop()).toBe(0);
    }
    expect(runHealthcheck).toThrow(/failed \(1\)/);
  }, 180_000);
});

// The drill of docs/operations.md ("Backup and restore drill"), command by command as the document writes
// them; each command must appear there word for word, so the document and this test cannot drift apart.
const DRILL = {
  migrate: 'npm run server -- migrate',
  seed: 'npm run server -- seed-demo --cases 20',
  backup: 'pg_dump --format=custom --file=recovery-desk.dump "$DATABASE_URL"',
  restore: 'pg_restore --no-owner --exit-on-error --dbname="$RESTORE_URL" recovery-desk.dump',
  checkRestored: 'DATABASE_URL="$RESTORE_URL" npm run server -- migrate',
};

eachBackend(
  () => {
    describe('operations drill (docs/operations.md)', () => {
      it('the document gives each command of the drill', () => {
        for (const command of Object.values(DRILL)) expect(operationsDoc).toContain(command);
      });

      it('install, migrate, seed, start, back up with pg_dump, restore into a new database: the data and the sign-in are there', async () => {
        const source = await createPostgresDatabase();
        const target = await createPostgresDatabase();
        const bin = findPgBin()!;
        // The drill's environment: the token secret is part of the backup (docs/operations.md).
        const env = { DATABASE_URL: source.url, RESTORE_URL: target.url, TOKEN_SECRET: 'drill-secret-'.padEnd(40, 'z'), DATA_DIR: tempData(), PATH: `${bin}:${process.env.PATH}`, LOG_LEVEL: 'warn' };
        try {
          expect(sh(install, DRILL.migrate, env)).toMatch(/database up to date \(PostgreSQL\): applied migration 1, 2, 3/);
          expect(sh(install, DRILL.migrate, env)).toMatch(/nothing to apply/);
          expect(sh(install, DRILL.seed, env)).toMatch(/demo portfolio: 20 cases imported/);

          const service = await startService(install, install.cmd, { ...env, HOST: '127.0.0.1', PORT: '0' });
          try {
            expect((await fetch(`${service.url}/health`)).status).toBe(200);
          } finally {
            expect(await service.stop()).toBe(0);
          }

          sh(install, DRILL.backup, env);
          expect(existsSync(join(install.dir, 'recovery-desk.dump'))).toBe(true);
          sh(install, DRILL.restore, env);
          expect(sh(install, DRILL.checkRestored, env)).toMatch(/nothing to apply; the checksums of the others match/);

          expect(await counts(target.url)).toEqual(await counts(source.url));
          expect((await counts(target.url)).cases).toBe(20);

          const restored = await startService(install, install.cmd, { ...env, DATABASE_URL: target.url, HOST: '127.0.0.1', PORT: '0' });
          try {
            const signIn = await fetch(`${restored.url}/auth/sign-in`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ userId: 'demo-officer-310115-01', password: 'demo1234', deviceId: 'drill-device-1' }),
            });
            expect(signIn.status).toBe(200);
          } finally {
            expect(await restored.stop()).toBe(0);
          }
        } finally {
          await source.drop();
          await target.drop();
        }
      }, 180_000);
    });
  },
  ['postgres'],
);

async function counts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, number> = {};
    for (const table of ['users', 'branches', 'cases', 'changes', 'schema_migrations']) {
      out[table] = Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
    }
    return out;
  } finally {
    await client.end();
  }
}
