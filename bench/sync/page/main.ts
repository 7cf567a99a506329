// A device for the sync benchmark: the app's own store (RecoveryDeskDb with field encryption, as openStore
// opens it) and the app's own sync client, in real Chromium. run.mjs drives it through window.__syncBench.
import { RecoveryDeskDb } from '../../../renderer/src/store/database';
import { openStore } from '../../../renderer/src/store/openStore';
import { loadDemoPortfolio } from '../../../renderer/src/demo/repository/demoLoader';
import { rawFloor } from './floor';
import { watchLongTasks } from './longTasks';
import { FieldCipher } from '../../../renderer/src/store/encryption';
import { registerRowWorker, rowSealerFor } from '../../../renderer/src/store/encryption/prepared/workerRowSealer';
import { startRowWriter } from '../../../renderer/src/sync/worker/startRowWriter';
import { createSyncClient } from '../../../renderer/src/sync/syncClient';
import { activityEntries, caseRefOf } from '../mutations';

interface DeviceLogin {
  baseUrl: string;
  accessToken: string;
  deviceId: string;
  userId: string;
  /** Changes per pull page; the app's default when absent. */
  pullLimit?: number;
  /** Workers preparing rows (the app's default when absent). */
  sealerWorkers?: number;
}

// As the app's main.tsx: the store's row workers with the pull's page tasks.
registerRowWorker(startRowWriter);

const open = new Map<string, RecoveryDeskDb>();

async function dbFor(deviceId: string, sealerWorkers?: number): Promise<RecoveryDeskDb> {
  let db = open.get(deviceId);
  if (!db) {
    // The app's row sealer, as openStore gives it (workers that also write this store), with the pool size asked.
    db = new RecoveryDeskDb(`bench-sync-${deviceId}`, { cipher: new FieldCipher(crypto.getRandomValues(new Uint8Array(32))), rowSealer: (c, name) => rowSealerFor(c, name, sealerWorkers) });
    await db.open();
    open.set(deviceId, db);
  }
  return db;
}

/** When each pull request and each Dexie transaction started and ended (ms from the sync's start): --trace. */
type Timeline = { what: string; from: number; to: number }[];

function traced(db: RecoveryDeskDb, timeline: Timeline, t0: number): void {
  const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  (db as unknown as { transaction: typeof transaction }).transaction = (...args) => {
    const from = performance.now() - t0;
    const done = transaction(...args);
    void done.then(() => timeline.push({ what: 'transaction', from, to: performance.now() - t0 }), () => undefined);
    return done;
  };
}

function clientFor(login: DeviceLogin, db: RecoveryDeskDb, timeline?: Timeline, t0 = 0) {
  const fetchTraced: typeof fetch = async (input, init) => {
    const from = performance.now() - t0;
    const res = await fetch(input, init);
    const text = await res.text();
    timeline?.push({ what: `fetch ${String(input).replace(/^.*\/sync\//, '')}`, from, to: performance.now() - t0 });
    return new Response(text, { status: res.status, headers: res.headers });
  };
  return createSyncClient({ baseUrl: login.baseUrl, fetch: timeline ? fetchTraced : (input, init) => fetch(input, init), db, credentials: () => ({ accessToken: login.accessToken, deviceId: login.deviceId }), pullLimit: login.pullLimit });
}

const bench = {
  /** A new device's first pull of its whole scope, into an empty store. */
  async firstSync(login: DeviceLogin, trace = false) {
    const db = await dbFor(login.deviceId, login.sealerWorkers);
    const timeline: Timeline | undefined = trace ? [] : undefined;
    const tasks = watchLongTasks();
    const t0 = performance.now();
    if (timeline) traced(db, timeline, t0);
    const result = await clientFor(login, db, timeline, t0).pull();
    const ms = performance.now() - t0;
    const longTasks = tasks.stop();
    return { ms, result, cases: await db.cases.count(), rows: await db.caseRows.count(), timeline, longTasks };
  },
  /**
   * The IndexedDB floor for the first sync just made: the same rows as that device stored them (sealed, blinded),
   * read back raw and written into an empty database of the same schema with plain IndexedDB, in transactions of
   * `pageSize` cases and their rows: what the device cannot go below in this browser.
   */
  async floor(login: DeviceLogin, pageSize: number) {
    const db = await dbFor(login.deviceId);
    return rawFloor(db.name, pageSize);
  },
  /** The demo load of `count` cases into the demo store (openStore, the app's loader), from empty. */
  async demoLoad(count: number) {
    const opened = await openStore('demo');
    if (!opened.ok) throw new Error(`demo store: ${opened.failure} ${opened.detail}`);
    const tasks = watchLongTasks();
    const t0 = performance.now();
    await loadDemoPortfolio(opened.store, { seed: 20241101, count, snapshotDate: '2026-11-20' });
    const ms = performance.now() - t0;
    const longTasks = tasks.stop();
    const cases = await opened.store.cases.count();
    opened.store.close();
    return { ms, cases, longTasks };
  },
  /** Fills the outbox with `count` contact records on pulled cases, then times the app's push of them. */
  async pushOutbox(login: DeviceLogin, count: number) {
    const db = await dbFor(login.deviceId);
    const cases = (await db.cases.limit(50).toArray()).map((c) => caseRefOf(c));
    const last = (await db.outbox.orderBy('mutationId').last())?.mutationId ?? 0;
    await db.outbox.bulkAdd(activityEntries(login, cases, last + 1, count));
    const t0 = performance.now();
    const result = await clientFor(login, db).push();
    const ms = performance.now() - t0;
    return { ms, result, left: await db.outbox.count() };
  },
  async close() {
    for (const db of open.values()) db.close();
    open.clear();
  },
};

(globalThis as unknown as { __syncBench: typeof bench }).__syncBench = bench;
document.title = 'sync bench ready';
