import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';
import type { Db } from '../../server/db/types';
import { openDb, PASSWORD, startHarness, type Harness } from './harness';

let db: Db;
let h: Harness;

beforeAll(async () => {
  db = await openDb();
  h = await startHarness(db);
});
afterAll(async () => {
  await h.close();
  await db.close();
});

/** What Chromium sends before a JSON POST with a bearer token from another origin. */
const preflight = (origin: string, path = '/auth/sign-in') =>
  fetch(h.url + path, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });

const signInFrom = (origin: string) =>
  fetch(h.url + '/auth/sign-in', {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'demo-officer-310115-01', password: PASSWORD, deviceId: `cors-${origin.replace(/\W/g, '')}` }),
  });

describe('CORS: which pages may call head office', () => {
  for (const origin of ['app://bundle', 'http://127.0.0.1:5173', 'http://localhost:4174']) {
    it(`grants ${origin}: preflight, then the real request`, async () => {
      const pre = await preflight(origin);
      expect(pre.status).toBe(204);
      expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
      expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
      expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
      expect(pre.headers.get('access-control-allow-credentials')).toBeNull();

      const res = await signInFrom(origin);
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('vary')?.toLowerCase()).toContain('origin');
      expect(((await res.json()) as { user: { id: string } }).user.id).toBe('demo-officer-310115-01');
    });
  }

  for (const origin of ['https://evil.example', 'http://127.0.0.1.evil.example:5173', 'app://other', 'null', 'http://192.168.1.5:5173']) {
    it(`gives ${origin} no CORS grant`, async () => {
      const pre = await preflight(origin);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      expect(pre.headers.get('access-control-allow-methods')).toBeNull();
      const res = await fetch(h.url + '/health', { headers: { origin } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  }

  it('does not get in the way of a client that sends no Origin (a device, a script)', async () => {
    const res = await fetch(h.url + '/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflights with the security headers too', async () => {
    const pre = await preflight('app://bundle', '/sync/pull');
    expect(pre.headers.get('x-content-type-options')).toBe('nosniff');
    expect(pre.headers.get('access-control-max-age')).toBe('600');
  });
});

describe('ALLOWED_ORIGINS', () => {
  it('replaces the default list, port wildcard included', async () => {
    const custom = await startHarness(db, { config: { allowedOrigins: ['https://desk.bank.example', 'http://10.1.2.3:*'] } });
    try {
      const get = (origin: string) => fetch(custom.url + '/health', { headers: { origin } }).then((r) => r.headers.get('access-control-allow-origin'));
      expect(await get('https://desk.bank.example')).toBe('https://desk.bank.example');
      expect(await get('http://10.1.2.3:8080')).toBe('http://10.1.2.3:8080');
      expect(await get('http://10.1.2.3:8080x')).toBeNull();
      expect(await get('app://bundle')).toBeNull();
    } finally {
      await custom.close();
    }
  });

  it('is read from the environment and checked', () => {
    const base = { TOKEN_SECRET: 'x'.repeat(40) };
    expect(loadConfig(base).allowedOrigins).toEqual(['app://bundle', 'http://127.0.0.1:*', 'http://localhost:*']);
    expect(loadConfig({ ...base, ALLOWED_ORIGINS: ' app://bundle , https://desk.bank.example ' }).allowedOrigins).toEqual(['app://bundle', 'https://desk.bank.example']);
    for (const bad of ['*', 'https://desk.bank.example/path', 'desk.bank.example', ',']) {
      expect(() => loadConfig({ ...base, ALLOWED_ORIGINS: bad })).toThrow(ConfigError);
    }
    expect(() => loadConfig({ ...base, ALLOWED_ORIGINS: '*' })).toThrow(/ALLOWED_ORIGINS/);
  });
});
