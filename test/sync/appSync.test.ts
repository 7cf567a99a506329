import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAMES } from '../../renderer/src/store/database';
import { openStore, type Store } from '../../renderer/src/store/openStore';
import { activities, type Actor } from '../../renderer/src/fieldwork/repository';
import { readRefresh } from '../../renderer/src/session/repository/sessionStore';
import { headOfficeApi } from '../../renderer/src/session/headOfficeApi';
import { signIn } from '../../renderer/src/session/signIn';
import { createAppSync, type AppSync, type AppSyncEvent } from '../../renderer/src/sync/appSync';
import { createSessionAccess, type SessionAccess } from '../../renderer/src/sync/sessionAccess';
import type { Activity } from '../../shared/fieldwork/records';
import { newId } from '../../shared/sync';
import { importExtract } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { openDb, post, signIn as serverSignIn, startHarness, type Harness } from '../server/harness';

/**
 * The app's sync loop with the session's credentials, against the real head office: first sync, offline
 * skip, an access token that expires mid-way (refresh once, retry), a refused refresh (sign in again, data
 * kept) and a revoked device.
 */
let db: Db;
let h: Harness;
let store: Store;
let officer: string;
const cases = demoCases(30, { seed: 'app-sync-tests' });
let online = true;
let requests: string[] = [];
let localNow = 0;
let events: AppSyncEvent[] = [];
let access: SessionAccess;
let appSync: AppSync;
let actor: Actor;

const countingFetch: typeof fetch = (input, init) => {
  requests.push(String(input).replace(/^https?:\/\/[^/]+/, ''));
  return fetch(input, init);
};

async function startSession(): Promise<void> {
  appSync?.stop();
  const device = await store.device.identity();
  const api = headOfficeApi(h.url, countingFetch);
  const o = await signIn({ db: store.db, device, api, now: () => new Date(h.clock.ms) }, officer, 'demo1234');
  if (!o.ok || o.mode !== 'online') throw new Error(JSON.stringify(o));
  localNow = h.clock.ms;
  access = createSessionAccess({ db: store.db, api, deviceId: device.deviceId, userId: officer, fetch: countingFetch, now: () => localNow });
  access.setAccess(o.access);
  events = [];
  appSync = createAppSync({ db: store.db, baseUrl: h.url, deviceId: device.deviceId, access, onEvent: (e) => events.push(e), isOnline: () => online, events: null, intervalMs: 3_600_000 });
  actor = { userId: officer, deviceId: device.deviceId, now: () => new Date(h.clock.ms) };
}

async function logCall(): Promise<Activity> {
  const all = await store.db.cases.toArray();
  const c = all.find((x) => x.parties.some((p) => p.phones.length > 0));
  if (!c) throw new Error(`no case with a phone among ${all.length}: ${JSON.stringify(all[0]?.parties[0])}`);
  const party = c.parties.find((p) => p.phones.length > 0)!;
  const a: Activity = {
    id: newId(),
    caseId: c.id,
    partyId: party.id,
    channel: 'phone',
    phoneId: party.phones[0]!.id,
    addressId: null,
    outcome: 'no_answer',
    notes: '',
    nextAction: null,
    nextActionDate: null,
    at: new Date(h.clock.ms).toISOString(),
    userId: officer,
    deviceId: actor.deviceId,
    override: null,
  };
  await activities.recordActivity(store.db, actor, a);
  return a;
}

const landed = async (id: string) => (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM field_records WHERE id = $1', [id])).rows[0]!.n;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  h.clock.ms = Date.parse('2026-11-23T02:00:00Z'); // 10:00 in Shanghai: calls are allowed
  expect((await importExtract(db, extractOf(cases.flatMap(caseToRows)))).counts.new).toBe(30);
  const counts = new Map<string, number>();
  for (const c of cases) if (c.assignment.officerId) counts.set(c.assignment.officerId, (counts.get(c.assignment.officerId) ?? 0) + 1);
  officer = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const opened = await openStore('live');
  if (!opened.ok) throw new Error(opened.detail);
  store = opened.store;
  await startSession();
}, 60_000);

afterAll(async () => {
  appSync?.stop();
  store?.close();
  await Dexie.delete(DATABASE_NAMES.live);
  await h?.close();
  await db?.close();
});

describe('the app’s sync with the signed-in session', () => {
  it('the first sync brings exactly the cases head office assigned to the user', async () => {
    const run = await appSync.syncNow();
    expect(run).toEqual({ ok: true });
    const scope = (await db.query<{ id: string }>('SELECT id FROM cases WHERE officer_id = $1', [officer])).rows.length;
    expect(scope).toBeGreaterThan(0);
    expect(await store.db.cases.count()).toBe(scope);
    expect(events.map((e) => e.type)).toEqual(['started', 'finished']);
  });

  it('skips while offline without a single request, and syncs again when back online', async () => {
    const a = await logCall();
    online = false;
    requests = [];
    const run = await appSync.syncNow();
    expect(run.ok).toBe(false);
    expect(requests).toEqual([]);
    expect(events.at(-2)).toEqual({ type: 'skipped_offline' });
    expect(await store.db.outbox.count()).toBeGreaterThan(0);
    online = true;
    expect(await appSync.syncNow()).toEqual({ ok: true });
    expect(await store.db.outbox.count()).toBe(0);
    expect(await landed(a.id)).toBe(1);
  });

  it('an access token that expired at head office is refreshed once and the request retried', async () => {
    const a = await logCall();
    const before = (await readRefresh(store.db))!.token;
    h.clock.ms += 16 * 60_000; // head office: the 15-minute token has expired; the device's clock disagrees
    requests = [];
    expect(await appSync.syncNow()).toEqual({ ok: true });
    expect(requests.filter((r) => r === '/auth/refresh')).toHaveLength(1);
    expect(requests.filter((r) => r === '/sync/push')).toHaveLength(2); // refused once, retried once
    expect(await landed(a.id)).toBe(1);
    expect((await readRefresh(store.db))!.token).not.toBe(before); // rotated and stored
  });

  it('a refused refresh ends the session with "sign in again"; local data and the outbox stay', async () => {
    const stored = (await readRefresh(store.db))!.token;
    const deviceId = (await store.device.identity()).deviceId;
    // Someone replays the refresh token: head office revokes all of this device's refresh tokens.
    expect((await post(h, '/auth/refresh', { refreshToken: stored, deviceId })).status).toBe(200);
    expect((await post(h, '/auth/refresh', { refreshToken: stored, deviceId })).status).toBe(401);
    await logCall();
    const casesBefore = await store.db.cases.count();
    h.clock.ms += 16 * 60_000;
    localNow = h.clock.ms;
    const run = await appSync.syncNow();
    expect(run.ok).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'session_ended', problem: 'sign_in_again' });
    expect(await store.db.outbox.count()).toBeGreaterThan(0);
    expect(await store.db.cases.count()).toBe(casesBefore);
    expect(await readRefresh(store.db)).toBeNull();
  });

  it('signing in again pushes what waited; a revoked device ends the session as revoked', async () => {
    await startSession();
    expect(await appSync.syncNow()).toEqual({ ok: true });
    expect(await store.db.outbox.count()).toBe(0);
    const admin = await serverSignIn(h, 'demo-admin');
    expect((await post(h, `/devices/${actor.deviceId}/revoke`, {}, admin.accessToken)).status).toBe(200);
    await logCall();
    const run = await appSync.syncNow();
    expect(run.ok).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'session_ended', problem: 'revoked' });
  });
});
