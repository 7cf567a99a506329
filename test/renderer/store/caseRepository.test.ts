import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/store/openStore';
import { DATABASE_NAMES } from '../../../renderer/src/store/database';
import { CaseSchema } from '../../../shared/domain/case';
import { makeCase } from '../../fixtures/cases';

let store: Store | null = null;
afterEach(async () => {
  store?.close();
  store = null;
  await Dexie.delete(DATABASE_NAMES.live);
  await Dexie.delete(DATABASE_NAMES.demo);
});

async function open(source: 'live' | 'demo' = 'live'): Promise<Store> {
  const result = await openStore(source);
  if (!result.ok) throw new Error(result.detail);
  store = result.store;
  return store;
}

describe('CaseRepository', () => {
  it('writes a case and its list row together and reads both back', async () => {
    const s = await open();
    const c = makeCase(1, { dpd: 95, principalFen: 5_000_000 });
    await s.cases.putCases([c]);
    expect(CaseSchema.parse(await s.cases.get(c.id))).toEqual(c);
    const [row] = await s.cases.listRows();
    expect(row).toMatchObject({ id: c.id, dpd: 95, bucket: 'M4', totalFen: 5_000_000 + 12_345 + 2_300 + 100, borrowerName: '测试1' });
  });

  it('finds rows by bucket through the index', async () => {
    const s = await open();
    await s.cases.putCases([makeCase(1, { dpd: 10 }), makeCase(2, { dpd: 75 }), makeCase(3, { dpd: 200 })]);
    const rows = await s.cases.rowsInBuckets(['M3', 'M6+']);
    expect(rows.map((r) => r.id).sort()).toEqual(['case-0002', 'case-0003']);
  });

  it('keeps demo and live data in separate stores', async () => {
    const demo = await open('demo');
    await demo.cases.putCases([makeCase(1)]);
    demo.close();
    const live = await open('live');
    expect(await live.cases.count()).toBe(0);
  });

  it('saves, lists and deletes views, and refuses an invalid one', async () => {
    const s = await open();
    const view = {
      id: 'v1',
      name: 'M3+ 大额',
      filters: { buckets: ['M3' as const], dpdMin: null, dpdMax: null, amountMinFen: 1_000_000, amountMaxFen: null, products: [], statuses: [], classifications: [], risks: [], officerIds: [] },
      sort: { column: 'totalFen' as const, direction: 'desc' as const },
      search: '',
      hiddenColumns: [],
      createdAt: '2026-11-23T00:00:00Z',
    };
    await s.savedViews.save(view);
    expect(await s.savedViews.list()).toEqual([view]);
    await expect(s.savedViews.save({ ...view, id: 'v2', name: '   ' })).rejects.toThrow();
    await s.savedViews.remove('v1');
    expect(await s.savedViews.list()).toEqual([]);
  });
});

describe('openStore', () => {
  it('reports a database written by a newer app and leaves it intact', async () => {
    // A future app version (v99) wrote the live store.
    const future = new Dexie(DATABASE_NAMES.live);
    future.version(99).stores({ cases: 'id', caseRows: 'id', future: 'id' });
    await future.open();
    await future.table('future').put({ id: 'keep-me' });
    future.close();

    const result = await openStore('live');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.failure).toBe('newer_version');

    const again = new Dexie(DATABASE_NAMES.live);
    again.version(99).stores({ cases: 'id', caseRows: 'id', future: 'id' });
    await again.open();
    expect(await again.table('future').get('keep-me')).toEqual({ id: 'keep-me' });
    again.close();
  });
});
