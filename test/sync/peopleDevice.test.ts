import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAMES } from '../../renderer/src/store/database';
import { openStore, type Store } from '../../renderer/src/store/openStore';
import { headOfficeApi } from '../../renderer/src/session/headOfficeApi';
import { checkOffline, signIn } from '../../renderer/src/session/signIn';
import { changeOwnPassword } from '../../renderer/src/session/changePassword';
import { createAppSync, type AppSyncEvent } from '../../renderer/src/sync/appSync';
import { createSessionAccess } from '../../renderer/src/sync/sessionAccess';
import type { Db } from '../../server/db/types';
import { call, openDb, signIn as serverSignIn, startHarness, type Harness } from '../server/harness';

/**
 * The device's side of people and devices against a real head office: what it reports at sync, a remote wipe
 * reaching it (device_wiped ends the session as 'wiped'), and the forced password change after an online sign-in.
 */
let db: Db;
let h: Harness;
let store: Store | null = null;
let admin: Awaited<ReturnType<typeof serverSignIn>>;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  admin = await serverSignIn(h, 'demo-admin');
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});
afterEach(async () => {
  store?.close();
  store = null;
  await Dexie.delete(DATABASE_NAMES.live);
});

async function session(userId: string, password = 'demo1234') {
  const r = await openStore('live');
  if (!r.ok) throw new Error(r.detail);
  store = r.store;
  const device = await store.device.identity();
  const api = headOfficeApi(h.url);
  const o = await signIn({ db: store.db, device, api, now: () => new Date(h.clock.ms) }, userId, password);
  if (!o.ok || o.mode !== 'online') throw new Error(JSON.stringify(o));
  const access = createSessionAccess({ db: store.db, api, deviceId: device.deviceId, userId, now: () => h.clock.ms });
  access.setAccess(o.access);
  const events: AppSyncEvent[] = [];
  const sync = createAppSync({ db: store.db, baseUrl: h.url, deviceId: device.deviceId, access, appVersion: '0.1.0', onEvent: (e) => events.push(e), isOnline: () => true, events: null, intervalMs: 3_600_000 });
  return { s: store, device, api, access, sync, events, outcome: o };
}

const deviceRow = async (id: string) => (await db.query<{ pending_changes: number | null; app_version: string | null; wipe_told_at: Date | null }>('SELECT pending_changes, app_version, wipe_told_at FROM devices WHERE id = $1', [id])).rows[0]!;

describe('what the device reports, and a remote wipe reaching it', () => {
  it('each sync reports the outbox count and the app version; after head office asks for a wipe the next sync ends the session as wiped', async () => {
    const { device, sync, events } = await session('demo-officer-310115-01');
    expect((await sync.syncNow()).ok).toBe(true);
    expect(await deviceRow(device.deviceId)).toMatchObject({ pending_changes: 0, app_version: '0.1.0', wipe_told_at: null });

    const wiped = await call(h, 'POST', `/admin/devices/${device.deviceId}/wipe`, { token: admin.accessToken, body: { reason: '遗失' } });
    expect(wiped.status).toBe(200);
    const run = await sync.syncNow();
    expect(run.ok).toBe(false);
    expect(events).toContainEqual({ type: 'session_ended', problem: 'wiped' });
    expect((await deviceRow(device.deviceId)).wipe_told_at).not.toBeNull();
  });

  it('a wiped device that signs in is refused device_wiped (the app then erases its data)', async () => {
    const { device, s } = await session('demo-officer-310115-02');
    await call(h, 'POST', `/admin/devices/${device.deviceId}/wipe`, { token: admin.accessToken, body: { reason: '离职未归还' } });
    const o = await signIn({ db: s.db, device, api: headOfficeApi(h.url), now: () => new Date(h.clock.ms) }, 'demo-officer-310115-02', 'demo1234');
    expect(o).toEqual({ ok: false, refusal: { reason: 'device_wiped' } });
  });
});

describe('the forced password change in the app', () => {
  it('an online sign-in with a temporary password says so; a weak new one is refused naming the rule; the good one replaces the offline verifier too', async () => {
    const created = await call(h, 'POST', '/admin/users', { token: admin.accessToken, body: { id: 'zhou.min', name: '周敏', role: 'collector', branchCode: '310115' } });
    const temporary = created.body.temporaryPassword as string;
    const { s, api, access, outcome } = await session('zhou.min', temporary);
    expect(outcome.mustChangePassword).toBe(true);
    const deps = { db: s.db, api, access, user: outcome.user, rulePack: outcome.rulePack, now: () => new Date(h.clock.ms) };

    expect(await changeOwnPassword(deps, temporary, 'zhoumin2026')).toEqual({ ok: false, reason: 'weak', rules: ['too_simple'] });
    expect(await changeOwnPassword(deps, 'not-the-one', 'Lujiazui-Tower-88')).toEqual({ ok: false, reason: 'wrong_current', rules: [] });
    expect(await changeOwnPassword(deps, temporary, 'Lujiazui-Tower-88')).toEqual({ ok: true });

    const now = () => new Date(h.clock.ms);
    expect((await checkOffline(s.db, 'zhou.min', 'Lujiazui-Tower-88', now)).ok).toBe(true);
    expect((await checkOffline(s.db, 'zhou.min', temporary, now)).ok).toBe(false);
    expect((await db.query<{ must_change_password: boolean }>("SELECT must_change_password FROM users WHERE id = 'zhou.min'")).rows[0]!.must_change_password).toBe(false);
  });

  it('offline there is no change: the screen says it needs head office', async () => {
    const { s, access, outcome } = await session('demo-officer-310115-03');
    const deps = { db: s.db, api: headOfficeApi('http://127.0.0.1:9'), access, user: outcome.user, rulePack: outcome.rulePack, now: () => new Date(h.clock.ms) };
    expect(await changeOwnPassword(deps, 'demo1234', 'Lujiazui-Tower-88')).toEqual({ ok: false, reason: 'offline', rules: [] });
    expect(await changeOwnPassword({ ...deps, api: null }, 'demo1234', 'Lujiazui-Tower-88')).toEqual({ ok: false, reason: 'offline', rules: [] });
  });
});
