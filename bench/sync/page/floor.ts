import { RecoveryDeskDb } from '../../../renderer/src/store/database';

const req = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => ((tx.oncomplete = () => resolve()), (tx.onerror = () => reject(tx.error)), (tx.onabort = () => reject(tx.error))));
const openRaw = (name: string) => req(indexedDB.open(name));

let floors = 0;

/**
 * The raw IndexedDB floor: the cases and list rows a device stored (read back raw: sealed, blinded, exactly as
 * written), written again into an empty database with the same stores and indexes (made by the app's schema),
 * with plain IndexedDB and no Dexie, one transaction per `pageSize` cases and their rows. Reading is not timed.
 */
export async function rawFloor(source: string, pageSize: number): Promise<{ ms: number; cases: number }> {
  const from = await openRaw(source);
  const tx = from.transaction(['cases', 'caseRows'], 'readonly');
  const [cases, rows] = await Promise.all([req(tx.objectStore('cases').getAll()), req(tx.objectStore('caseRows').getAll())]);
  from.close();
  const name = `bench-floor-${Date.now()}-${++floors}`;
  // The app's schema, without its cipher: an empty database with the same object stores and indexes.
  const schema = new RecoveryDeskDb(name);
  await schema.open();
  schema.close();
  const to = await openRaw(name);
  const t0 = performance.now();
  for (let i = 0; i < cases.length; i += pageSize) {
    const w = to.transaction(['cases', 'caseRows'], 'readwrite');
    const c = w.objectStore('cases');
    const r = w.objectStore('caseRows');
    for (const v of cases.slice(i, i + pageSize)) c.put(v);
    for (const v of rows.slice(i, i + pageSize)) r.put(v);
    await done(w);
  }
  const ms = performance.now() - t0;
  to.close();
  await req(indexedDB.deleteDatabase(name));
  return { ms, cases: cases.length };
}
