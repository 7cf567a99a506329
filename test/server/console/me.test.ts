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

describe('GET /admin/overview', () => {
  it('an admin sees every branch; a supervisor only theirs; a collector is refused; laptops not synced lately are counted, console browsers are not', async () => {
    const admin = await signIn(h, 'demo-admin', 'console-0b6f7c1e-4c1f-4b8e-9a51-3f2d6f0c0a11');
    const laptop = await signIn(h, 'demo-officer-310115-02');
    const before = (await call(h, 'GET', '/admin/overview', { token: admin.accessToken })).body;
    const row = (body: { branches: { code: string; devices: number; staleDevices: number }[] }, code: string) => body.branches.find((b) => b.code === code)!;
    const other = await signIn(h, 'demo-admin', 'console-7d1c2f0e-0d7a-4f55-8c3e-2b9f5e6a7c22');
    expect(row((await call(h, 'GET', '/admin/overview', { token: other.accessToken })).body, '000000').devices).toBe(row(before, '000000').devices);
    expect(row(before, '310115').staleDevices).toBe(row(before, '310115').devices);
    await db.query('UPDATE devices SET last_sync_at = $2 WHERE id = $1', [laptop.deviceId, new Date(h.clock.ms - 3600_000)]);
    const after = (await call(h, 'GET', '/admin/overview', { token: admin.accessToken })).body;
    expect(row(after, '310115').staleDevices).toBe(row(before, '310115').staleDevices - 1);
    expect(after.branches.length).toBeGreaterThan(2);

    const sup = await signIn(h, 'demo-supervisor-310115');
    const own = await call(h, 'GET', '/admin/overview', { token: sup.accessToken });
    expect(own.body.branches.map((b: { code: string }) => b.code)).toEqual(['310115']);
    const collector = await signIn(h, 'demo-officer-310115-01');
    expect((await call(h, 'GET', '/admin/overview', { token: collector.accessToken })).status).toBe(403);
    expect((await call(h, 'GET', '/admin/overview')).status).toBe(401);
  });
});
