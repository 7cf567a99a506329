import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecoveryDeskDb } from '../../../renderer/src/store/database';
import { readSyncStatus, SYNC_META, SYNC_LISTS_KEPT } from '../../../renderer/src/sync/repository/syncStatus';
import { run } from '../../../renderer/src/sync/failure';
import { createPush, pushBatchSize } from '../../../renderer/src/sync/push';
import { createTransport } from '../../../renderer/src/sync/transport';
import { PUSH_MAX_MUTATIONS, type PushRequest, type PushResult } from '../../../shared/sync/protocol';
import { entry } from '../../server/harness';

const device = { deviceId: 'DPUSH1', accessToken: 'tok' };
const who = { deviceId: device.deviceId, userId: 'u001' };

/** Head office as the push sees it: notes every batch, applies what it is sent unless told otherwise. */
function fakeHeadOffice(answer: (req: PushRequest) => { lastMutationId: number; results: PushResult[] } = applyAll) {
  const batches: number[][] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const req = JSON.parse(String(init?.body)) as PushRequest;
    batches.push(req.mutations.map((m) => m.mutationId));
    return new Response(JSON.stringify(answer(req)), { status: 200 });
  };
  return { fetch, batches };
}

function applyAll(req: PushRequest) {
  return { lastMutationId: req.mutations.at(-1)!.mutationId, results: req.mutations.map((m) => ({ mutationId: m.mutationId, status: 'applied' as const })) };
}

describe('push', () => {
  let db: RecoveryDeskDb;
  let name: string;
  let counter = 0;

  beforeEach(async () => {
    name = `push-test-${++counter}`;
    db = new RecoveryDeskDb(name);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  async function queue(ids: number[]) {
    await db.outbox.bulkAdd(ids.map((id) => entry('recordActivity', who, id)));
    await db.counters.put({ name: 'mutation', value: Math.max(...ids) });
  }

  const pushWith = (fetch: typeof globalThis.fetch, batchSize?: number) =>
    createPush({ db, transport: createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device }), batchSize, now: () => new Date('2026-11-23T02:00:00Z') });

  it('sends the outbox oldest first in batches of the configured size and empties it', async () => {
    await queue([5, 1, 7, 3, 2, 6, 4]);
    const ho = fakeHeadOffice();
    const summary = await pushWith(ho.fetch, 3)();
    expect(ho.batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(summary).toEqual({ batches: 3, applied: 7, duplicate: 0, rejected: 0, evicted: 0 });
    expect(await db.outbox.count()).toBe(0);
  });

  it('an outbox of exactly whole batches asks once more and finds it empty; an empty outbox sends nothing', async () => {
    await queue([1, 2, 3, 4]);
    const ho = fakeHeadOffice();
    expect((await pushWith(ho.fetch, 2)()).batches).toBe(2);
    expect(ho.batches).toEqual([[1, 2], [3, 4]]);
    const idle = fakeHeadOffice();
    expect(await pushWith(idle.fetch, 2)()).toMatchObject({ batches: 0, applied: 0 });
    expect(idle.batches).toEqual([]);
  });

  it('keeps batch sizes within 1 and the protocol maximum', () => {
    expect(pushBatchSize(undefined)).toBe(PUSH_MAX_MUTATIONS);
    expect(pushBatchSize(0)).toBe(1);
    expect(pushBatchSize(2.7)).toBe(2);
    expect(pushBatchSize(PUSH_MAX_MUTATIONS + 1)).toBe(PUSH_MAX_MUTATIONS);
  });

  it('counts duplicates, keeps each rejection with its entry’s name and case, and the Sync screen sees them', async () => {
    await queue([1, 2, 3]);
    const caseOf2 = (await db.outbox.get(2))!.caseId;
    const ho = fakeHeadOffice((req) => ({
      lastMutationId: 3,
      results: req.mutations.map((m): PushResult =>
        m.mutationId === 2 ? { mutationId: 2, status: 'rejected', reason: { code: 'out_of_scope', message: 'not yours' } } : { mutationId: m.mutationId, status: m.mutationId === 1 ? 'duplicate' : 'applied' },
      ),
    }));
    expect(await pushWith(ho.fetch)()).toEqual({ batches: 1, applied: 1, duplicate: 1, rejected: 1, evicted: 0 });
    const status = await readSyncStatus(db);
    expect(status.pendingCount).toBe(0);
    expect(status.rejections).toEqual([
      { mutationId: 2, name: 'recordActivity', caseId: caseOf2, reason: { code: 'out_of_scope', message: 'not yours' }, at: '2026-11-23T02:00:00.000Z' },
    ]);
  });

  it('stops, keeping what head office did not get through, instead of resending a batch in a loop', async () => {
    await queue([1, 2, 3, 4, 5]);
    const ho = fakeHeadOffice((req) => ({ lastMutationId: 2, results: req.mutations.slice(0, 2).map((m) => ({ mutationId: m.mutationId, status: 'applied' as const })) }));
    const result = await run(pushWith(ho.fetch, 5));
    expect(result).toEqual({ ok: false, error: { code: 'server', message: 'head office stopped at mutation 2 of 5' } });
    expect(ho.batches).toEqual([[1, 2, 3, 4, 5]]);
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual([3, 4, 5]);
  });

  it('moves a counter that is behind head office forward, so a restored device never reuses an id', async () => {
    await queue([1, 2]);
    await db.counters.put({ name: 'mutation', value: 1 });
    const ho = fakeHeadOffice((req) => ({ lastMutationId: 40, results: req.mutations.map((m) => ({ mutationId: m.mutationId, status: 'duplicate' as const })) }));
    await pushWith(ho.fetch)();
    expect((await db.counters.get('mutation'))?.value).toBe(40);
  });

  it('keeps only the newest rejections', async () => {
    const kept = SYNC_LISTS_KEPT[SYNC_META.rejections];
    const old = Array.from({ length: kept }, (_, i) => ({ mutationId: i + 1, name: 'recordActivity', caseId: null, reason: { code: 'x', message: '' }, at: 'then' }));
    await db.meta.put({ key: SYNC_META.rejections, value: old });
    await queue([kept + 1]);
    const ho = fakeHeadOffice((req) => ({ lastMutationId: kept + 1, results: req.mutations.map((m) => ({ mutationId: m.mutationId, status: 'rejected' as const, reason: { code: 'internal', message: 'no' } })) }));
    await pushWith(ho.fetch)();
    const { rejections } = await readSyncStatus(db);
    expect(rejections).toHaveLength(kept);
    expect(rejections[0]!.mutationId).toBe(2);
    expect(rejections.at(-1)!.mutationId).toBe(kept + 1);
  });
});
