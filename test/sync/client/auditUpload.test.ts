import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecoveryDeskDb } from '../../../renderer/src/store/database';
import { commitChange, type Actor } from '../../../renderer/src/store/unitOfWork';
import { AUDIT_ACKNOWLEDGED_META, createAuditUpload } from '../../../renderer/src/sync/auditUpload';
import { createSyncClient } from '../../../renderer/src/sync/syncClient';
import { createTransport } from '../../../renderer/src/sync/transport';
import type { Db } from '../../../server/db/types';
import { type Harness, openDb, signIn, startHarness } from '../../server/harness';

const NAME = 'audit-upload-test';
let db: Db;
let h: Harness;
let store: RecoveryDeskDb;
let device: Awaited<ReturnType<typeof signIn>>;
let actor: Actor;
let t = Date.parse('2026-11-23T02:00:00Z');
/** Request bodies sent to /audit/entries. */
const sent: { deviceId: string; entries: { seq: number }[] }[] = [];
let auditDown = false;

const fetchSpy: typeof globalThis.fetch = async (input, init) => {
  if (String(input).endsWith('/audit/entries')) {
    if (auditDown) throw new TypeError('fetch failed');
    sent.push(JSON.parse(String(init?.body)));
  }
  return globalThis.fetch(input, init);
};

/** A local change as the app writes one: its audit entry chained to the one before. */
async function act(i: number): Promise<void> {
  await commitChange(store, actor, {
    tables: [],
    apply: async () => undefined,
    audit: { action: 'receipt.record', entity: { kind: 'receipt', id: `r-${i}` }, caseId: null, before: null, after: { amountFen: i * 100 } },
    mutations: [],
  });
}

const held = async () => (await db.query<{ seq: number; hash_ok: boolean }>('SELECT seq, hash_ok FROM audit_entries WHERE device_id = $1 ORDER BY seq', [device.deviceId])).rows;
const findings = async () => (await db.query<{ seq: number; kind: string }>('SELECT seq, kind FROM audit_findings WHERE device_id = $1 ORDER BY id', [device.deviceId])).rows;
const acknowledged = async () => (await store.meta.get(AUDIT_ACKNOWLEDGED_META))?.value;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  device = await signIn(h, 'demo-officer-310115-01', 'DAUDIT1');
  actor = { userId: device.userId, deviceId: device.deviceId, now: () => new Date((t += 60_000)) };
  store = new RecoveryDeskDb(NAME);
  await store.open();
}, 60_000);
afterAll(async () => {
  store.close();
  await Dexie.delete(NAME);
  await h.close();
  await db.close();
});

describe('the device sends its audit log at sync', () => {
  it('sends every entry after push, and keeps the seq head office acknowledged', async () => {
    for (let i = 1; i <= 5; i++) await act(i);
    const client = createSyncClient({ baseUrl: h.url, fetch: fetchSpy, db: store, credentials: () => device });
    expect((await client.syncOnce()).ok).toBe(true);
    expect((await held()).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(await acknowledged()).toBe(5);
    expect(await findings()).toEqual([]);
  });

  it('resumes after the acknowledged seq, in batches, sending nothing twice', async () => {
    for (let i = 6; i <= 10; i++) await act(i);
    sent.length = 0;
    const transport = createTransport({ baseUrl: h.url, fetch: fetchSpy, credentials: () => device });
    const summary = await createAuditUpload({ db: store, transport, batchSize: 2 })();
    expect(summary).toEqual({ sent: 5, acknowledgedSeq: 10, failure: null });
    expect(sent.map((b) => b.entries.map((e) => e.seq))).toEqual([[], [6, 7], [8, 9], [10]]);
    expect(sent.every((b) => b.deviceId === device.deviceId)).toBe(true);
    expect((await held()).length).toBe(10);
  });

  it('stops after its batches per sync, and the next sync goes on from there', async () => {
    for (let i = 11; i <= 15; i++) await act(i);
    const transport = createTransport({ baseUrl: h.url, fetch: fetchSpy, credentials: () => device });
    expect(await createAuditUpload({ db: store, transport, batchSize: 2, maxBatches: 1 })()).toMatchObject({ sent: 2, acknowledgedSeq: 12 });
    expect(await createAuditUpload({ db: store, transport, batchSize: 2 })()).toMatchObject({ sent: 3, acknowledgedSeq: 15 });
  });

  it('a head office that holds less than it acknowledged (restored from a backup) gets the rest again, without a false break', async () => {
    await db.query('DELETE FROM audit_entries WHERE device_id = $1 AND seq > 12', [device.deviceId]);
    const last12 = (await db.query<{ hash: string }>('SELECT hash FROM audit_entries WHERE device_id = $1 AND seq = 12', [device.deviceId])).rows[0]!.hash;
    await db.query('UPDATE audit_chains SET head_seq = 12, head_hash = $2, entries_held = 12 WHERE device_id = $1', [device.deviceId, last12]);
    const transport = createTransport({ baseUrl: h.url, fetch: fetchSpy, credentials: () => device });
    expect(await createAuditUpload({ db: store, transport })()).toMatchObject({ sent: 3, acknowledgedSeq: 15, failure: null });
    expect((await held()).length).toBe(15);
    expect(await findings()).toEqual([]);
  });

  it('head office unreachable for the audit: the sync of records still succeeds and the acknowledged seq stays', async () => {
    await act(16);
    auditDown = true;
    try {
      const client = createSyncClient({ baseUrl: h.url, fetch: fetchSpy, db: store, credentials: () => device });
      expect((await client.syncOnce()).ok).toBe(true);
      expect(await acknowledged()).toBe(15);
    } finally {
      auditDown = false;
    }
  });

  it('an entry changed in the local store before it was sent is flagged at head office with its seq', async () => {
    await act(17);
    // Someone with the store edits entry 17 (after 16 was written, before either was sent).
    await store.audit.update(17, { after: { amountFen: 1 } });
    const client = createSyncClient({ baseUrl: h.url, fetch: fetchSpy, db: store, credentials: () => device });
    expect((await client.syncOnce()).ok).toBe(true);
    expect(await findings()).toEqual([{ seq: 17, kind: 'changed' }]);
    expect((await held()).filter((r) => !r.hash_ok).map((r) => r.seq)).toEqual([17]);
    expect(await acknowledged()).toBe(17);
  });
});
