import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { logContact } from '../../../../renderer/src/fieldwork/actions';
import { runAction } from '../../../../renderer/src/store/runAction';
import type { Store } from '../../../../renderer/src/store/openStore';
import { makeCase } from '../../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore } from '../../store/fixture';

const mine = makeCase(1, { officerId: collector.id });
const notMine = makeCase(2, { officerId: 'someone-else' });
let store: Store;
let contextFor: Awaited<ReturnType<typeof openTestStore>>['contextFor'];

beforeEach(async () => {
  ({ store, contextFor } = await openTestStore([mine, notMine]));
});
afterEach(() => closeTestStore(store));

const promiseCall = (c = mine, notes = '答应月底还款') => ({
  caseId: c.id,
  partyId: c.parties[0]!.id,
  channel: 'phone' as const,
  phoneId: c.parties[0]!.phones[0]!.id,
  addressId: null,
  outcome: 'promise' as const,
  notes,
  nextAction: null,
  nextActionDate: null,
  packId: 'cn-2026',
  promise: { amountFen: 150_000, dueDate: '2026-11-30' },
});

describe('logContact: one contact, everything it implies, one transaction', () => {
  it('writes the activity, the status it implies and the promise, with their audit entries and outbox mutations', async () => {
    // 10:00 in Shanghai: inside the contact window.
    const result = await runAction(contextFor(collector), logContact, promiseCall());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.promise).toMatchObject({ activityId: result.value.activity.id, amountFen: 150_000, dueDate: '2026-11-30' });
    const outbox = await store.db.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((m) => m.name)).toEqual(['recordActivity', 'setCaseStatus', 'createPromise']);
    expect((await store.db.audit.orderBy('seq').toArray()).map((a) => a.action)).toEqual(['activity.record', 'promise.create']);
    expect((await store.cases.get(mine.id))!.status).toBe('promised');
  });

  it('killed half-way (after the activity, before the promise): nothing is written, counters unchanged', async () => {
    const before = await footprint(store);
    // A crash inside the transaction, after the activity and the case's new status are written.
    const crash = () => {
      throw new Error('power cut while writing the promise');
    };
    store.db.promises.hook('creating', crash);
    const result = await runAction(contextFor(collector), logContact, promiseCall());
    store.db.promises.hook('creating').unsubscribe(crash);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
    expect(await footprint(store)).toEqual(before);
    expect(before.activities + before.audit + before.outbox).toBe(0);
    // The store still works afterwards, and the mutation counter did not move: the next one is 1.
    expect((await runAction(contextFor(collector), logContact, promiseCall())).ok).toBe(true);
    expect((await store.db.outbox.orderBy('mutationId').first())!.mutationId).toBe(1);
  });

  it('a promise outcome without its promise is refused before anything is written', async () => {
    const before = await footprint(store);
    const result = await runAction(contextFor(collector), logContact, { ...promiseCall(), promise: null });
    expect(result).toMatchObject({ ok: false, error: { key: 'fieldwork.log.promiseNeeded' } });
    expect(await footprint(store)).toEqual(before);
  });

  it('refuses a collector on a case not assigned to them (the permissions table), writing nothing', async () => {
    const before = await footprint(store);
    const result = await runAction(contextFor(collector), logContact, promiseCall(notMine));
    expect(result).toMatchObject({ ok: false, error: { code: 'not_your_case', key: 'permissions.refused.not_your_case' } });
    expect(await footprint(store)).toEqual(before);
  });

  it('judges the compliance gate again: a call at 23:00 Shanghai time is refused', async () => {
    const result = await runAction(contextFor(collector, '2026-11-23T15:00:00Z'), logContact, promiseCall());
    expect(result).toMatchObject({ ok: false, error: { code: 'compliance_blocked' } });
    expect(await store.db.activities.count()).toBe(0);
  });

  it('refuses prohibited wording in the note', async () => {
    const result = await runAction(contextFor(collector), logContact, promiseCall(mine, '再不还钱后果自负'));
    expect(result).toMatchObject({ ok: false, error: { code: 'wording_blocked' } });
    expect(await store.db.activities.count()).toBe(0);
  });

  it('validates its input with zod and says which field', async () => {
    const result = await runAction(contextFor(collector), logContact, { ...promiseCall(), promise: { amountFen: -5, dueDate: '2026-11-30' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', params: { field: 'promise.amountFen' } } });
  });
});
