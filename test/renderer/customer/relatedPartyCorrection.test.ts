import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addRelatedParty, retireRelatedParty } from '../../../renderer/src/customer/actions';
import { logContact } from '../../../renderer/src/fieldwork/actions';
import { initI18n } from '../../../renderer/src/i18n';
import { runAction, type ActionContext } from '../../../renderer/src/store/runAction';
import type { Store } from '../../../renderer/src/store/openStore';
import type { RelatedParty } from '../../../shared/records/customerFacts';
import { makeCase } from '../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore } from '../store/fixture';

// A wrong emergency contact (issue 16 §1): the collector corrects it; the person recorded first is retired, keeps
// their history and can no longer be contacted.
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

async function addMother(): Promise<RelatedParty> {
  const done = await runAction(asCollector, addRelatedParty, { caseId: c.id, kind: 'emergency_contact', name: '李秀英', relation: '母亲', phone: '13900000000' });
  if (!done.ok) throw new Error(done.error.message);
  return done.value;
}

describe('correcting and retiring a person around the debtor', () => {
  it('a correction retires the person and adds the corrected one in one change: one audit entry, the new person pushed before the retirement', async () => {
    const wrong = await addMother();
    const before = await footprint(store);
    const done = await runAction(asCollector, retireRelatedParty, {
      caseId: c.id,
      partyId: wrong.id,
      reason: '号码属于他人',
      replacement: { kind: 'emergency_contact', name: '李秀英', relation: '母亲', phone: '13900000001' },
    });
    if (!done.ok) throw new Error(done.error.message);
    const after = await footprint(store);
    expect([after.audit - before.audit, after.outbox - before.outbox]).toEqual([1, 2]);
    const fixed = done.value.replacement!;
    expect((await store.db.outbox.toArray()).slice(-2).map((e) => [e.name, e.args])).toEqual([
      ['addRelatedParty', expect.objectContaining({ id: fixed.id, phone: '13900000001' })],
      ['retireRelatedParty', expect.objectContaining({ partyId: wrong.id, reason: '号码属于他人', replacedBy: fixed.id })],
    ]);
    const held = await store.db.relatedParties.where('caseId').equals(c.id).toArray();
    expect(held).toHaveLength(2);
    expect((await store.db.relatedParties.get(wrong.id))!.retired).toMatchObject({ reason: '号码属于他人', userId: collector.id, replacedBy: fixed.id });
    expect((await store.db.relatedParties.get(fixed.id))!.retired ?? null).toBeNull();
  });

  it('retires without a replacement; a second retirement and a reason too short are refused, writing nothing', async () => {
    const p = await addMother();
    const done = await runAction(asCollector, retireRelatedParty, { caseId: c.id, partyId: p.id, reason: '本人要求不再联系', replacement: null });
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.replacement).toBeNull();
    const before = await footprint(store);
    const again = await runAction(asCollector, retireRelatedParty, { caseId: c.id, partyId: p.id, reason: '再次停用', replacement: null });
    expect(again.ok ? null : again.error.key).toBe('relatedParty.error.alreadyRetired');
    const other = await addMother();
    const beforeShort = await footprint(store);
    const short = await runAction(asCollector, retireRelatedParty, { caseId: c.id, partyId: other.id, reason: '错', replacement: null });
    expect(short.ok).toBe(false);
    expect(await footprint(store)).toEqual(beforeShort);
    expect(before.audit).toBeLessThan(beforeShort.audit);
  });

  it('a retired person can no longer be contacted: logContact refuses by name', async () => {
    const p = await addMother();
    await runAction(asCollector, retireRelatedParty, { caseId: c.id, partyId: p.id, reason: '号码属于他人', replacement: null });
    const before = await footprint(store);
    const call = await runAction(asCollector, logContact, {
      caseId: c.id, partyId: p.id, channel: 'phone', phoneId: p.id, addressId: null, outcome: 'no_answer', notes: '无人接听', nextAction: null, nextActionDate: null, packId: 'cn-2026', promise: null,
    });
    expect(call.ok ? null : call.error.key).toBe('relatedParty.error.retiredContact');
    expect(await footprint(store)).toEqual(before);
  });
});
