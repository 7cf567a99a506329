import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { call, type Harness, openDb, signIn, startHarness } from '../harness';

let db: Db;
let h: Harness;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

describe('GET /admin/me: who may use the console', () => {
  it('a head-office admin: the whole bank, may change', async () => {
    const admin = await signIn(h, 'demo-admin');
    const res = await call(h, 'GET', '/admin/me', { token: admin.accessToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userId: 'demo-admin', role: 'head_office_admin', scopeBranchCode: null, canChange: true });
  });

  it('a supervisor: their branch, read-only', async () => {
    const sup = await signIn(h, 'demo-supervisor-310115');
    const res = await call(h, 'GET', '/admin/me', { token: sup.accessToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'supervisor', scopeBranchCode: '310115', canChange: false });
  });

  it('a collector: 403 not_console_user; no token: 401; a forged token: 401', async () => {
    const collector = await signIn(h, 'demo-officer-310115-01');
    expect((await call(h, 'GET', '/admin/me', { token: collector.accessToken })).body.error.code).toBe('not_console_user');
    expect((await call(h, 'GET', '/admin/me')).status).toBe(401);
    expect((await call(h, 'GET', '/admin/me', { token: 'x'.repeat(40) })).status).toBe(401);
  });
});

describe('GET /console/: the pages', () => {
  it('without a built console, says how to build it (404), in both languages', async () => {
    const res = await call(h, 'GET', '/console');
    expect(res.status).toBe(404);
    expect(res.text).toContain('npm run build:console');
  });
});

describe('GET /console/: a built console', () => {
  it('serves index.html under the page policy (scripts from self only), and never a file outside the folder', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'rd-console-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console</title>');
    const built = await startHarness(db, { config: { consoleDir: dir } });
    try {
      const res = await call(built, 'GET', '/console/');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>console</title>');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect((await call(built, 'GET', '/console/../package.json')).status).toBe(404);
      expect((await call(built, 'GET', '/console/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
      // The API keeps its own, stricter policy.
      expect((await call(built, 'GET', '/health')).headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    } finally {
      await built.close();
    }
  });
});
