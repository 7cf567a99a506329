import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { PullResponse } from '../../../shared/sync/protocol';
import { RecoveryDeskDb } from '../../../renderer/src/store/database';
import { FieldCipher, isSealed } from '../../../renderer/src/store/encryption';
import { rowSealerHandler } from '../../../renderer/src/store/encryption/prepared/rowSealerHandler';
import { pullPageTasks } from '../../../renderer/src/sync/worker/pageTasks';
import type { RowSealerRequest, RowSealerResponse } from '../../../renderer/src/store/encryption/prepared/rowSealerProtocol';
import { workerRowSealer, type SealerWorker } from '../../../renderer/src/store/encryption/prepared/workerRowSealer';
import { CaseRepository } from '../../../renderer/src/store/caseRepository';
import { MetaRepository } from '../../../renderer/src/store/metaRepository';
import { SavedViewRepository } from '../../../renderer/src/store/savedViewRepository';
import { DeviceRepository } from '../../../renderer/src/store/deviceRepository';
import type { Store } from '../../../renderer/src/store/openStore';
import { loadDemoPortfolio } from '../../../renderer/src/demo/repository/demoLoader';
import { run } from '../../../renderer/src/sync/failure';
import { createPull } from '../../../renderer/src/sync/pull';
import { readCursor, readSyncList, SYNC_META } from '../../../renderer/src/sync/repository/syncStatus';
import { createTransport } from '../../../renderer/src/sync/transport';
import { demoCases } from '../../fixtures/import/demoExtract';
import { entry } from '../../server/harness';
import { fixedKey, rawRecords } from '../../renderer/store/encryption/rawStore';

// Where the platform has workers, a pull page's bytes go to the row-preparing worker, which parses, checks and
// seals it, then writes it with its cursor in one transaction through its own connection (issue 18 §2). The
// worker's code runs here in this thread (rowSealerHandler, on the same fake IndexedDB), behind the same
// message protocol: what it stores must be what the in-thread path stores, outbox replay included.

const KEY = fixedKey(21);
const device = { deviceId: 'DWORKER1', accessToken: 'tok' };
const cases = demoCases(12, { seed: 'pull-in-worker' });
const caseChange = (c: Case): PullResponse['changes'][number] => ({ kind: 'case', id: c.id, data: c });

interface WorkerOptions {
  /** A request kind, or a task's name. */
  dieOn?: string;
  store?: string;
}

