import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { PROTOCOL_VERSION, MUTATION_SCHEMA_VERSION } from '../../../shared/sync/versions';
import { call, type Harness, openDb, PASSWORD, post, signIn, startHarness } from '../harness';

let db: Db;
let h: Harness;
let admin: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  admin = await signIn(h, 'demo-admin');
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION };
const deviceOf = async (id: string) => (await call(h, 'GET', '/admin/devices', { token: admin.accessToken })).body.devices.find((d: { id: string }) => d.id === id);

async function pushWithReport(d: { deviceId: string; accessToken: string }, headers: Record<string, string>) {
  const res = await fetch(`${h.url}/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${d.accessToken}`, ...headers },
    body: JSON.stringify({ ...versions, deviceId: d.deviceId, mutations: [] }),
  });
  return res.status;
}

describe('what a device reports at sync', () => {
  it('pending changes and the app version, from the headers of a push or pull; a malformed value is left out, the sync still works', async () => {
    const d = await signIn(h, 'demo-officer-310115-01');
    expect(await deviceOf(d.deviceId)).toMatchObject({ pendingChanges: null, appVersion: null, lastSyncAt: null, userName: expect.any(String), branchCode: '310115' });
    expect(await pushWithReport(d, { 'x-device-pending-changes': '7', 'x-device-app-version': '0.1.0' })).toBe(200);
    expect(await deviceOf(d.deviceId)).toMatchObject({ pendingChanges: 7, appVersion: '0.1.0', lastSyncAt: '2026-11-23T01:00:00.000Z' });
    expect(await pushWithReport(d, { 'x-device-pending-changes': '-3', 'x-device-app-version': '<script>' })).toBe(200);
    expect(await deviceOf(d.deviceId)).toMatchObject({ pendingChanges: 7, appVersion: '0.1.0' });
    const pulled = await fetch(`${h.url}/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${d.accessToken}`, 'x-device-pending-changes': '0' },
      body: JSON.stringify({ ...versions, deviceId: d.deviceId, cursor: null, limit: 10 }),
    });
    expect(pulled.status).toBe(200);
    expect((await deviceOf(d.deviceId)).pendingChanges).toBe(0);
  });

  it('filters by user; a bad filter is 400 naming it', async () => {
    const res = await call(h, 'GET', '/admin/devices?userId=demo-officer-310115-01', { token: admin.accessToken });
    expect(res.body.devices.length).toBeGreaterThan(0);
    expect(new Set(res.body.devices.map((d: { userId: string }) => d.userId))).toEqual(new Set(['demo-officer-310115-01']));
    const bad = await call(h, 'GET', '/admin/devices?branchCode=%3Cx%3E', { token: admin.accessToken });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('query.branchCode');
  });
});

describe('revoke with a reason', () => {
  it('stops the device at once; the reason and who are kept; a second revoke keeps the first', async () => {
    const d = await signIn(h, 'demo-officer-310115-02');
    const res = await call(h, 'POST', `/admin/devices/${d.deviceId}/revoke`, { token: admin.accessToken, body: { reason: '笔记本遗失' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ revokedBy: 'demo-admin', revokeReason: '笔记本遗失', revokedAt: '2026-11-23T01:00:00.000Z', wipeRequestedAt: null });
    expect((await post(h, '/sync/directory', {}, d.accessToken)).body.error.code).toBe('device_revoked');
    h.clock.ms += 60_000;
    const again = await call(h, 'POST', `/admin/devices/${d.deviceId}/revoke`, { token: admin.accessToken, body: { reason: '另一个原因' } });
    expect(again.body).toMatchObject({ revokeReason: '笔记本遗失', revokedAt: '2026-11-23T01:00:00.000Z' });
  });

  it('a reason is required (400 naming it); an unknown device is 404; a bad id 400', async () => {
    const d = await signIn(h, 'demo-officer-310115-03');
    const res = await call(h, 'POST', `/admin/devices/${d.deviceId}/revoke`, { token: admin.accessToken, body: { reason: '  ' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('body.reason');
    expect((await deviceOf(d.deviceId)).revokedAt).toBeNull();
    expect((await call(h, 'POST', '/admin/devices/no-such-device/revoke', { token: admin.accessToken, body: { reason: 'x' } })).status).toBe(404);
    expect((await call(h, 'POST', '/admin/devices/%24bad/wipe', { token: admin.accessToken, body: { reason: 'x' } })).body.error.message).toContain('params.id');
  });
});

describe('remote wipe', () => {
  it('the device is told device_wiped at its next request, refresh or sign-in; the first time it was told is recorded', async () => {
    const d = await signIn(h, 'demo-officer-310115-04');
    const asked = await call(h, 'POST', `/admin/devices/${d.deviceId}/wipe`, { token: admin.accessToken, body: { reason: '员工离职，设备未归还' } });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ wipeRequestedAt: expect.any(String), wipeToldAt: null, revokedAt: expect.any(String), revokeReason: '员工离职，设备未归还' });
    const toldAt = h.clock.ms + 5_000;
    h.clock.ms = toldAt;
    const told = await post(h, '/sync/push', { ...versions, deviceId: d.deviceId, mutations: [] }, d.accessToken);
    expect(told.status).toBe(403);
    expect(told.body.error.code).toBe('device_wiped');
    expect((await deviceOf(d.deviceId)).wipeToldAt).toBe(new Date(toldAt).toISOString());
    h.clock.ms += 5_000;
    expect((await post(h, '/auth/refresh', { refreshToken: d.refreshToken, deviceId: d.deviceId })).body.error.code).toBe('device_wiped');
    expect((await post(h, '/auth/sign-in', { userId: d.userId, password: PASSWORD, deviceId: d.deviceId })).body.error.code).toBe('device_wiped');
    expect((await deviceOf(d.deviceId)).wipeToldAt).toBe(new Date(toldAt).toISOString());
  });

  it('a wiped device that signs in first (before any request) is told there, and that is recorded', async () => {
    const d = await signIn(h, 'demo-clerk-310115');
    await call(h, 'POST', `/admin/devices/${d.deviceId}/wipe`, { token: admin.accessToken, body: { reason: '遗失' } });
    const res = await post(h, '/auth/sign-in', { userId: d.userId, password: PASSWORD, deviceId: d.deviceId });
    expect(res.body.error.code).toBe('device_wiped');
    expect((await deviceOf(d.deviceId)).wipeToldAt).not.toBeNull();
  });
});
