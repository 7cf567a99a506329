import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';
import type { Db } from '../../server/db/types';
import { openDb, PASSWORD, startHarness, type Harness } from './harness';

let db: Db;
let h: Harness;

// A fresh PGlite takes seconds to start on a loaded machine.
beforeAll(async () => {
  db = await openDb();
  h = await startHarness(db);
}, 60_000);
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

describe('behind a load balancer (TRUSTED_PROXIES)', () => {
  const signInVia = (url: string, forwardedFor: string, deviceId: string) =>
    fetch(url + '/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ userId: 'demo-officer-310115-02', password: 'not-the-password', deviceId }),
    });
  const addressOf = async (deviceId: string) =>
    (await db.query<{ client_address: string }>('SELECT client_address FROM sign_in_events WHERE device_id = $1', [deviceId])).rows[0]?.client_address;

  it('records the device\'s address from X-Forwarded-For only when the balancer is trusted', async () => {
    const trusting = await startHarness(db, { config: { trustedProxies: ['127.0.0.1'] } });
    try {
      expect((await signInVia(trusting.url, '203.0.113.7', 'lb-trusted')).status).toBe(401);
      expect(await addressOf('lb-trusted')).toBe('203.0.113.7');
    } finally {
      await trusting.close();
    }
    // Not trusted (the default): a client cannot claim another address by sending the header itself.
    expect((await signInVia(h.url, '203.0.113.7', 'lb-untrusted')).status).toBe(401);
    expect(await addressOf('lb-untrusted')).toBe('127.0.0.1');
  });

  it('is read from the environment and checked', () => {
    const base = { TOKEN_SECRET: 'x'.repeat(40) };
    expect(loadConfig(base).trustedProxies).toEqual([]);
    expect(loadConfig({ ...base, TRUSTED_PROXIES: '10.0.0.0/8, 127.0.0.1,::1' }).trustedProxies).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
    for (const bad of ['10.0.0.0/33', 'lb.bank.example', '10.0.0.1/8/2', 'true']) {
      expect(() => loadConfig({ ...base, TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
