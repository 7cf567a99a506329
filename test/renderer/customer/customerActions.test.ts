import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addRelatedParty, recordCustomerFacts } from '../../../renderer/src/customer/actions';
import { caseSegmentOf } from '../../../renderer/src/customer/repository/caseSegment';
import { initI18n } from '../../../renderer/src/i18n';
import { runAction, type ActionContext } from '../../../renderer/src/store/runAction';
import type { Store } from '../../../renderer/src/store/openStore';
import { DEMO_SEGMENT_TABLE } from '../../../shared/segments/demoTable';
import { makeCase } from '../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore } from '../store/fixture';

const c = makeCase(1, { officerId: collector.id, dpd: 45 });
let store: Store;
let asCollector: ActionContext;

beforeAll(async () => {
  await initI18n('zh-CN');
});
beforeEach(async () => {
  const opened = await openTestStore([c]);
  store = opened.store;
  asCollector = opened.contextFor(collector);
});
afterEach(() => closeTestStore(store));

describe('what the collector learns, on the device', () => {
  it('"失业, willing but unable" and a payday: the record, its audit entry and outbox mutation; the segment changes with its row', async () => {
    const now = new Date('2026-12-04T10:00:00+08:00');
    expect((await caseSegmentOf(store.db, c.id, DEMO_SEGMENT_TABLE, now, 3))!.decision.segment).toBe('unknown');
    const before = await footprint(store);
    const done = await runAction(asCollector, recordCustomerFacts, { caseId: c.id, activityId: null, facts: { reason: 'unemployment', ability: 0, willingness: 3, payday: 10 } });
    if (!done.ok) throw new Error(done.error.message);
    const after = await footprint(store);
    expect([after.audit - before.audit, after.outbox - before.outbox]).toEqual([1, 1]);
    expect((await store.db.outbox.toArray()).at(-1)).toMatchObject({ name: 'recordCustomerFacts', args: { caseId: c.id, facts: { reason: 'unemployment', ability: 0, willingness: 3, payday: 10, employer: null } } });
    const seg = (await caseSegmentOf(store.db, c.id, DEMO_SEGMENT_TABLE, now, 3))!;
    expect(seg.decision).toMatchObject({ segment: 'unable_willing', row: { id: 'unable-willing' } });
    expect(seg.profile.payday?.value).toBe(10);
  });

  it('refuses an empty record and a bad payday, writing nothing', async () => {
    const before = await footprint(store);
    const empty = await runAction(asCollector, recordCustomerFacts, { caseId: c.id, activityId: null, facts: {} });
    expect(empty.ok ? null : empty.error.key).toBe('customer.error.nothingLearned');
    const bad = await runAction(asCollector, recordCustomerFacts, { caseId: c.id, activityId: null, facts: { payday: 32 } });
    expect(bad.ok).toBe(false);
    expect(await footprint(store)).toEqual(before);
  });

  it('adds a person around the debtor, made by the collector', async () => {
    const done = await runAction(asCollector, addRelatedParty, { caseId: c.id, kind: 'emergency_contact', name: '李秀英', relation: '母亲', phone: '13900000000' });
    if (!done.ok) throw new Error(done.error.message);
    expect(await store.db.relatedParties.where('caseId').equals(c.id).toArray()).toMatchObject([{ name: '李秀英', kind: 'emergency_contact', makerId: collector.id }]);
  });
});