/** The worker, in this thread: the real handler, with every message copied (as postMessage does) and delayed. */
class InThreadWorker implements SealerWorker {
  onmessage: ((event: { data: RowSealerResponse }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  sent: RowSealerRequest['kind'][] = [];
  /** The names of the tasks it was sent. */
  tasks: string[] = [];
  closed = false;
  private readonly handle = rowSealerHandler({
    post: (m) => setTimeout(() => this.onmessage?.({ data: structuredClone(m) }), 0),
    close: () => void (this.closed = true),
  }, pullPageTasks());
  /** `dieOn`: the worker dies (onerror) when sent a request of this kind; `store`: it is told to write that store. */
  constructor(private readonly options: WorkerOptions = {}) {}
  postMessage(r: RowSealerRequest) {
    this.sent.push(r.kind);
    if (r.kind === 'task') this.tasks.push(r.task);
    if (this.options.dieOn === (r.kind === 'task' ? r.task : r.kind)) {
      setTimeout(() => this.onerror?.({ preventDefault: () => undefined }), 0);
      return;
    }
    const copy = structuredClone(r.kind === 'keys' && this.options.store ? { ...r, dbName: this.options.store } : r);
    setTimeout(() => void this.handle(copy), 0);
  }
  terminate() {}
}

/** Head office's pages: the cases in three pages, a pending phone replayed over one, a tombstone in the last. */
function headOffice() {
  const pages: Record<string, PullResponse> = {
    null: { from: null, cursor: 'c1', hasMore: true, resetRequired: false, changes: cases.slice(0, 5).map(caseChange) },
    c1: { from: 'c1', cursor: 'c2', hasMore: true, resetRequired: false, changes: [...cases.slice(5, 10).map(caseChange), { kind: 'case', id: 'demo-bad', data: { id: 'demo-bad' } }] },
    c2: { from: 'c2', cursor: 'c3', hasMore: false, resetRequired: false, changes: [...cases.slice(10).map(caseChange), { kind: 'tombstone', of: 'case', id: cases[1]!.id, reason: 'out_of_scope' }] },
  };
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    const req = JSON.parse(String(init?.body)) as { cursor: string | null };
    return new Response(JSON.stringify(pages[req.cursor ?? 'null']), { status: 200 });
  };
  return fetch;
}

const PENDING_PHONE = entry('addPhone', { deviceId: device.deviceId, userId: 'u1' }, 1, { caseId: cases[3]!.id, partyId: cases[3]!.parties[0]!.id, number: '13900000001' });

const names: string[] = [];
const dbs: RecoveryDeskDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close();
  await new Promise((r) => setTimeout(r, 5));
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function device_(name: string, workers?: InThreadWorker[], options: WorkerOptions = {}, key = KEY): Promise<RecoveryDeskDb> {
  names.push(name);
  const rowSealer = workers
    ? (c: FieldCipher, dbName: string) =>
        workerRowSealer(c, () => (workers.push(new InThreadWorker(options)), workers.at(-1)!), 2, dbName)
    : undefined;
  const db = new RecoveryDeskDb(name, { cipher: new FieldCipher(key), rowSealer });
  await db.open();
  dbs.push(db);
  // A phone added on this device and not pushed yet: replayed over head office's copy of the case.
  await db.outbox.add(structuredClone(PENDING_PHONE));
  return db;
}

const pullInto = (db: RecoveryDeskDb) =>
  run(createPull({ db, transport: createTransport({ baseUrl: 'http://ho.test', fetch: headOffice(), credentials: () => device }), pageSize: 6, branchWaiverLimitFen: 500_000, now: () => new Date('2026-11-23T02:00:00Z') }));

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function contents(db: RecoveryDeskDb) {
  return {
    cursor: await readCursor(db),
    cases: byId(await db.cases.toArray()),
    rows: byId(await db.caseRows.toArray()),
    bad: (await readSyncList(db, SYNC_META.badRecords)).map((b) => b.id),
    outbox: await db.outbox.count(),
  };
}

describe('a pull written by the row-preparing worker', () => {
  it('stores what the in-thread pull stores: the same cases, rows, cursor, bad records and replayed pending phone', async () => {
    const workers: InThreadWorker[] = [];
    const here = await device_('pull-worker-here');
    const there = await device_('pull-worker-there', workers);
    const a = await pullInto(here);
    const b = await pullInto(there);
    expect(a).toMatchObject({ ok: true, value: { pages: 3, cases: 12, evicted: 1, badRecords: 1 } });
    expect(b).toEqual(a);
    // The pages went to the workers as bytes and were written there.
    const sent = workers.flatMap((w) => w.sent);
    expect(sent.filter((k) => k === 'task')).toHaveLength(6);
    expect(sent).not.toContain('pulled');
    const got = await contents(there);
    expect(got).toEqual(await contents(here));
    expect(got.cursor).toBe('c3');
    expect(got.cases.map((c) => c.id)).not.toContain(cases[1]!.id);
    expect(got.cases.find((c) => c.id === cases[3]!.id)!.parties[0]!.phones.map((p) => p.number)).toContain('13900000001');
    // At rest: the same sealed format (version 1, JSON) for every case, the replayed one included.
    for (const rec of (await rawRecords('pull-worker-there')).cases as Record<string, unknown>[]) {
      expect(isSealed(rec.parties)).toBe(true);
      expect(Array.from((rec.parties as { $sealed: Uint8Array }).$sealed.subarray(0, 2))).toEqual([1, 0]);
    }
    // Lock or sign-out: every worker is told to forget, closes its connection and ends.
    there.forgetSealerKeys();
    await new Promise((r) => setTimeout(r, 5));
    expect(workers.map((w) => [w.sent.at(-1), w.closed])).toEqual(workers.map(() => ['forget', true]));
  });

  it('a worker whose store would not open (sealed with another key) leaves the pages to this thread: the pull succeeds', async () => {
    const workers: InThreadWorker[] = [];
    await device_('pull-worker-other-store', undefined, {}, fixedKey(22));
    const there = await device_('pull-worker-wrong-key', workers, { store: 'pull-worker-other-store' });
    expect(await pullInto(there)).toMatchObject({ ok: true, value: { pages: 3, cases: 12 } });
    expect(workers.flatMap((w) => w.tasks)).toEqual(['page', 'page', 'page']);
    expect(await readCursor(there)).toBe('c3');
  });

  it('a worker that dies while writing a page fails the pull: nothing of that page, the cursor at the last page written', async () => {
    const workers: InThreadWorker[] = [];
    // A worker dies when asked to write a page.
    const there = await device_('pull-worker-dies', workers, { dieOn: 'apply' });
    expect(await pullInto(there)).toMatchObject({ ok: false, error: { message: expect.stringContaining('before it wrote the page') } });
    expect(await readCursor(there)).toBeNull();
    expect(await there.cases.count()).toBe(0);
    // The next pull, with the worker gone, does it all in this thread.
    expect(await pullInto(there)).toMatchObject({ ok: true, value: { pages: 3 } });
    expect(await readCursor(there)).toBe('c3');
  });

  it('demo cases generated, sealed and written by the workers are the in-thread loader’s', async () => {
    const store = (db: RecoveryDeskDb): Store => ({ source: 'demo', db, cases: new CaseRepository(db), savedViews: new SavedViewRepository(db), meta: new MetaRepository(db), device: new DeviceRepository(db), close: () => db.close() });
    const workers: InThreadWorker[] = [];
    const here = await device_('demo-worker-here');
    const there = await device_('demo-worker-there', workers);
    const progress: number[] = [];
    await loadDemoPortfolio(store(here), { seed: 5, count: 4_500, snapshotDate: '2026-11-20' });
    await loadDemoPortfolio(store(there), { seed: 5, count: 4_500, snapshotDate: '2026-11-20', onProgress: (done) => progress.push(done) });
    expect(workers.flatMap((w) => w.sent).filter((k) => k === 'writeDemo')).toHaveLength(3);
    expect(progress).toEqual([2_000, 4_000, 4_500]);
    expect(await there.cases.count()).toBe(4_500);
    const ids = (await here.cases.toCollection().primaryKeys()).filter((_, i) => i % 450 === 0) as string[];
    const pick = async (db: RecoveryDeskDb) => ({ cases: await db.cases.bulkGet(ids), rows: await db.caseRows.bulkGet(ids) });
    expect(await pick(there)).toEqual(await pick(here));
    expect(await new MetaRepository(there).provenance()).toMatchObject({ kind: 'demo', caseCount: 4_500 });
  });
});
