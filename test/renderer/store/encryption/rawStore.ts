/**
 * Reads a database straight from IndexedDB (fake-indexeddb here), past Dexie and its middleware: what
 * someone who copies the profile folder would find. Bytes are decoded as UTF-8 and as Latin-1, so a
 * plaintext string inside an attachment or a sealed field would show up in the dump.
 */
export async function rawRecords(name: string): Promise<Record<string, unknown[]>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const out: Record<string, unknown[]> = {};
    for (const store of Array.from(db.objectStoreNames)) {
      out[store] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store, 'readonly').objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    return out;
  } finally {
    db.close();
  }
}

export function dump(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Uint8Array) {
      return `${new TextDecoder('utf-8').decode(v)}|${Array.from(v, (b) => String.fromCharCode(b)).join('')}`;
    }
    if (v instanceof ArrayBuffer) return dump(new Uint8Array(v));
    return v;
  });
}

export async function rawDump(name: string): Promise<string> {
  return dump(await rawRecords(name));
}

export const fixedKey = (byte: number): Uint8Array => new Uint8Array(32).fill(byte);

export function keySource(key: Uint8Array) {
  let forgotten = false;
  return {
    load: async () => {
      if (forgotten) throw new Error('forgotten');
      return key;
    },
    forget: async () => void (forgotten = true),
  };
}
