import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_NAMES, RecoveryDeskDb } from '../../renderer/src/store/database';
import { openStore, type Store } from '../../renderer/src/store/openStore';
import { activities, type Actor } from '../../renderer/src/fieldwork/repository';
import { SYNC_META, createSyncClient, type EvictedCase, type StoredRejection, type SyncClient } from '../../renderer/src/sync/syncClient';
import type { Case } from '../../shared/domain/case';
import type { Activity } from '../../shared/fieldwork/records';
import { newId, type OutboxEntry } from '../../shared/sync';
import { importExtract, reassignCase } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { eachBackend, entry, type Harness, openDb, signIn, startHarness } from '../server/harness';

eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  let store: Store;
  let client: SyncClient;
  let officer: string;
  let actor: Actor;
  let device: { deviceId: string; accessToken: string };
  const cases = demoCases(30, { seed: 'sync-client-tests' });
  let t = Date.parse('2026-11-23T02:00:00Z');

  const serverScope = async (officerId: string): Promise<string[]> =>
    (await db.query<{ id: string }>('SELECT id FROM cases WHERE officer_id = $1 ORDER BY id', [officerId])).rows.map((r) => r.id);

  const fieldRecords = async (kind: string, id: string): Promise<number> =>
    (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM field_records WHERE kind = $1 AND id = $2', [kind, id])).rows[0]!.n;

  const meta = async <T>(key: string): Promise<T | undefined> => (await store.db.meta.get(key))?.value as T | undefined;

  function call(c: Case): Activity {
    const party = c.parties[0]!;
    return {
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
      at: new Date(t).toISOString(),
      userId: actor.userId,
      deviceId: actor.deviceId,
      override: null,
    };
  }

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
    const imported = await importExtract(db, extractOf(cases.flatMap(caseToRows)));
    expect(imported.counts.new).toBe(30);
    const counts = new Map<string, number>();
    for (const c of cases) if (c.assignment.officerId) counts.set(c.assignment.officerId, (counts.get(c.assignment.officerId) ?? 0) + 1);
    officer = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    expect(counts.get(officer)).toBeGreaterThanOrEqual(4);

    const opened = await openStore('live');
    if (!opened.ok) throw new Error(opened.detail);
    store = opened.store;
    const identity = await store.device.identity();
    device = await signIn(h, officer, identity.deviceId);
    actor = { userId: officer, deviceId: identity.deviceId, now: () => new Date((t += 60_000)) };
    client = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => device });
  });

  afterAll(async () => {
    store?.close();
    await Dexie.delete(DATABASE_NAMES.live);
    await h?.close();
    await db?.close();
  });

  describe('sync client against the real head-office service', () => {
    it('first sync brings the collector exactly their cases, with list rows, a cursor and the time of success', async () => {
      const result = await client.syncOnce();
      expect(result.ok, JSON.stringify(result)).toBe(true);
      const scope = await serverScope(officer);
      expect(await store.cases.count()).toBe(scope.length);
      expect(((await store.db.cases.toCollection().primaryKeys()) as string[]).sort()).toEqual(scope);
      expect(await store.db.caseRows.count()).toBe(scope.length);
      expect(await meta<string>(SYNC_META.cursor)).toMatch(/^v1\./);
      expect(await meta<string>(SYNC_META.lastSuccessAt)).toBeTruthy();
    });

    it('pushes field work made through the repository exactly once, and a replayed push is all duplicates', async () => {
      const c = (await store.db.cases.toArray())[0]!;
      const activity = call(c);
      await activities.recordActivity(store.db, actor, activity);
      const queued: OutboxEntry[] = await store.db.outbox.orderBy('mutationId').toArray();
      expect(queued.length).toBeGreaterThan(0);

      const first = await client.syncOnce();
      expect(first.ok, JSON.stringify(first)).toBe(true);
      if (first.ok) expect(first.value.push).toMatchObject({ applied: queued.length, duplicate: 0, rejected: 0 });
      expect(await store.db.outbox.count()).toBe(0);
      expect(await fieldRecords('recordActivity', activity.id)).toBe(1);

      // The answer was lost: the device still holds the entries and sends them again.
      await store.db.outbox.bulkAdd(queued);
      const again = await client.push();
      expect(again.ok, JSON.stringify(again)).toBe(true);
      if (again.ok) expect(again.value).toMatchObject({ applied: 0, duplicate: queued.length, rejected: 0 });
      expect(await store.db.outbox.count()).toBe(0);
      expect(await fieldRecords('recordActivity', activity.id)).toBe(1);
    });

    it('keeps a rejection with its reason and still drains the outbox', async () => {
      const foreign = (await db.query<{ id: string }>('SELECT id FROM cases WHERE officer_id <> $1 LIMIT 1', [officer])).rows[0]!.id;
      const counter = (await store.db.counters.get('mutation'))!.value;
      await store.db.transaction('rw', store.db.outbox, store.db.counters, async () => {
        await store.db.outbox.add(entry('recordActivity', { deviceId: device.deviceId, userId: officer }, counter + 1, { caseId: foreign }));
        await store.db.counters.put({ name: 'mutation', value: counter + 1 });
      });
      const result = await client.push();
      expect(result.ok && result.value.rejected).toBe(1);
      expect(await store.db.outbox.count()).toBe(0);
      const rejections = (await meta<StoredRejection[]>(SYNC_META.rejections)) ?? [];
      expect(rejections).toHaveLength(1);
      expect(rejections[0]).toMatchObject({ mutationId: counter + 1, name: 'recordActivity', caseId: foreign, reason: { code: 'out_of_scope' } });
    });

    it('evicts a reassigned case at the next pull, but a case with pending work only after that work is pushed', async () => {
      const [free, busy] = await store.db.cases.limit(2).toArray();
      const other = `${officer.slice(0, -2)}${officer.endsWith('01') ? '02' : '01'}`;
      const activity = call(busy!);
      await activities.recordActivity(store.db, actor, activity);
      expect(await reassignCase(db, free!.id, other)).toBe('reassigned');
      expect(await reassignCase(db, busy!.id, other)).toBe('reassigned');

      const pulled = await client.pull();
      expect(pulled.ok && pulled.value).toMatchObject({ evicted: 1, deferred: 1 });
      expect(await store.cases.get(free!.id)).toBeUndefined();
      expect(await store.cases.row(free!.id)).toBeUndefined();
      expect(await store.cases.get(busy!.id)).toBeDefined();
      expect(await store.cases.row(busy!.id)).toBeDefined();

      const pushed = await client.push();
      expect(pushed.ok && pushed.value).toMatchObject({ rejected: 0, evicted: 1 });
      expect(await store.cases.get(busy!.id)).toBeUndefined();
      expect(await store.cases.row(busy!.id)).toBeUndefined();
      // Captured while the case was assigned: head office accepts it after the reassignment.
      expect(await fieldRecords('recordActivity', activity.id)).toBe(1);
      const evicted = (await meta<EvictedCase[]>(SYNC_META.evicted)) ?? [];
      expect(evicted.map((e) => e.caseId).sort()).toEqual([free!.id, busy!.id].sort());
      expect(((await store.db.cases.toCollection().primaryKeys()) as string[]).sort()).toEqual(await serverScope(officer));
    });

    it('pages with a small limit and loses nothing', async () => {
      const second = await signIn(h, officer);
      const other = new RecoveryDeskDb('sync-paging-test');
      try {
        const paged = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: other, credentials: () => second, pullLimit: 2 });
        const result = await paged.syncOnce();
        expect(result.ok, JSON.stringify(result)).toBe(true);
        const scope = await serverScope(officer);
        if (result.ok) expect(result.value.pull.pages).toBeGreaterThanOrEqual(Math.ceil(scope.length / 2));
        expect(((await other.cases.toCollection().primaryKeys()) as string[]).sort()).toEqual(scope);
        expect(await other.caseRows.count()).toBe(scope.length);
      } finally {
        other.close();
        await Dexie.delete('sync-paging-test');
      }
    });

    it('turns failures into typed results: a bad token, no server, a broken answer', async () => {
      const bad = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => ({ ...device, accessToken: 'x.y' }) });
      expect(await bad.syncOnce()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      const none = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => null });
      expect(await none.pull()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      const down = createSyncClient({ baseUrl: 'http://127.0.0.1:1', fetch: globalThis.fetch, db: store.db, credentials: () => device });
      expect(await down.syncOnce()).toMatchObject({ ok: false, error: { code: 'network' } });
      const garbled = createSyncClient({
        baseUrl: h.url,
        fetch: async () => new Response(JSON.stringify({ cursor: null, hasMore: false, changes: [], resetRequired: false }), { status: 200 }),
        db: store.db,
        credentials: () => device,
      });
      expect(await garbled.pull()).toMatchObject({ ok: false, error: { code: 'server' } });
      const old = createSyncClient({
        baseUrl: h.url,
        fetch: async () => new Response(JSON.stringify({ error: { code: 'unsupported_protocol', message: 'too old', minProtocolVersion: 2 } }), { status: 409 }),
        db: store.db,
        credentials: () => device,
      });
      expect(await old.push()).toMatchObject({ ok: true });
      expect(await old.pull()).toMatchObject({ ok: false, error: { code: 'version' } });
    });

    it('a reset downloads afresh, keeps the outbox, and evicts what the fresh download did not bring', async () => {
      // A stale case the device should no longer hold (as if its tombstone had been pruned), and a pending entry.
      const stale = { ...(await store.db.cases.toArray())[0]!, id: 'stale-case-1', caseNumber: 'STALE-1' };
      await store.cases.putCases([stale]);
      const mine = (await store.db.cases.toArray()).find((c) => c.id !== stale.id)!;
      await activities.recordActivity(store.db, actor, call(mine));
      const pending = await store.db.outbox.count();
      await store.db.meta.put({ key: SYNC_META.cursor, value: 'v1.1.1' }); // issued in 1970: older than any retention
      const result = await client.pull();
      expect(result.ok && result.value).toMatchObject({ reset: true });
      expect(await store.db.outbox.count()).toBe(pending);
      expect(await store.cases.get(stale.id)).toBeUndefined();
      expect(((await store.db.cases.toCollection().primaryKeys()) as string[]).sort()).toEqual(await serverScope(officer));
      expect(await meta<string>(SYNC_META.cursor)).not.toBe('v1.1.1');
      const synced = await client.syncOnce();
      expect(synced.ok).toBe(true);
      expect(await store.db.outbox.count()).toBe(0);
    });
  });
});
