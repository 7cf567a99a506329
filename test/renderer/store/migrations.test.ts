import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_NAMES } from '../../../renderer/src/store/database';
import { openStore } from '../../../renderer/src/store/openStore';
import { makeCase } from '../../fixtures/cases';

afterEach(async () => {
  await Dexie.delete(DATABASE_NAMES.live);
});

describe('store migrations', () => {
  it('upgrades a version-1 store to the current one without losing a case, and re-derives list rows', async () => {
    // What version 1 of the app wrote: cases and a row without the fields later indexes need.
    const v1 = new Dexie(DATABASE_NAMES.live);
    v1.version(1).stores({ cases: 'id, caseNumber', caseRows: 'id, bucket, dpd, totalFen, status, officerId' });
    await v1.open();
    const c = makeCase(7, { dpd: 130, product: 'mortgage' });
    await v1.table('cases').put(c);
    await v1.table('caseRows').put({ id: c.id, bucket: 'M5', dpd: 130, totalFen: 1, status: 'new', officerId: 'off-1' });
    v1.close();

    const result = await openStore('live');
    if (!result.ok) throw new Error(result.detail);
    const { store } = result;
    expect(await store.cases.get(c.id)).toEqual(c);
    const [row] = await store.cases.listRows();
    expect(row).toMatchObject({ id: c.id, product: 'mortgage', classification: 'substandard', bucket: 'M5' });
    expect(row!.totalFen).toBeGreaterThan(1);
    expect(await store.savedViews.list()).toEqual([]);
    store.close();
  });
});
