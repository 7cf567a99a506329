import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putPulledException } from '../../../renderer/src/conduct/repository/pulledExceptions';
import { openStore, type Store } from '../../../renderer/src/store/openStore';
import type { ConductException } from '../../../shared/conduct';

/** A conduct exception pulled from head office: checked, put as head office has it now, a bad one reported. */
const x: ConductException = {
  id: '7', recordKind: 'recordActivity', recordId: 'r1', caseId: 'c1', caseNumber: 'CS-1', branchCode: 'B1', userId: 'u1', deviceId: 'd1',
  ruleId: 'cn.window.contactHours', action: 'block', messageKey: 'compliance.window.outside', params: { localTime: '23:30' }, clock: 'head_office',
  claimedAt: '2026-11-23T03:30:00.000Z', receivedAt: '2026-11-23T15:30:00.000Z', skewMinutes: 720, foundAt: '2026-11-23T15:30:00.000Z',
  overriddenBy: null, reviewedBy: null, reviewedAt: null, reviewNote: null,
};
const pulled = (args: unknown) => ({ userId: 'u1', deviceId: 'd1', receivedAt: '2026-11-23T15:30:00.000Z', args });

let store: Store;
beforeAll(async () => {
  const opened = await openStore('live', new IDBFactory(), IDBKeyRange);
  if (!opened.ok) throw new Error(opened.detail);
  store = opened.store;
});
afterAll(() => store?.close());

describe('a pulled conduct exception', () => {
  it('is stored, then the same copy again changes nothing', async () => {
    expect(await putPulledException(store.db, '7', pulled(x))).toEqual({ status: 'applied' });
    expect(await putPulledException(store.db, '7', pulled(x))).toEqual({ status: 'unchanged' });
    expect(await store.db.conductExceptions.get('7')).toEqual(x);
  });

  it('a later copy (reviewed) replaces it', async () => {
    const reviewed = { ...x, reviewedBy: 'sup', reviewedAt: '2026-11-24T01:00:00.000Z', reviewNote: '已谈话' };
    expect(await putPulledException(store.db, '7', pulled(reviewed))).toEqual({ status: 'applied' });
    expect(await store.db.conductExceptions.get('7')).toMatchObject({ reviewedBy: 'sup', reviewNote: '已谈话' });
  });

  it('a copy from a head office before the review fields reads them as none', async () => {
    const { reviewedBy: _a, reviewedAt: _b, reviewNote: _c, ...older } = { ...x, id: '8' };
    expect(await putPulledException(store.db, '8', pulled(older))).toEqual({ status: 'applied' });
    expect(await store.db.conductExceptions.get('8')).toMatchObject({ reviewedBy: null, reviewedAt: null, reviewNote: null });
  });

  it.each([
    ['not a pulled record', { args: { ...x, id: '10' } }],
    ['an unknown clock', pulled({ ...x, id: '10', clock: 'wall' })],
    ['no rule', pulled({ ...x, id: '10', ruleId: undefined })],
    ['another exception than the change names', pulled({ ...x, id: '9' })],
  ])('%s is reported, not stored', async (_name, data) => {
    const before = await store.db.conductExceptions.count();
    const outcome = await putPulledException(store.db, '10', data);
    expect(outcome.status).toBe('bad');
    expect(await store.db.conductExceptions.count()).toBe(before);
  });
});
