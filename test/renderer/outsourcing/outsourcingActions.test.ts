import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bindConfigContext, setHeldConfig } from '../../../renderer/src/config/configInForce';
import { initI18n } from '../../../renderer/src/i18n';
import { decideOutsourcing, proposeOutsourcing } from '../../../renderer/src/outsourcing/actions';
import { proposalsAwaitingDecision } from '../../../renderer/src/outsourcing/repository/outsourcing';
import { runAction, type ActionContext } from '../../../renderer/src/store/runAction';
import type { Store } from '../../../renderer/src/store/openStore';
import type { PublishedConfig } from '../../../shared/publishedConfig';
import type { PublishedAgency } from '../../../shared/outsourcing/published';
import { makeCase } from '../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore, supervisor } from '../store/fixture';

const c = makeCase(1, { officerId: collector.id });
const otherSupervisor = { id: 'u-super-2', role: 'supervisor' as const, branchCode: supervisor.branchCode };
const agency = (id: string, more: Partial<PublishedAgency> = {}): PublishedAgency => ({
  id, name: `机构${id}`, licenceNumber: `LIC-${id}`, contractStart: '2020-01-01', contractEnd: '2099-12-31', status: 'active', verifyContact: '本行客服 95588', ...more,
});
const published = (agencies: PublishedAgency[]): PublishedConfig => ({
  kind: 'agencyList', scope: supervisor.branchCode, key: '', version: 1, publishedBy: 'demo-admin', publishedAt: '2026-11-01T00:00:00.000Z', payload: { agencies },
});
const reason = '逾期 180 天以上，多次失联，建议委外';
let store: Store;
let asCollector: ActionContext;
let asSupervisor: ActionContext;
let asOtherSupervisor: ActionContext;

beforeAll(async () => {
  await initI18n('zh-CN');
  bindConfigContext(() => ({ source: 'live', branchCode: supervisor.branchCode }));
});
beforeEach(async () => {
  setHeldConfig([published([agency('a1'), agency('a2', { status: 'suspended' }), agency('a3', { contractEnd: '2021-01-01' })])]);
  const opened = await openTestStore([c]);
  store = opened.store;
  asCollector = opened.contextFor(collector);
  asSupervisor = opened.contextFor(supervisor);
  asOtherSupervisor = opened.contextFor(otherSupervisor);
});
afterEach(() => {
  closeTestStore(store);
  setHeldConfig([]);
});

describe('outsourcing proposals on the device', () => {
  it('the collector proposes a published agency: the proposal, its audit entry and outbox mutation at once, waiting for a supervisor', async () => {
    const before = await footprint(store);
    const proposed = await runAction(asCollector, proposeOutsourcing, { caseId: c.id, agencyId: 'a1', reason });
    if (!proposed.ok) throw new Error(proposed.error.message);
    expect(proposed.value).toMatchObject({ agencyId: 'a1', makerId: collector.id, status: 'proposed', decision: null });
    const after = await footprint(store);
    expect([after.audit - before.audit, after.outbox - before.outbox]).toEqual([1, 1]);
    expect((await store.db.outbox.toArray()).at(-1)).toMatchObject({ name: 'proposeOutsourcing', args: { id: proposed.value.id, agencyId: 'a1', reason } });
    expect((await proposalsAwaitingDecision(store.db)).map((p) => p.id)).toEqual([proposed.value.id]);
    // One waiting proposal per case.
    expect(await runAction(asCollector, proposeOutsourcing, { caseId: c.id, agencyId: 'a1', reason })).toMatchObject({ ok: false, error: { key: 'outsourcing.error.open_proposal' } });
  });

  it.each([
    ['an agency head office did not publish', 'zz', reason, 'outsourcing.error.agency'],
    ['a suspended agency', 'a2', reason, 'outsourcing.error.agency'],
    ['an agency past its contract', 'a3', reason, 'outsourcing.error.agency'],
  ])('refuses %s and writes nothing', async (_what, agencyId, why, key) => {
    const before = await footprint(store);
    expect(await runAction(asCollector, proposeOutsourcing, { caseId: c.id, agencyId, reason: why })).toMatchObject({ ok: false, error: { key } });
    expect(await footprint(store)).toEqual(before);
  });

  it('refuses a reason too short to decide on, naming the field', async () => {
    expect(await runAction(asCollector, proposeOutsourcing, { caseId: c.id, agencyId: 'a1', reason: '委外' })).toMatchObject({ ok: false, error: { code: 'invalid', params: { field: 'reason' } } });
  });

  it('maker-checker: the collector cannot decide, a supervisor not their own; another decides once', async () => {
    const mine = await runAction(asSupervisor, proposeOutsourcing, { caseId: c.id, agencyId: 'a1', reason });
    if (!mine.ok) throw new Error(mine.error.message);
    const decision = { caseId: c.id, proposalId: mine.value.id, decision: 'approve' as const, reason: '同意委外' };
    expect(await runAction(asCollector, decideOutsourcing, decision)).toMatchObject({ ok: false });
    expect(await runAction(asSupervisor, decideOutsourcing, decision)).toMatchObject({ ok: false, error: { key: 'outsourcing.error.own_proposal' } });
    const decided = await runAction(asOtherSupervisor, decideOutsourcing, decision);
    if (!decided.ok) throw new Error(decided.error.message);
    expect(decided.value).toMatchObject({ status: 'approved', decision: { by: otherSupervisor.id, reason: '同意委外' } });
    expect((await store.db.outbox.toArray()).at(-1)).toMatchObject({ name: 'decideOutsourcing', args: { proposalId: mine.value.id, decision: 'approve' } });
    expect(await runAction(asOtherSupervisor, decideOutsourcing, { ...decision, decision: 'reject' })).toMatchObject({ ok: false, error: { key: 'outsourcing.error.decided' } });
    expect(await proposalsAwaitingDecision(store.db)).toEqual([]);
  });
});
