import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecoveryDeskDb } from '../../../renderer/src/store/database';
import { readSyncStatus } from '../../../renderer/src/sync/repository/syncStatus';
import { createSyncClient } from '../../../renderer/src/sync/syncClient';

const device = { deviceId: 'DCOMP1', accessToken: 'tok' };

describe('the sync client as composed', () => {
  let db: RecoveryDeskDb;
  beforeEach(async () => {
    db = new RecoveryDeskDb('sync-composition-test');
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete('sync-composition-test');
  });

  it('passes its request time limit to the transport: a silent head office fails the sync, with no success recorded', async () => {
    const silent: typeof globalThis.fetch = () => new Promise(() => undefined);
    const client = createSyncClient({ baseUrl: 'http://ho.test', fetch: silent, db, credentials: () => device, requestTimeoutMs: 30 });
    expect(await client.syncOnce()).toEqual({ ok: false, error: { code: 'network', message: 'head office did not answer within 0.03 s' } });
    expect((await readSyncStatus(db)).lastSuccessAt).toBeNull();
  });

  it('records the time of a whole successful sync', async () => {
    const answers: typeof globalThis.fetch = async () => new Response(JSON.stringify({ cursor: 'c1', hasMore: false, changes: [], resetRequired: false }), { status: 200 });
    const client = createSyncClient({ baseUrl: 'http://ho.test', fetch: answers, db, credentials: () => device, now: () => new Date('2026-11-23T02:00:00Z') });
    expect(await client.syncOnce()).toMatchObject({ ok: true, value: { at: '2026-11-23T02:00:00.000Z', push: { batches: 0 }, pull: { pages: 1 } } });
    expect((await readSyncStatus(db)).lastSuccessAt).toBe('2026-11-23T02:00:00.000Z');
  });
});
