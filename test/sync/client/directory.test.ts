import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffOfDirectory } from '../../../renderer/src/session/state/operatorSlice';
import { RecoveryDeskDb } from '../../../renderer/src/store/database';
import { BRANCH_DIRECTORY_KEY, readBranchDirectory } from '../../../renderer/src/sync/repository/directory';
import { createSyncClient } from '../../../renderer/src/sync/syncClient';
import type { BranchDirectory } from '../../../shared/team/directory';

const device = { deviceId: 'DDIR1', accessToken: 'tok' };
const EMPTY_PULL = { cursor: 'c1', hasMore: false, changes: [], resetRequired: false };
const directory: BranchDirectory = {
  branchCode: '310115',
  asOf: '2026-11-23T02:00:00.000Z',
  members: [
    { id: 'demo-supervisor-310115', name: '陈建国', role: 'supervisor', branchCode: '310115', devices: [{ deviceId: 'DSUP1', deviceCode: 'SUP1', lastSyncAt: null, revoked: false }] },
    { id: 'demo-officer-310115-02', name: '王磊', role: 'collector', branchCode: '310115', devices: [] },
  ],
};

/** A head office that answers pull with nothing new and /sync/directory with `answer` (status and body). */
const headOffice = (answer: () => { status: number; body: unknown }): typeof globalThis.fetch => async (input) => {
  const path = new URL(String(input)).pathname;
  if (path === '/sync/directory') {
    const a = answer();
    return new Response(JSON.stringify(a.body), { status: a.status });
  }
  return new Response(JSON.stringify(EMPTY_PULL), { status: 200 });
};

describe('the branch directory at sync', () => {
  let db: RecoveryDeskDb;
  beforeEach(async () => {
    db = new RecoveryDeskDb('sync-directory-test');
    await db.open();
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete('sync-directory-test');
  });

  it('is kept in meta under branchDirectory, checked against its schema', async () => {
    const client = createSyncClient({ baseUrl: 'http://ho.test', fetch: headOffice(() => ({ status: 200, body: directory })), db, credentials: () => device });
    expect((await client.syncOnce()).ok).toBe(true);
    expect(await readBranchDirectory(db)).toEqual(directory);
    expect((await db.meta.get(BRANCH_DIRECTORY_KEY))?.value).toEqual(directory);
  });

  it.each([
    ['head office fails the call', { status: 500, body: { error: { code: 'internal', message: 'boom' } } }],
    ['an older head office without the route', { status: 404, body: { error: { code: 'not_found', message: 'Route POST:/sync/directory not found' } } }],
    ['a malformed directory', { status: 200, body: { ...directory, members: [{ id: 'x' }] } }],
  ])('%s: the sync of records still succeeds and the last directory stays', async (_, answer) => {
    await db.meta.put({ key: BRANCH_DIRECTORY_KEY, value: directory });
    const client = createSyncClient({ baseUrl: 'http://ho.test', fetch: headOffice(() => answer), db, credentials: () => device, now: () => new Date('2026-11-23T03:00:00Z') });
    expect(await client.syncOnce()).toMatchObject({ ok: true, value: { at: '2026-11-23T03:00:00.000Z' } });
    expect(await readBranchDirectory(db)).toEqual(directory);
  });

  it('becomes the app’s staff: the members, and the signed-in user even when the directory predates them', () => {
    const me = { id: 'demo-officer-310115-09', name: '新人', role: 'collector' as const, branchCode: '310115' };
    expect(staffOfDirectory(directory, me).map((s) => s.id)).toEqual(['demo-supervisor-310115', 'demo-officer-310115-02', 'demo-officer-310115-09']);
    expect(staffOfDirectory(directory, { id: 'demo-supervisor-310115', name: '陈建国', role: 'supervisor', branchCode: '310115' })).toHaveLength(2);
  });
});
