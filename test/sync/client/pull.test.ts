import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecoveryDeskDb } from '../../../renderer/src/store/database';
import { readCursor, readSyncStatus, SYNC_META } from '../../../renderer/src/sync/repository/syncStatus';
import { run } from '../../../renderer/src/sync/failure';
import { createPull, pullPageSize } from '../../../renderer/src/sync/pull';
import { createTransport } from '../../../renderer/src/sync/transport';
import { PULL_MAX_LIMIT, type PullRequest, type PullResponse } from '../../../shared/sync/protocol';
import { demoCases } from '../../fixtures/import/demoExtract';
import { entry } from '../../server/harness';

const device = { deviceId: 'DPULL1', accessToken: 'tok' };
const page = (cursor: string, hasMore: boolean, changes: PullResponse['changes'] = []): PullResponse => ({ cursor, hasMore, changes, resetRequired: false });
const RESET: PullResponse = { cursor: null, hasMore: false, changes: [], resetRequired: true };

/** Head office answering pulls from a script: cursor asked → answer (or a thrown network error). */
function scriptedHeadOffice(script: Record<string, PullResponse | 'lost'>) {
  const asked: { cursor: string | null; limit: number }[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const req = JSON.parse(String(init?.body)) as PullRequest;
    asked.push({ cursor: req.cursor, limit: req.limit });
    const answer = script[req.cursor ?? 'null'];
    if (answer === undefined) throw new Error(`no page scripted for ${req.cursor}`);
    if (answer === 'lost') throw new TypeError('fetch failed');
    return new Response(JSON.stringify(answer), { status: 200 });
  };
  return { fetch, asked };
}

describe('pull', () => {
  let db: RecoveryDeskDb;
  let name: string;
  let counter = 0;

  beforeEach(async () => {
    name = `pull-test-${++counter}`;
    db = new RecoveryDeskDb(name);
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  const pullWith = (fetch: typeof globalThis.fetch, pageSize?: number) =>
    createPull({ db, transport: createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device }), pageSize, branchWaiverLimitFen: 500_000, now: () => new Date('2026-11-23T02:00:00Z') });

  it('follows the cursor page by page, asking with the page size, and keeps the last cursor', async () => {
    const ho = scriptedHeadOffice({ null: page('c1', true), c1: page('c2', true), c2: page('c3', false) });
    const summary = await pullWith(ho.fetch, 7)();
    expect(ho.asked).toEqual([
      { cursor: null, limit: 7 },
      { cursor: 'c1', limit: 7 },
      { cursor: 'c2', limit: 7 },
    ]);
    expect(summary).toMatchObject({ pages: 3, reset: false });
    expect(await readCursor(db)).toBe('c3');
  });

  it('a pull cut off part-way keeps the pages written, and the next pull resumes from the last one', async () => {
    const ho = scriptedHeadOffice({ null: page('c1', true), c1: page('c2', true), c2: 'lost' });
    expect(await run(pullWith(ho.fetch))).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(await readCursor(db)).toBe('c2');
    const again = scriptedHeadOffice({ c2: page('c3', false) });
    expect(await pullWith(again.fetch)()).toMatchObject({ pages: 1 });
    expect(again.asked.map((a) => a.cursor)).toEqual(['c2']);
  });

  it('keeps page sizes within 1 and the protocol maximum, 2,000 by default', () => {
    expect(pullPageSize(undefined)).toBe(2000);
    expect(pullPageSize(0)).toBe(1);
    expect(pullPageSize(PULL_MAX_LIMIT * 2)).toBe(PULL_MAX_LIMIT);
  });

  it('a reset downloads afresh, then removes the cases it did not bring, keeping one the outbox still names', async () => {
    const [tombstoned, unsent, busy] = demoCases(3, { seed: 'pull-client-tests' });
    await db.cases.bulkPut([tombstoned!, unsent!, busy!]);
    await db.outbox.add(entry('recordActivity', { deviceId: device.deviceId, userId: 'u001' }, 1, { caseId: busy!.id }));
    await db.meta.put({ key: SYNC_META.cursor, value: 'old' });
    // The fresh download brings a tombstone for one case and nothing about the other two.
    const ho = scriptedHeadOffice({ old: RESET, null: page('f1', false, [{ kind: 'tombstone', id: tombstoned!.id, of: 'case', reason: 'out_of_scope' }]) });
    const summary = await pullWith(ho.fetch)();
    expect(ho.asked.map((a) => a.cursor)).toEqual(['old', null]);
    expect(summary).toMatchObject({ reset: true, pages: 1, evicted: 2, deferred: 1 });
    expect(await db.cases.get(tombstoned!.id)).toBeUndefined();
    expect(await db.cases.get(unsent!.id)).toBeUndefined();
    expect(await db.cases.get(busy!.id)).toBeDefined();
    const status = await readSyncStatus(db);
    expect(status.evicted.map((e) => [e.caseId, e.reason]).sort()).toEqual([[tombstoned!.id, 'out_of_scope'], [unsent!.id, 'reset']].sort());
    expect((await db.meta.get(SYNC_META.pendingEvictions))?.value).toEqual([{ caseId: busy!.id, reason: 'reset' }]);
    expect(await db.meta.get(SYNC_META.reset)).toBeUndefined();
    expect(await readCursor(db)).toBe('f1');
  });

  it('a reset asked of a fresh download is head office’s failure, not a loop', async () => {
    const ho = scriptedHeadOffice({ null: RESET });
    expect(await run(pullWith(ho.fetch))).toEqual({ ok: false, error: { code: 'server', message: 'head office asked for a fresh download of a fresh download' } });
    expect(ho.asked).toHaveLength(1);
  });
});
