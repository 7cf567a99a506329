import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAddress, addPhone, createPlan, decidePlan, openDispute, planVisit, recordPayment, recordReceipt, recordVisit, retirePhone, setCaseStatus, voidReceipt } from '../../../../renderer/src/fieldwork/actions';
import { recordFileAccess, recordUnmask } from '../../../../renderer/src/access/actions';
import { runAction, type ActionContext } from '../../../../renderer/src/store/runAction';
import type { Store } from '../../../../renderer/src/store/openStore';
import { draftPlan } from '../../../../shared/fieldwork/plans';
import { BRANCH_WAIVER_LIMIT_FEN } from '../../../../shared/fieldwork/branchLimits';
import { newId } from '../../../../shared/sync';
import { makeCase } from '../../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore, supervisor } from '../../store/fixture';

const c = makeCase(1, { officerId: collector.id });
const party = c.parties[0]!;
let store: Store;
let asCollector: ActionContext;
let asSupervisor: ActionContext;

beforeEach(async () => {
  const opened = await openTestStore([c]);
  store = opened.store;
  asCollector = opened.contextFor(collector);
  asSupervisor = opened.contextFor(supervisor);
});
afterEach(() => closeTestStore(store));

/** Runs an action and returns what it added to the audit log and the outbox (names), failing on a refusal. */
async function written<T>(run: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const before = await footprint(store);
  const result = await run();
  if (!result.ok) throw new Error(`${result.error.message} ${JSON.stringify(result.error)}`);
  const audit = (await store.db.audit.orderBy('seq').toArray()).slice(before.audit).map((a) => a.action);
  const outbox = (await store.db.outbox.orderBy('mutationId').toArray()).slice(before.outbox).map((m) => m.name);
  return { value: result.value, audit, outbox };
}

