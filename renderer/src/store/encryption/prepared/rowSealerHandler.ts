import { RecoveryDeskDb } from '../../database';
import { FieldCipher } from '../fieldCipher';
import { preparePulledForStore } from './pulledCase';
import { storedDemoCases } from './storedCase';
import type { RowSealerRequest, RowSealerResponse } from './rowSealerProtocol';

export interface RowSealerHost {
  post(message: RowSealerResponse): void;
  /** Ends the worker (after `forget`). */
  close(): void;
}

/** What a task added by a worker's entry gets: the keys, and the store (opened at the first write). */
export interface RowTaskContext {
  cipher: FieldCipher;
  /** The worker's own connection to the store; rejects with StoreUnwritable when it will not open (nothing done). */
  store(): Promise<RecoveryDeskDb>;
}

/** Tasks a worker's entry adds, by name: plain data in, plain data out (sync/worker: pull pages). */
export type RowTasks = Record<string, (input: unknown, context: RowTaskContext) => Promise<unknown>>;

/** The worker could not open its store: the task did nothing, and the UI thread does the same work. */
export class StoreUnwritable extends Error {}

/**
 * The row-preparing worker's work (its entry, sync/worker/rowWriter.worker.ts, wires it to `self`): keys in memory only; rows checked,
 * summarised, sealed and blind-indexed; and, for the biggest writes, the writes themselves, through the worker's
 * own connection to the store (Dexie with the same schema, and the encryption middleware with the same keys):
 * demo chunks here, and whatever `tasks` the worker's entry adds (a pull page written with its cursor in one
 * transaction: sync/worker). A row is then copied once, into IndexedDB, instead of three times.
 */
export function rowSealerHandler(host: RowSealerHost, tasks: RowTasks = {}): (request: RowSealerRequest) => Promise<void> {
  let cipher: FieldCipher | null = null;
  let dbName: string | null = null;
  let opened: Promise<RecoveryDeskDb> | null = null;

  const keys = (): FieldCipher => {
    if (!cipher) throw new Error('the row sealer has no keys');
    return cipher;
  };
  /** Opened at the first write; the schema's on('ready') checks that the keys are the store's. */
  const store = (): Promise<RecoveryDeskDb> => {
    if (!dbName) return Promise.reject(new StoreUnwritable('the row sealer was given no store to write'));
    const name = dbName;
    opened ??= (async () => {
      const db = new RecoveryDeskDb(name, { cipher: keys() });
      try {
        await db.open();
      } catch (error) {
        opened = null;
        db.close();
        throw new StoreUnwritable(`the store would not open in the worker: ${String((error as Error)?.message ?? error)}`);
      }
      return db;
    })();
    return opened;
  };

  return async (r) => {
    if (r.kind === 'keys') {
      cipher?.wipe();
      cipher = new FieldCipher(r.keys);
      r.keys.sealKey.fill(0);
      r.keys.blindKey.fill(0);
      dbName = r.dbName;
      return;
    }
    if (r.kind === 'forget') {
      const db = opened;
      opened = null;
      void db?.then((d) => d.close(), () => undefined);
      cipher?.wipe();
      cipher = null;
      host.close();
      return;
    }
    try {
      if (r.kind === 'pulled') {
        const c = keys();
        host.post({ kind: 'pulled', jobId: r.jobId, prepared: r.items.map((it) => preparePulledForStore(c, it.id, it.data)) });
      } else if (r.kind === 'demo') {
        host.post({ kind: 'demo', jobId: r.jobId, stored: storedDemoCases(keys(), r.slice) });
      } else if (r.kind === 'writeDemo') {
        const db = await store();
        const stored = storedDemoCases(keys(), r.slice);
        // Rows already sealed and blinded: the middleware leaves them as they are.
        await db.transaction('rw', db.cases, db.caseRows, async () => {
          await db.cases.bulkPut(stored.map((s) => s.case) as never[]);
          await db.caseRows.bulkPut(stored.map((s) => s.row));
        });
        host.post({ kind: 'demoWritten', jobId: r.jobId, count: stored.length });
      } else if (r.kind === 'task') {
        const task = tasks[r.task];
        if (!task) throw new Error(`this worker has no task ${r.task}`);
        host.post({ kind: 'task', jobId: r.jobId, output: await task(r.input, { cipher: keys(), store }) });
      }
    } catch (error) {
      host.post({ kind: 'failed', jobId: r.jobId, message: String((error as Error)?.message ?? error), ...(error instanceof StoreUnwritable ? { unwritable: true } : {}) });
    }
  };
}
