import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAMES } from '../../../renderer/src/store/database';
import { openStore, type Store } from '../../../renderer/src/store/openStore';
import { knownUser, readLockoutState, readRefresh } from '../../../renderer/src/session/repository/sessionStore';
import { headOfficeApi } from '../../../renderer/src/session/headOfficeApi';
import { checkOffline, signIn, type SignInOutcome } from '../../../renderer/src/session/signIn';
import type { Db } from '../../../server/db/types';
import { openDb, post, signIn as serverSignIn, startHarness, type Harness } from '../../server/harness';

/** Sign-in on the real store against a real head office on loopback, and offline against this device's verifier. */
let db: Db;
let h: Harness;
let store: Store | null = null;
const T0 = new Date('2026-11-23T02:00:00Z');
let now = T0;
const clock = () => now;
const UNREACHABLE = 'http://127.0.0.1:9'; // the discard port: nothing listens on loopback

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});
afterEach(async () => {
  store?.close();
  store = null;
  now = T0;
  await Dexie.delete(DATABASE_NAMES.live);
});

async function open(): Promise<Store> {
  store?.close();
  const r = await openStore('live');
  if (!r.ok) throw new Error(r.detail);
  store = r.store;
  return store;
}

async function attempt(s: Store, baseUrl: string, userId: string, password: string): Promise<SignInOutcome> {
  return signIn({ db: s.db, device: await s.device.identity(), api: headOfficeApi(baseUrl), now: clock }, userId, password);
}

const refusal = (o: { ok: true } | { ok: false; refusal: unknown }) => (o.ok ? null : o.refusal);

describe('online sign-in', () => {
  it('signs in, adopts head office’s device code, keeps a verifier (not the password) and the refresh token', async () => {
    const s = await open();
    const before = await s.device.identity();
    const o = await attempt(s, h.url, ' demo-officer-310115-01 ', 'demo1234');
    expect(o.ok && o.mode).toBe('online');
    if (!o.ok || o.mode !== 'online') return;
    expect(o.user).toEqual({ id: 'demo-officer-310115-01', name: expect.any(String), role: 'collector', branchCode: '310115' });
    expect(o.access.token.length).toBeGreaterThan(20);
    const server = await db.query<{ device_code: string }>('SELECT device_code FROM devices WHERE id = $1', [before.deviceId]);
    expect((await s.device.identity()).deviceCode).toBe(server.rows[0]!.device_code);
    expect(o.device.deviceCode).toBe(server.rows[0]!.device_code);
    const known = await knownUser(s.db, 'demo-officer-310115-01');
    expect(known?.verifier.iterations).toBeGreaterThanOrEqual(310_000);
    expect((await readRefresh(s.db))?.userId).toBe('demo-officer-310115-01');
    const everything = JSON.stringify(await s.db.meta.toArray());
    expect(everything).not.toContain('demo1234');
    expect(everything).not.toContain(o.access.token);
  });

  it('signing out gives the refresh token up: head office refreshes nothing with it afterwards', async () => {
    const s = await open();
    const o = await attempt(s, h.url, 'demo-officer-310115-03', 'demo1234');
    expect(o.ok).toBe(true);
    const refresh = (await readRefresh(s.db))!;
    const { deviceId } = await s.device.identity();
    expect(await headOfficeApi(h.url).signOut({ refreshToken: refresh.token, deviceId })).toEqual({ ok: true, value: { signedOut: true } });
    const after = await headOfficeApi(h.url).refresh({ refreshToken: refresh.token, deviceId });
    expect(after.ok ? null : after.failure).toMatchObject({ kind: 'refused', status: 401 });
  });

  it('a device that already numbered paper keeps its code and asks head office for it', async () => {
    const s = await open();
    const mine = await s.device.identity();
    await s.db.receipts.add({ id: 'r1', number: `${mine.deviceCode}-000001`, caseId: 'c1' } as never);
    const o = await attempt(s, h.url, 'demo-officer-310115-02', 'demo1234');
    expect(o.ok).toBe(true);
    expect((await s.device.identity()).deviceCode).toBe(mine.deviceCode);
    const server = await db.query<{ device_code: string }>('SELECT device_code FROM devices WHERE id = $1', [mine.deviceId]);
    expect(server.rows[0]!.device_code).toBe(mine.deviceCode);
  });

  it('head office’s refusals are final: a wrong password is not retried offline', async () => {
    const s = await open();
    expect((await attempt(s, h.url, 'demo-officer-310115-03', 'demo1234')).ok).toBe(true);
    expect(refusal(await attempt(s, h.url, 'demo-officer-310115-03', 'wrong'))).toEqual({ reason: 'invalid_credentials', where: 'head_office' });
    expect(refusal(await attempt(s, h.url, 'nobody', 'whatever'))).toEqual({ reason: 'invalid_credentials', where: 'head_office' });
  });

  it('locked at head office: says until when', async () => {
    const s = await open();
    let last: SignInOutcome | null = null;
    for (let i = 0; i < 5; i++) last = await attempt(s, h.url, 'demo-officer-330106-04', 'wrong');
    expect(refusal(last!)).toMatchObject({ reason: 'locked', where: 'head_office', until: expect.stringMatching(/^2026-11-23T01:15:00/) });
  });

  it('a revoked device is told so', async () => {
    const s = await open();
    const o = await attempt(s, h.url, 'demo-officer-510107-02', 'demo1234');
    expect(o.ok).toBe(true);
    const admin = await serverSignIn(h, 'demo-admin');
    expect((await post(h, `/devices/${(await s.device.identity()).deviceId}/revoke`, {}, admin.accessToken)).status).toBe(200);
    expect(refusal(await attempt(s, h.url, 'demo-officer-510107-02', 'demo1234'))).toEqual({ reason: 'device_revoked' });
  });

  it('another user on an enrolled device is refused', async () => {
    const s = await open();
    expect((await attempt(s, h.url, 'demo-officer-510107-03', 'demo1234')).ok).toBe(true);
    expect(refusal(await attempt(s, h.url, 'demo-officer-510107-04', 'demo1234'))).toEqual({ reason: 'device_other_user' });
  });
});

