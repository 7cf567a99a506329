import Dexie from 'dexie';
import { DATABASE_NAMES, RecoveryDeskDb, type DataSource } from './database';
import { CaseRepository } from './caseRepository';
import { SavedViewRepository } from './savedViewRepository';
import { MetaRepository } from './metaRepository';
import { DeviceRepository } from './deviceRepository';
import { DataKeyError } from './encryption/dataKeyError';
import { FieldCipher } from './encryption/fieldCipher';
import { browserDataKeyIn, dataKeySource, type DataKeySource } from './encryption/keyring';
import { rowSealerFor } from './encryption/prepared/workerRowSealer';

export interface Store {
  source: DataSource;
  cases: CaseRepository;
  savedViews: SavedViewRepository;
  meta: MetaRepository;
  device: DeviceRepository;
  /** Field work goes through the functions in ./fieldwork, which take this database. */
  db: RecoveryDeskDb;
  close(): void;
}

/** Why the store would not open; the UI turns each into a message and a way forward. */
export type StoreOpenFailure =
  | 'unavailable' // no IndexedDB at all (private mode, disabled by policy)
  | 'newer_version' // written by a newer app: update the app, never downgrade the data
  | 'blocked' // another window holds an older version open
  | 'quota' // disk full
  | 'key_unavailable' // no data key: the OS key store refused (Electron), or the key cannot be read
  | 'wrong_key' // the store was sealed with another data key: left as it is, never overwritten
  | 'unknown';

export type StoreOpenResult = { ok: true; store: Store } | { ok: false; failure: StoreOpenFailure; detail: string };

export function classifyOpenError(error: unknown): StoreOpenFailure {
  const keyError = [error, (error as { inner?: unknown } | null)?.inner].find((e): e is DataKeyError => e instanceof DataKeyError);
  if (keyError) return keyError.code;
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'MissingAPIError' || inner === 'MissingAPIError') return 'unavailable';
  if (name === 'VersionError' || inner === 'VersionError') return 'newer_version';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'quota';
  if (name === 'DatabaseClosedError' && /blocked/i.test(String((error as Error).message))) return 'blocked';
  return 'unknown';
}

/**
 * Opens the store for a data source. It never deletes or recreates a database that fails to open:
 * the failure goes back to the user with what to do.
 */
export async function openStore(
  source: DataSource,
  indexedDB?: IDBFactory,
  keyRange?: typeof IDBKeyRange,
  // A store in a factory of its own (tests, simulated devices) keeps its key in that factory too.
  keys: DataKeySource = indexedDB ? browserDataKeyIn(indexedDB) : dataKeySource(),
): Promise<StoreOpenResult> {
  let cipher: FieldCipher;
  try {
    cipher = new FieldCipher(await keys.load());
  } catch (error) {
    return { ok: false, failure: 'key_unavailable', detail: String((error as Error)?.message ?? error) };
  }
  const result = await openWithCipher(source, cipher, indexedDB, keyRange);
  // Demo data is disposable by design (and was sealed with a key that a wipe has since forgotten): start it afresh.
  if (!result.ok && result.failure === 'wrong_key' && source === 'demo') {
    await new Dexie(DATABASE_NAMES.demo, indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : undefined).delete();
    return openWithCipher(source, cipher, indexedDB, keyRange);
  }
  return result;
}

async function openWithCipher(source: DataSource, cipher: FieldCipher, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange): Promise<StoreOpenResult> {
  // The row-preparing workers write this store themselves only when it is the platform's own IndexedDB (a store in
  // a factory of its own, in tests, is out of their reach: they only prepare rows then).
  const db = new RecoveryDeskDb(DATABASE_NAMES[source], {
    ...(indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : {}),
    cipher,
    rowSealer: (c, name) => rowSealerFor(c, indexedDB ? null : name),
  });
  const blocked = new Promise<never>((_, reject) =>
    db.on('blocked', () => reject(Object.assign(new Error('blocked by another window'), { name: 'DatabaseClosedError' }))),
  );
  try {
    await Promise.race([db.open(), blocked]);
    // Dexie 4 opens a database of a higher version instead of failing; a newer app may have changed
    // what the records mean, so refuse rather than read or write them.
    if (db.backendDB().version > db.verno * 10) throw Object.assign(new Error(`store version ${db.backendDB().version / 10} is newer than this app's ${db.verno}`), { name: 'VersionError' });
  } catch (error) {
    db.close();
    return { ok: false, failure: classifyOpenError(error), detail: String((error as Error)?.message ?? error) };
  }
  return {
    ok: true,
    store: {
      source,
      cases: new CaseRepository(db),
      savedViews: new SavedViewRepository(db),
      meta: new MetaRepository(db),
      device: new DeviceRepository(db),
      db,
      close: () => db.close(),
    },
  };
}

/** Demo data is disposable by design; real data is never deleted by the app. */
export async function deleteDemoStore(): Promise<void> {
  await Dexie.delete(DATABASE_NAMES.demo);
}
