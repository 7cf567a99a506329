/**
 * The browser preview's data key: 32 random bytes in a database of its own, beside the store. This keeps
 * the key out of the store's files and lets a wipe forget it, but it is NOT protection at rest: anyone who
 * can read this browser profile can read the key too. The app says so (Settings, status bar). A WebCrypto
 * non-extractable key would hide the bytes, but it can only be used asynchronously, and the store's fields
 * are sealed inside IndexedDB transactions, where awaiting WebCrypto commits the transaction early.
 */
export const BROWSER_KEY_DATABASE = 'recovery-desk-keys';
const STORE = 'keys';
const DATA_KEY_ID = 'data-key-v1';
const KEY_BYTES = 32;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openKeyDatabase(idb: IDBFactory): Promise<IDBDatabase> {
  const req = idb.open(BROWSER_KEY_DATABASE, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

/** Reads the key, or makes one; in one read-write transaction so two windows cannot make two keys. */
export async function loadBrowserDataKey(idb: IDBFactory = indexedDB): Promise<Uint8Array> {
  const db = await openKeyDatabase(idb);
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite');
      const store = tx.objectStore(STORE);
      let key: Uint8Array | null = null;
      const get = store.get(DATA_KEY_ID);
      get.onsuccess = () => {
        const found: unknown = get.result;
        if (found instanceof Uint8Array && found.length === KEY_BYTES) {
          key = found;
        } else if (found === undefined) {
          key = crypto.getRandomValues(new Uint8Array(KEY_BYTES));
          store.put(key, DATA_KEY_ID);
        } else {
          tx.abort();
          reject(new Error('the stored data key is damaged'));
        }
      };
      tx.oncomplete = () => (key ? resolve(key) : reject(new Error('no data key')));
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Deletes the key database: whatever was sealed with the key cannot be read again. */
export async function forgetBrowserDataKey(idb: IDBFactory = indexedDB): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const req = idb.deleteDatabase(BROWSER_KEY_DATABASE);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // Our own connections are closed right after use, so a block means another tab: it will close on versionchange.
    req.onblocked = () => undefined;
  });
}
