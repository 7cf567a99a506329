import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/types';
import { DEFAULT_RATE_LIMITS } from '../../server/http/rateLimit';
import { entry, freshDeviceId, type Harness, openDb, PASSWORD, post, push, signIn, startHarness } from './harness';

// PGlite only: what is tested here is the HTTP layer; the SQL is the same on both backends.
let db: Db;
let h: Harness;
const lines: string[] = [];
const limits = { ...DEFAULT_RATE_LIMITS, signInPerUser: { max: 3, windowMs: 60_000 } };

beforeAll(async () => {
  db = await openDb('pglite');
  // Logging at trace, the most verbose level, into memory: every line the service writes is checked.
  h = await startHarness(db, { config: { logLevel: 'trace' }, logger: { stream: { write: (line: string) => void lines.push(line) } }, rateLimits: limits });
});
afterAll(async () => {
  await h.close();
  await db.close();
});

const events = async (userId: string) =>
  (await db.query<{ kind: string; reason: string | null; client_address: string }>('SELECT kind, reason, client_address FROM sign_in_events WHERE user_id = $1 ORDER BY id', [userId])).rows;

describe('rate limits on sign-in and refresh', () => {
  it('refuses the 4th sign-in of one account within the window with 429, a clear message and Retry-After, and records it', async () => {
    const user = 'demo-officer-110105-02';
    for (let i = 0; i < 3; i++) expect((await post(h, '/auth/sign-in', { userId: user, password: 'wrong-' + i, deviceId: freshDeviceId() })).status).toBe(401);
    const refused = await post(h, '/auth/sign-in', { userId: user, password: PASSWORD, deviceId: freshDeviceId() });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(refused.body.error.message).toMatch(/too many attempts: wait \d+ seconds/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.error.retryAfterSeconds).toBe(retryAfter);
    // Security headers go on refusals too.
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await events(user)).map((e) => [e.kind, e.reason])).toEqual([
      ['sign_in_failed', 'invalid_credentials'],
      ['sign_in_failed', 'invalid_credentials'],
      ['sign_in_failed', 'invalid_credentials'],
      ['rate_limited', 'sign-in'],
    ]);
    // Another account from the same address is not held back by this one.
    await expect(signIn(h, 'demo-officer-110105-03')).resolves.toMatchObject({ userId: 'demo-officer-110105-03' });
  });

  it('limits refresh per client address, whatever the device', async () => {
    // Its own service: the address limit, once used up, would hold back the other tests' refreshes.
    const own = await startHarness(db, { rateLimits: { ...DEFAULT_RATE_LIMITS, refreshPerAddress: { max: 6, windowMs: 60_000 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await post(own, '/auth/refresh', { refreshToken: 'x'.repeat(43), deviceId: freshDeviceId() })).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    } finally {
      await own.close();
    }
  });

  it('limits refresh per device', async () => {
    const deviceId = freshDeviceId();
    const statuses: number[] = [];
    for (let i = 0; i < DEFAULT_RATE_LIMITS.refreshPerDevice.max + 1; i++) statuses.push((await post(h, '/auth/refresh', { refreshToken: 'y'.repeat(43), deviceId })).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, -1).every((s) => s === 401)).toBe(true);
  });

  it('opens again when the window has passed', async () => {
    const user = 'demo-officer-110105-04';
    for (let i = 0; i < 3; i++) await post(h, '/auth/sign-in', { userId: user, password: 'nope', deviceId: freshDeviceId() });
    expect((await post(h, '/auth/sign-in', { userId: user, password: PASSWORD, deviceId: freshDeviceId() })).status).toBe(429);
    h.clock.ms += 61_000;
    expect((await post(h, '/auth/sign-in', { userId: user, password: PASSWORD, deviceId: freshDeviceId() })).status).toBe(200);
  });

  it('counts a request without a user id under one shared key, so leaving it out is no way around the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(h, '/auth/sign-in', { password: 'x', deviceId: freshDeviceId() })).status);
    expect(statuses).toEqual([400, 400, 400, 429]);
  });
});

describe('sign-in events at head office', () => {
  it('records a successful sign-in with the device and the client address, and never the password', async () => {
    const d = await signIn(h, 'demo-clerk-110105');
    const rows = await db.query<Record<string, unknown>>('SELECT * FROM sign_in_events WHERE user_id = $1', ['demo-clerk-110105']);
    expect(rows.rows).toEqual([expect.objectContaining({ kind: 'sign_in', device_id: d.deviceId, client_address: '127.0.0.1', reason: null })]);
    expect(JSON.stringify(rows.rows)).not.toContain(PASSWORD);
  });

  it('records a refresh and a refused refresh', async () => {
    const d = await signIn(h, 'demo-clerk-330106');
    expect((await post(h, '/auth/refresh', { refreshToken: d.refreshToken, deviceId: d.deviceId })).status).toBe(200);
    expect((await post(h, '/auth/refresh', { refreshToken: d.refreshToken, deviceId: d.deviceId })).status).toBe(401);
    const rows = await db.query<{ kind: string; reason: string | null }>('SELECT kind, reason FROM sign_in_events WHERE device_id = $1 ORDER BY id', [d.deviceId]);
    expect(rows.rows.map((r) => [r.kind, r.reason])).toEqual([['sign_in', null], ['refresh', null], ['refresh_failed', 'unauthorized']]);
  });
});

describe('secrets never reach the log', () => {
  it('logs no password, access token or refresh token through sign-in, refresh, a push and a refusal', async () => {
    lines.length = 0;
    const d = await signIn(h, 'demo-officer-330106-01');
    const refreshed = await post(h, '/auth/refresh', { refreshToken: d.refreshToken, deviceId: d.deviceId });
    expect(refreshed.status).toBe(200);
    const pushed = await push(h, { deviceId: d.deviceId, accessToken: refreshed.body.accessToken }, [entry('recordAccessEvent', d, 1, { caseId: null, kind: 'sign_in', field: null, subjectId: null, reason: null, userId: d.userId })]);
    expect(pushed.status).toBe(200);
    const wrong = 'Tr0ub4dor&3-secret';
    expect((await post(h, '/auth/sign-in', { userId: 'demo-officer-330106-02', password: wrong, deviceId: freshDeviceId() })).status).toBe(401);
    // Something was logged (so the check below can fail), at the level that shows request bodies' fate.
    expect(lines.length).toBeGreaterThan(8);
    const log = lines.join('\n');
    expect(log).toContain('/auth/sign-in');
    for (const secret of [PASSWORD, wrong, d.accessToken, d.refreshToken, refreshed.body.accessToken, refreshed.body.refreshToken, h.config.tokenSecret]) {
      expect(log).not.toContain(secret);
    }
    // The token's signature part alone must not appear either.
    expect(log).not.toContain(d.accessToken.split('.')[1]!);
  });
});