describe('the branch’s rule pack (issue 13 §6)', () => {
  it('comes with the profile from head office, is kept on the device and applies to an offline sign-in too', async () => {
    await db.query(`UPDATE branches SET rule_pack = 'us-regf' WHERE code = '440106'`);
    try {
      const s = await open();
      const o = await attempt(s, h.url, 'demo-officer-440106-03', 'demo1234');
      expect(o.ok && o.mode === 'online' && o.rulePack).toBe('us-regf');
      expect((await knownUser(s.db, 'demo-officer-440106-03'))?.rulePack).toBe('us-regf');
      const offline = await attempt(s, UNREACHABLE, 'demo-officer-440106-03', 'demo1234');
      expect(offline.ok && offline.mode === 'offline' && offline.rulePack).toBe('us-regf');
    } finally {
      await db.query(`UPDATE branches SET rule_pack = 'cn-2026' WHERE code = '440106'`);
    }
  });

  it('a profile kept on the device before the pack existed reads as the default pack', async () => {
    const s = await open();
    expect((await attempt(s, h.url, 'demo-officer-440106-04', 'demo1234')).ok).toBe(true);
    const { rulePack: _dropped, ...older } = (await knownUser(s.db, 'demo-officer-440106-04'))!;
    expect(_dropped).toBe('cn-2026');
    await s.db.meta.put({ key: 'session.user.demo-officer-440106-04', value: { ...older } });
    expect(await knownUser(s.db, 'demo-officer-440106-04')).toEqual({ ...older, rulePack: 'cn-2026' });
  });

  it('an answer from an older head office (no pack) means the default pack; an unknown pack is refused as malformed', async () => {
    const answer = (rulePack?: string) => ({
      accessToken: 'a'.repeat(20),
      accessTokenExpiresAt: T0.toISOString(),
      refreshToken: 'r'.repeat(20),
      refreshTokenExpiresAt: T0.toISOString(),
      user: { id: 'u-1', name: '王小明', role: 'collector', branchCode: '310115', ...(rulePack ? { rulePack } : {}) },
      device: { id: 'dev-1', code: 'ABC234' },
    });
    const api = (body: unknown) => headOfficeApi('http://head-office.test', async () => new Response(JSON.stringify(body), { status: 200 }));
    const req = { userId: 'u-1', password: 'demo1234', deviceId: 'dev-1' };
    const older = await api(answer()).signIn(req);
    expect(older.ok && older.value.user.rulePack).toBe('cn-2026');
    const unknown = await api(answer('mars-2099')).signIn(req);
    expect(unknown.ok ? null : unknown.failure).toMatchObject({ kind: 'malformed', detail: expect.stringContaining('user.rulePack') });
  });
});

describe('offline sign-in', () => {
  it('works only for a user who signed in online here before, and says it is offline', async () => {
    const s = await open();
    expect(refusal(await attempt(s, UNREACHABLE, 'demo-officer-330106-01', 'demo1234'))).toMatchObject({ reason: 'unreachable' });
    expect((await attempt(s, h.url, 'demo-officer-330106-01', 'demo1234')).ok).toBe(true);
    const o = await attempt(s, UNREACHABLE, 'demo-officer-330106-01', 'demo1234');
    expect(o.ok && o.mode).toBe('offline');
    expect(o.ok && o.user.name.length).toBeGreaterThan(0);
  });

  it('5 wrong passwords in a row lock for 15 minutes, across a restart; even the right one is refused meanwhile', async () => {
    let s = await open();
    expect((await attempt(s, h.url, 'demo-officer-330106-02', 'demo1234')).ok).toBe(true);
    const lefts: unknown[] = [];
    for (let i = 0; i < 4; i++) lefts.push(refusal(await attempt(s, UNREACHABLE, 'demo-officer-330106-02', `wrong${i}`)));
    expect(lefts.map((r) => (r as { attemptsLeft: number }).attemptsLeft)).toEqual([4, 3, 2, 1]);
    const fifth = refusal(await attempt(s, UNREACHABLE, 'demo-officer-330106-02', 'wrong5'));
    expect(fifth).toEqual({ reason: 'locked', where: 'device', until: new Date(T0.getTime() + 15 * 60_000).toISOString() });

    s = await open(); // the app restarts
    expect(refusal(await attempt(s, UNREACHABLE, 'demo-officer-330106-02', 'demo1234'))).toMatchObject({ reason: 'locked', where: 'device' });
    expect(refusal(await checkOffline(s.db, 'demo-officer-330106-02', 'demo1234', clock))).toMatchObject({ reason: 'locked' });

    now = new Date(T0.getTime() + 15 * 60_000);
    const o = await attempt(s, UNREACHABLE, 'demo-officer-330106-02', 'demo1234');
    expect(o.ok && o.mode).toBe('offline');
    expect(await readLockoutState(s.db, 'demo-officer-330106-02', now)).toEqual({ failures: 0, lockedUntil: null });
  });
});
