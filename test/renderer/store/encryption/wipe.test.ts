import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../../renderer/src/store/openStore';
import { wipeLocalData } from '../../../../renderer/src/store/wipe';
import { BROWSER_KEY_DATABASE, forgetBrowserDataKey, loadBrowserDataKey } from '../../../../renderer/src/platform/browserDataKey';
import { makeCase } from '../../../fixtures/cases';

/** The browser preview's own key source: a key in its own IndexedDB database. */
const browserKeys = { load: () => loadBrowserDataKey(), forget: () => forgetBrowserDataKey() };

async function databases(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name!).sort();
}

async function storeWith(source: 'live' | 'demo') {
  const r = await openStore(source, undefined, undefined, browserKeys);
  if (!r.ok) throw new Error(`${r.failure}: ${r.detail}`);
  await r.store.cases.putCases([makeCase(source === 'live' ? 1 : 2)]);
  return r.store;
}

afterEach(async () => {
  for (const name of await databases()) await Dexie.delete(name);
});

describe('wipeLocalData', () => {
  it('forgets the key and deletes the real store and the app’s other databases, keeping the demo', async () => {
    const demo = await storeWith('demo');
    demo.close();
    const live = await storeWith('live');
    const other = new Dexie('recovery-desk-sync-cache');
    other.version(1).stores({ x: 'id' });
    await other.open();
    await other.table('x').put({ id: 1 });
    other.close();
    expect(await databases()).toEqual(['recovery-desk', 'recovery-desk-demo', BROWSER_KEY_DATABASE, 'recovery-desk-sync-cache']);
    const keyBefore = await loadBrowserDataKey();

    const report = await wipeLocalData({ keys: browserKeys, closeStore: () => live.close() });

    expect(report.keyForgotten).toBe(true);
    expect(report.failed).toEqual([]);
    expect(report.deleted.sort()).toEqual(['recovery-desk', 'recovery-desk-sync-cache']);
    expect(await databases()).toEqual(['recovery-desk-demo']);
    // A new run gets a new key and an empty store; the old ciphertext could not be read with it anyway.
    const fresh = await openStore('live', undefined, undefined, browserKeys);
    if (!fresh.ok) throw new Error(fresh.detail);
    expect(await fresh.store.cases.count()).toBe(0);
    fresh.store.close();
    expect(await loadBrowserDataKey()).not.toEqual(keyBefore);
  });

  it('deletes the demo store too when asked, even while our own connection is open', async () => {
    const demo = await storeWith('demo');
    const report = await wipeLocalData({ keys: browserKeys, includeDemo: true });
    expect(report.deleted).toContain('recovery-desk-demo');
    expect(await databases()).toEqual([]);
    demo.close();
  });

  it('a demo store sealed with a forgotten key is started afresh, a real one is refused and kept', async () => {
    (await storeWith('demo')).close();
    (await storeWith('live')).close();
    await forgetBrowserDataKey();
    const live = await openStore('live', undefined, undefined, browserKeys);
    expect(live).toMatchObject({ ok: false, failure: 'wrong_key' });
    expect(await databases()).toContain('recovery-desk');
    const demo = await openStore('demo', undefined, undefined, browserKeys);
    if (!demo.ok) throw new Error(demo.detail);
    expect(await demo.store.cases.count()).toBe(0);
    demo.store.close();
  });
});

describe('the browser preview key', () => {
  it('is made once, kept in its own database, and the same for two concurrent callers', async () => {
    const [k1, k2] = await Promise.all([loadBrowserDataKey(), loadBrowserDataKey()]);
    expect(k1).toHaveLength(32);
    expect(k2).toEqual(k1);
    expect(await loadBrowserDataKey()).toEqual(k1);
    expect(await databases()).toEqual([BROWSER_KEY_DATABASE]);
  });
});