describe('each field-work action writes its record, audit entry and outbox mutation together', () => {
  it('receipt: numbered, with its payment; voided with a reason', async () => {
    const issued = await written(() => runAction(asCollector, recordReceipt, { caseId: c.id, payerName: party.name, amountFen: 50_000, method: 'cash', receivedAt: '2026-11-23T02:00:00Z' }));
    expect(issued.value.number).toMatch(new RegExp(`^SK-${asCollector.device.deviceCode}-0+1$`));
    expect([issued.audit, issued.outbox]).toEqual([['receipt.record'], ['recordReceipt']]);
    expect(await store.db.payments.count()).toBe(1);
    const voided = await written(() => runAction(asCollector, voidReceipt, { caseId: c.id, receiptId: issued.value.id, reason: '金额写错，重新开具' }));
    expect([voided.audit, voided.outbox]).toEqual([['receipt.void'], ['voidReceipt']]);
  });

  it('plan: proposed by the collector, approved by a supervisor, never by its maker', async () => {
    const plan = draftPlan({ id: newId(), caseId: c.id, outstandingFen: 1_014_745, instalments: [{ seq: 1, dueDate: '2026-12-01', amountFen: 400_000 }], kind: 'custom', createdAt: '2026-11-23T02:00:00Z', makerId: collector.id }, BRANCH_WAIVER_LIMIT_FEN);
    // A waiver needs its reason: refused without one, nothing written.
    expect(await runAction(asCollector, createPlan, { plan, notes: '  失业 ' })).toMatchObject({ ok: false, error: { code: 'waiver_reason_required', params: { min: 5 } } });
    expect(await store.db.plans.count()).toBe(0);
    const proposed = await written(() => runAction(asCollector, createPlan, { plan, notes: '借款人失业，收入中断' }));
    expect([proposed.audit, proposed.outbox]).toEqual([['plan.create'], ['createPlan']]);
    const byMaker = await runAction(asCollector, decidePlan, { caseId: c.id, planId: plan.id, decision: 'approve', reason: null });
    expect(byMaker).toMatchObject({ ok: false, error: { code: 'role' } });
    const approved = await written(() => runAction(asSupervisor, decidePlan, { caseId: c.id, planId: plan.id, decision: 'approve', reason: null }));
    expect(approved.outbox).toEqual(['decidePlan', 'setCaseStatus']);
    expect((await store.cases.get(c.id))!.status).toBe('on_plan');
  });

  it('a plan said to be made by someone else is refused', async () => {
    const plan = draftPlan({ id: newId(), caseId: c.id, outstandingFen: 1_000, instalments: [{ seq: 1, dueDate: '2026-12-01', amountFen: 1_000 }], kind: 'custom', createdAt: '2026-11-23T02:00:00Z', makerId: 'someone-else' }, BRANCH_WAIVER_LIMIT_FEN);
    expect(await runAction(asCollector, createPlan, { plan, notes: '' })).toMatchObject({ ok: false, error: { code: 'maker_mismatch' } });
  });

  it('visit: planned, then recorded', async () => {
    const visit = { id: newId(), caseId: c.id, plannedFor: '2026-11-23', addressId: party.addresses[0]!.id, staff: ['王小明', '李四'], status: 'planned' as const, peopleMet: null, outcome: null, notes: '', attachmentIds: [], recordedAt: '2026-11-23T02:00:00Z' };
    expect((await written(() => runAction(asCollector, planVisit, visit))).outbox).toEqual(['planVisit']);
    const done = await written(() => runAction(asCollector, recordVisit, { ...visit, status: 'done', peopleMet: '借款人本人', outcome: 'met' }));
    expect([done.audit, done.outbox]).toEqual([['visit.record'], ['recordVisit']]);
  });

  it('visit: a result for a visit planned for a day that has not come is refused, and nothing is written', async () => {
    const visit = { id: newId(), caseId: c.id, plannedFor: '2026-11-25', addressId: party.addresses[0]!.id, staff: ['王小明', '李四'], status: 'planned' as const, peopleMet: null, outcome: null, notes: '', attachmentIds: [], recordedAt: '2026-11-23T02:00:00Z' };
    await runAction(asCollector, planVisit, visit);
    const before = await footprint(store);
    const result = await runAction(asCollector, recordVisit, { ...visit, status: 'done', peopleMet: '借款人本人', outcome: 'met' });
    expect(result).toMatchObject({ ok: false, error: { code: 'result_before_visit_day', params: { date: '2026-11-25' } } });
    expect(await footprint(store)).toEqual(before);
  });

  it('contact details, status, dispute and a reported payment', async () => {
    const phone = await written(() => runAction(asCollector, addPhone, { caseId: c.id, partyId: party.id, phone: { number: '13912345678', kind: 'mobile', source: 'skip_trace' } }));
    expect(phone.outbox).toEqual(['addPhone']);
    expect((await written(() => runAction(asCollector, retirePhone, { caseId: c.id, partyId: party.id, phoneId: phone.value.id, reason: '空号，无法接通' }))).outbox).toEqual(['retirePhone']);
    const address = { kind: 'home' as const, province: '上海市', city: '上海市', district: '浦东新区', line: '世纪大道100号', postcode: '200120', source: 'customer' as const };
    expect((await written(() => runAction(asCollector, addAddress, { caseId: c.id, partyId: party.id, address }))).outbox).toEqual(['addAddress']);
    expect((await written(() => runAction(asCollector, setCaseStatus, { caseId: c.id, to: 'contacting', holdReason: null, note: '' }))).outbox).toEqual(['setCaseStatus']);
    expect((await written(() => runAction(asCollector, openDispute, { caseId: c.id, kind: 'dispute', description: '对利息有异议' }))).outbox).toEqual(['openDispute', 'setCaseStatus']);
    expect((await written(() => runAction(asCollector, recordPayment, { caseId: c.id, amountFen: 10_000, paidOn: '2026-11-22', reference: null }))).outbox).toEqual(['recordPayment']);
  });

  it('a refused state change writes nothing', async () => {
    const before = await footprint(store);
    expect(await runAction(asCollector, setCaseStatus, { caseId: c.id, to: 'closed', holdReason: null, note: '' })).toMatchObject({ ok: false });
    expect(await footprint(store)).toEqual(before);
  });

  it('access events: an unmask on the collector’s case, an export by anyone signed in', async () => {
    const unmask = await written(() => runAction(asCollector, recordUnmask, { caseId: c.id, field: 'phone', subjectId: party.phones[0]!.id, reason: '核实号码: 客户来电' }));
    expect([unmask.audit, unmask.outbox]).toEqual([['access.unmask'], ['recordAccessEvent']]);
    const exported = await written(() => runAction(asSupervisor, recordFileAccess, { kind: 'export', caseId: null, detail: 'case list CSV, 1 rows' }));
    expect(exported.audit).toEqual(['access.export']);
  });
});
