import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { decideArrangement, proposeArrangement } from '../../../renderer/src/arrangements/actions';
import { inboxRecords } from '../../../renderer/src/approvals/repository/inbox';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { runAction, type ActionContext } from '../../../renderer/src/store/runAction';
import type { Store } from '../../../renderer/src/store/openStore';
import { inboxItems } from '../../../shared/approvals/inbox';
import { makeCase } from '../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore, supervisor } from '../store/fixture';

const c = makeCase(1, { officerId: collector.id });
const otherSupervisor = { id: 'u-super-2', role: 'supervisor' as const, branchCode: '310115' };
let store: Store;
let asCollector: ActionContext;
let asSupervisor: ActionContext;
let asOtherSupervisor: ActionContext;
const proposal = { caseId: c.id, kind: 'illness' as const, proposal: '暂停催收六个月，免收罚息', reasons: '借款人确诊重病住院，家中无其他收入', evidenceIds: [], decideBy: '2026-12-01' };

beforeAll(async () => {
  await initI18n('zh-CN');
});
beforeEach(async () => {
  const opened = await openTestStore([c]);
  store = opened.store;
  asCollector = opened.contextFor(collector);
  asSupervisor = opened.contextFor(supervisor);
  asOtherSupervisor = opened.contextFor(otherSupervisor);
});
afterEach(() => closeTestStore(store));

describe('special-customer arrangements on the device', () => {
  it('the collector proposes: the arrangement, its audit entry and its outbox mutation in one go, waiting in the supervisor’s inbox', async () => {
    const before = await footprint(store);
    const proposed = await runAction(asCollector, proposeArrangement, proposal);
    if (!proposed.ok) throw new Error(proposed.error.message);
    expect(proposed.value).toMatchObject({ makerId: collector.id, decision: { status: 'proposed' } });
    const after = await footprint(store);
    expect([after.audit - before.audit, after.outbox - before.outbox]).toEqual([1, 1]);
    expect((await store.db.outbox.toArray()).at(-1)).toMatchObject({ name: 'proposeArrangement', args: { id: proposed.value.id, kind: 'illness', decideBy: '2026-12-01' } });

    const items = inboxItems({ ...(await inboxRecords(store.db)), branchCode: supervisor.branchCode, today: '2026-11-23' });
    expect(items.map((i) => [i.kind, i.id, i.deadline, i.makerId])).toEqual([['arrangement', proposed.value.id, '2026-12-01', collector.id]]);
  });

  it('refuses a proposal too short to decide on, with the field named, and writes nothing', async () => {
    const before = await footprint(store);
    const refused = await runAction(asCollector, proposeArrangement, { ...proposal, reasons: '困难' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', params: { field: 'reasons' } } });
    expect(await footprint(store)).toEqual(before);
  });

  it('maker-checker: the collector cannot decide; a supervisor cannot decide their own; another decides once, with a reason', async () => {
    const mine = await runAction(asSupervisor, proposeArrangement, proposal);
    if (!mine.ok) throw new Error(mine.error.message);
    const own = await runAction(asSupervisor, decideArrangement, { caseId: c.id, arrangementId: mine.value.id, decision: 'approve', reason: '同意' });
    expect(own).toMatchObject({ ok: false, error: { code: 'own_arrangement' } });
    await i18next.changeLanguage('zh-CN');
    expect(own.ok === false && own.error.message).toBe('不能审批自己提出的方案（双人复核）。');

    const theirs = await runAction(asCollector, proposeArrangement, proposal);
    if (!theirs.ok) throw new Error(theirs.error.message);
    const byCollector = await runAction(asCollector, decideArrangement, { caseId: c.id, arrangementId: theirs.value.id, decision: 'approve', reason: '同意' });
    expect(byCollector).toMatchObject({ ok: false, error: { code: 'role' } });
    const noReason = await runAction(asSupervisor, decideArrangement, { caseId: c.id, arrangementId: theirs.value.id, decision: 'reject', reason: '  ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid', params: { field: 'reason' } } });

    const approved = await runAction(asOtherSupervisor, decideArrangement, { caseId: c.id, arrangementId: theirs.value.id, decision: 'approve', reason: '病历属实' });
    expect(approved).toMatchObject({ ok: true, value: { decision: { status: 'approved', approverId: otherSupervisor.id, reason: '病历属实' } } });
    expect((await store.db.outbox.toArray()).at(-1)).toMatchObject({ name: 'decideArrangement', args: { arrangementId: theirs.value.id, decision: 'approve' } });
    const again = await runAction(asSupervisor, decideArrangement, { caseId: c.id, arrangementId: theirs.value.id, decision: 'reject', reason: '再议' });
    expect(again).toMatchObject({ ok: false, error: { code: 'decided' } });
    // Decided, it leaves the inbox; the supervisor's own proposal stays for another supervisor.
    const items = inboxItems({ ...(await inboxRecords(store.db)), branchCode: supervisor.branchCode, today: '2026-11-23' });
    expect(items.map((i) => i.id)).toEqual([mine.value.id]);
  });
});
