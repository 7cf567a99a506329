import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignCases } from '../../../renderer/src/assignment/actions';
import { verifyDeviceChain } from '../../../renderer/src/store/auditTrail';
import { openStore, type Store } from '../../../renderer/src/store/openStore';
import { runAction, type ActionContext } from '../../../renderer/src/store/runAction';
import type { Case } from '../../../shared/domain/case';
import { OutboxEntrySchema } from '../../../shared/sync';
import { demoCases } from '../../fixtures/import/demoExtract';
import { replayPending } from '../../../renderer/src/sync/repository/caseEdits';

/**
 * A branch's whole book in one action: 2,000 cases to another collector, each with its audit entry and outbox
 * entry, in one transaction and within seconds (bulk writes: the per-case round of reads and writes took
 * minutes). A refusal half-way leaves nothing written.
 */
describe('assignCases on a large selection', () => {
  let store: Store;
  let ctx: ActionContext;
  let cases: Case[];
  const branch = '310115';
  const officers = [
    { id: 'demo-officer-310115-01', name: '张敏', role: 'collector' as const, branchCode: branch },
    { id: 'demo-officer-310115-02', name: '王磊', role: 'collector' as const, branchCode: branch },
  ];

  beforeAll(async () => {
    const opened = await openStore('live', new IDBFactory(), IDBKeyRange);
    if (!opened.ok) throw new Error(opened.detail);
    store = opened.store;
    cases = demoCases(2000, { seed: 'assign-batch' }).map((c) => ({ ...c, assignment: { ...c.assignment, branchCode: branch, branchName: '上海浦东支行', officerId: officers[0]!.id, officerName: officers[0]!.name } }));
    await store.cases.putCases(cases);
    const device = await store.device.identity();
    let t = Date.parse('2026-11-23T02:00:00Z');
    ctx = { db: store.db, actor: { userId: 'demo-supervisor-310115', deviceId: device.deviceId, now: () => new Date((t += 1000)) }, operator: { id: 'demo-supervisor-310115', role: 'supervisor', branchCode: branch }, device };
  }, 120_000);
  afterAll(() => store?.close());

  it('a refusal on the last case leaves none of the others moved', async () => {
    const moves = cases.map((c) => ({ caseId: c.id, officerId: officers[1]!.id }));
    moves[moves.length - 1] = { caseId: 'no-such-case', officerId: officers[1]!.id };
    const result = await runAction(ctx, assignCases, { moves, reason: '工作量平衡', officers });
    expect(result.ok || result.error.key).toBe('fieldwork.error.no_case');
    expect(await store.db.outbox.count()).toBe(0);
    expect(await store.db.caseRows.where('officerId').equals(officers[1]!.id).count()).toBe(0);
  }, 120_000);

  it('moves 2,000 cases with 2,000 audit and outbox entries in one action, quickly', async () => {
    const started = performance.now();
    const result = await runAction(ctx, assignCases, { moves: cases.map((c) => ({ caseId: c.id, officerId: officers[1]!.id })), reason: '离职交接', officers });
    const ms = performance.now() - started;
    expect(result.ok && result.value.length).toBe(2000);
    console.info(`assignCases: 2,000 cases in ${Math.round(ms)} ms (fake-indexeddb)`);
    // fake-indexeddb is many times slower than Chromium's IndexedDB; this bound catches a per-case round trip.
    expect(ms).toBeLessThan(20_000);
    expect(await store.db.caseRows.where('officerId').equals(officers[1]!.id).count()).toBe(2000);
    const outbox = await store.db.outbox.toArray();
    expect(outbox).toHaveLength(2000);
    expect(outbox.every((e) => OutboxEntrySchema.safeParse(e).success && e.name === 'assignCase' && e.args.fromOfficerId === officers[0]!.id)).toBe(true);
    expect(new Set(outbox.map((e) => e.mutationId)).size).toBe(2000);
    expect((await store.db.audit.where('caseId').equals(cases[0]!.id).toArray()).map((e) => [e.action, e.after])).toEqual([['case.assign', { officerId: officers[1]!.id, officerName: '王磊', reason: '离职交接' }]]);
    expect(await verifyDeviceChain(store.db)).toEqual({ ok: true });
  }, 120_000);

  it('a move still in the outbox is replayed over the copy head office sends meanwhile, only from where it was made', async () => {
    const pending = (await store.db.outbox.where('caseId').equals(cases[1]!.id).toArray()).map((e) => ({ name: e.name, args: e.args }));
    // Head office's copy before the move reached it: still with the first collector.
    expect(replayPending(cases[1]!, pending).assignment).toMatchObject({ officerId: officers[1]!.id, officerName: '王磊', branchCode: branch });
    // Someone else moved it first: the pending move does not apply over that.
    const movedElsewhere = { ...cases[1]!, assignment: { ...cases[1]!.assignment, officerId: 'demo-officer-310115-03', officerName: '李俊' } };
    expect(replayPending(movedElsewhere, pending).assignment.officerId).toBe('demo-officer-310115-03');
  });

  it('leaves out a case already with its target', async () => {
    const result = await runAction(ctx, assignCases, { moves: [{ caseId: cases[0]!.id, officerId: officers[1]!.id }], reason: '工作量平衡', officers });
    expect(result.ok && result.value).toEqual([]);
    expect(await store.db.outbox.count()).toBe(2000);
  });
});
