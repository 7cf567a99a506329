import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDispute, resolveDispute } from '../../../../renderer/src/fieldwork/actions';
import { runAction, type ActionContext } from '../../../../renderer/src/store/runAction';
import type { Store } from '../../../../renderer/src/store/openStore';
import { makeCase } from '../../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore, supervisor } from '../../store/fixture';

const c = makeCase(1, { officerId: collector.id });
const otherBranch = { ...supervisor, id: 'u-super-2', branchCode: '110101' };
const FINDING = '核对还款流水，二月确已还清，撤销催收';
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

async function opened(kind: 'dispute' | 'complaint' = 'dispute') {
  const result = await runAction(asCollector, openDispute, { caseId: c.id, kind, description: '借款人称已于2月还清' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const newAudit = async (from: number) => (await store.db.audit.orderBy('seq').toArray()).slice(from).map((a) => a.action);
const newOutbox = async (from: number) => (await store.db.outbox.orderBy('mutationId').toArray()).slice(from);

describe('resolveDispute: a supervisor resolves an open dispute or complaint and its hold lifts', () => {
  it('writes the resolution, its audit entry and its outbox entries together, and the case leaves on_hold', async () => {
    const d = await opened();
    expect((await store.cases.get(c.id))!).toMatchObject({ status: 'on_hold', holdReason: 'dispute' });
    const before = await footprint(store);
    const result = await runAction(asSupervisor, resolveDispute, { caseId: c.id, disputeId: d.id, outcome: 'upheld', resolution: FINDING });
    expect(result).toMatchObject({ ok: true, value: { id: d.id, outcome: 'upheld', resolution: FINDING } });
    expect(await store.db.disputes.get(d.id)).toMatchObject({ outcome: 'upheld', resolution: FINDING, resolvedAt: expect.any(String) });
    expect(await newAudit(before.audit)).toEqual(['dispute.resolve']);
    const outbox = await newOutbox(before.outbox);
    expect(outbox.map((m) => m.name)).toEqual(['resolveDispute', 'setCaseStatus']);
    expect(outbox[0]!.args).toMatchObject({ caseId: c.id, disputeId: d.id, outcome: 'upheld', resolution: FINDING });
    expect(outbox[1]!.args).toMatchObject({ from: 'on_hold', to: 'contacting', holdReason: null });
    expect((await store.cases.get(c.id))!).toMatchObject({ status: 'contacting', holdReason: null });
  });

  it('keeps the hold while another dispute of the same kind is still open', async () => {
    const first = await opened();
    await opened();
    const result = await runAction(asSupervisor, resolveDispute, { caseId: c.id, disputeId: first.id, outcome: 'withdrawn', resolution: '借款人来电撤回异议，已录音' });
    expect(result.ok).toBe(true);
    expect((await store.cases.get(c.id))!).toMatchObject({ status: 'on_hold', holdReason: 'dispute' });
  });

  it.each([
    ['a collector (the role may not resolve)', () => asCollector, {}, 'role'],
    ['a supervisor of another branch', () => ({ ...asSupervisor, operator: otherBranch }), {}, 'other_branch'],
    ['a resolution one character too short', () => asSupervisor, { resolution: '核实未还清，不成立' }, 'invalid'],
    ['an outcome not on the list', () => asSupervisor, { outcome: 'settled' }, 'invalid'],
    ['a dispute that is not on this case', () => asSupervisor, { disputeId: 'no-such-dispute' }, 'no_record'],
  ] as const)('refuses %s and writes nothing', async (_why, context, patch, code) => {
    const d = await opened();
    const before = await footprint(store);
    const result = await runAction(context(), resolveDispute, { caseId: c.id, disputeId: d.id, outcome: 'rejected', resolution: FINDING, ...patch } as never);
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(await footprint(store)).toEqual(before);
    expect((await store.db.disputes.get(d.id))!.resolvedAt).toBeNull();
  });

  it('refuses a dispute that is already resolved, naming why', async () => {
    const d = await opened('complaint');
    expect((await runAction(asSupervisor, resolveDispute, { caseId: c.id, disputeId: d.id, outcome: 'rejected', resolution: FINDING })).ok).toBe(true);
    const before = await footprint(store);
    const again = await runAction(asSupervisor, resolveDispute, { caseId: c.id, disputeId: d.id, outcome: 'upheld', resolution: '再次处理，改为异议成立' });
    expect(again).toMatchObject({ ok: false, error: { code: 'dispute_resolved' } });
    expect(await footprint(store)).toEqual(before);
    expect(await store.db.disputes.get(d.id)).toMatchObject({ outcome: 'rejected' });
  });
});
