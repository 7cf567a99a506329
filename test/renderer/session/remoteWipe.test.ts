import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BROWSER_KEY_DATABASE, forgetBrowserDataKey, loadBrowserDataKey } from '../../../renderer/src/platform/browserDataKey';
import { eraseForHeadOffice } from '../../../renderer/src/session/remoteWipe';
import { openStore } from '../../../renderer/src/store/openStore';
import { makeCase } from '../../fixtures/cases';

/** The handler the app runs when head office answers device_wiped (session/remoteWipe.ts). */
const browserKeys = { load: () => loadBrowserDataKey(), forget: () => forgetBrowserDataKey() };
const databases = async () => (await indexedDB.databases()).map((d) => d.name!).sort();

function memoryStorage(entries: Record<string, string>): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i: number) => [...map.keys()][i] ?? null,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
  };
}

afterEach(async () => {
  for (const name of await databases()) await Dexie.delete(name);
});

describe('remote wipe on the device', () => {
  it('forgets the key, deletes the real store, cached responses and session state; keeps the head-office address and the demo store', async () => {
    const demo = await openStore('demo', undefined, undefined, browserKeys);
    if (!demo.ok) throw new Error(demo.detail);
    demo.store.close();
    const live = await openStore('live', undefined, undefined, browserKeys);
    if (!live.ok) throw new Error(live.detail);
    await live.store.cases.putCases([makeCase(1)]);
    const pdfCache = new Dexie('recovery-desk-letter-pdfs');
    pdfCache.version(1).stores({ pdfs: 'id' });
    await pdfCache.table('pdfs').put({ id: 'L-1', bytes: new Uint8Array([37, 80, 68, 70]) });
    pdfCache.close();
    const storage = memoryStorage({
      'recovery-desk.headOfficeUrl': 'https://ho.example.cn',
      'recovery-desk.language': 'zh-CN',
      'recovery-desk.operator': '{"id":"demo-officer-310115-01"}',
      'recovery-desk.rulePack': 'cn-2026',
      'another-site.thing': 'kept',
    });
    const session = memoryStorage({ 'recovery-desk.view': 'x' });
    const cacheNames = ['letters-v1', 'photos-v1'];
    const caches = { keys: async () => [...cacheNames], delete: async (n: string) => cacheNames.splice(cacheNames.indexOf(n), 1).length === 1 };

    const report = await eraseForHeadOffice({ keys: browserKeys, closeStore: () => live.store.close(), caches, storage, session });

    expect(report).toMatchObject({ complete: true, keyForgotten: true, databasesFailed: [], cachesDeleted: 2 });
    expect(report.databasesDeleted.sort()).toEqual(['recovery-desk', 'recovery-desk-letter-pdfs']);
    expect(await databases()).toEqual(['recovery-desk-demo']);
    expect(await databases()).not.toContain(BROWSER_KEY_DATABASE);
    expect(cacheNames).toEqual([]);
    expect(report.settingsRemoved.sort()).toEqual(['recovery-desk.operator', 'recovery-desk.rulePack']);
    expect(storage.getItem('recovery-desk.headOfficeUrl')).toBe('https://ho.example.cn');
    expect(storage.getItem('another-site.thing')).toBe('kept');
    expect(session.length).toBe(0);
    // Opened again, the real store is empty under a new key.
    const fresh = await openStore('live', undefined, undefined, browserKeys);
    if (!fresh.ok) throw new Error(fresh.detail);
    expect(await fresh.store.cases.count()).toBe(0);
    fresh.store.close();
  });

  it('reports an incomplete wipe when neither the key could be forgotten nor a database deleted', async () => {
    const live = await openStore('live', undefined, undefined, browserKeys);
    if (!live.ok) throw new Error(live.detail);
    live.store.close();
    const stuck = { load: browserKeys.load, forget: async () => Promise.reject(new Error('keychain locked')) };
    const original = Dexie.delete;
    Dexie.delete = (async () => Promise.reject(new Error('blocked'))) as typeof Dexie.delete;
    try {
      const report = await eraseForHeadOffice({ keys: stuck, caches: null, storage: null, session: null });
      expect(report.complete).toBe(false);
      expect(report.keyForgotten).toBe(false);
      expect(report.databasesFailed).toContain('recovery-desk');
    } finally {
      Dexie.delete = original;
    }
  });
});
