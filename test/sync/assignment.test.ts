import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignCases } from '../../renderer/src/assignment/actions';
import { activities } from '../../renderer/src/fieldwork/repository';
import { runAction, type ActionContext } from '../../renderer/src/store/runAction';
import { openStore, type Store } from '../../renderer/src/store/openStore';
import { createSyncClient, type SyncClient } from '../../renderer/src/sync/syncClient';
import { importExtract } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import type { Case } from '../../shared/domain/case';
import type { Role } from '../../shared/domain/staff';
import { newId } from '../../shared/sync';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { openDb, signIn, startHarness, type Harness } from '../server/harness';

/**
 * 分案 end to end through the real head office (PGlite): a supervisor's device reassigns cases from collector
 * A to collector B. A's laptop pushes the call it logged before it lets the case go; B's laptop receives the
 * case with A's history; the move is audited at head office with its reason; a second supervisor's stale move
 * is refused as a conflict, and the first stands.
 */
describe('assignment from a supervisor’s device', () => {
  let db: Db;
  let h: Harness;
  let t = Date.parse('2026-11-23T02:00:00Z');
  const clock = () => new Date((t += 60_000));
  const opened: Store[] = [];

  interface Laptop { store: Store; client: SyncClient; ctx: ActionContext }
  async function laptop(userId: string, role: Role, branchCode: string): Promise<Laptop> {
    const o = await openStore('live', new IDBFactory(), IDBKeyRange);
    if (!o.ok) throw new Error(o.detail);
    opened.push(o.store);
    const device = await o.store.device.identity();
    const session = await signIn(h, userId, device.deviceId);
    const client = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: o.store.db, credentials: () => session, now: () => new Date(t) });
    return { store: o.store, client, ctx: { db: o.store.db, actor: { userId, deviceId: device.deviceId, now: clock }, operator: { id: userId, role, branchCode }, device } };
  }
  async function sync(d: Laptop) {
    const r = await d.client.syncOnce();
    if (!r.ok) throw new Error(`${d.ctx.actor.userId}: ${r.error.message}`);
    return r.value;
  }

  let branch: string;
  let officerA: string;
  let officerB: string;
  let moved: Case[];
  let a: Laptop;
  let b: Laptop;
  let sup: Laptop;
  const staff = () => [
    { id: officerA, name: 'A', role: 'collector' as const, branchCode: branch },
    { id: officerB, name: 'B', role: 'collector' as const, branchCode: branch },
  ];

  beforeAll(async () => {
    db = await openDb('pglite');
    h = await startHarness(db);
    await importExtract(db, extractOf(demoCases(40, { seed: 'assignment-tests' }).flatMap(caseToRows)));
    const rows = (await db.query<{ officer_id: string; branch_code: string; data: Case }>('SELECT officer_id, branch_code, data FROM cases WHERE officer_id IS NOT NULL ORDER BY id')).rows;
    const byOfficer = new Map<string, Case[]>();
    for (const r of rows) byOfficer.set(r.officer_id, [...(byOfficer.get(r.officer_id) ?? []), r.data]);
    const [first, theirs] = [...byOfficer].sort((x, y) => y[1].length - x[1].length)[0]!;
    officerA = first;
    branch = theirs[0]!.assignment.branchCode;
    const callable = (c: Case) => c.parties.some((p) => p.role === 'borrower' && p.phones.length > 0);
    moved = [...theirs.filter(callable), ...theirs.filter((c) => !callable(c))].slice(0, 3);
    officerB = [1, 2, 3, 4].map((n) => `demo-officer-${branch}-0${n}`).find((o) => o !== officerA)!;
  }, 60_000);

  afterAll(async () => {
    for (const s of opened) s.close();
    await h?.close();
    await db?.close();
  });

  it('A logs a call it has not pushed yet; the supervisor moves three of A’s cases to B in one action', async () => {
    a = await laptop(officerA, 'collector', branch);
    await sync(a);
    const c = (await a.store.db.cases.get(moved[0]!.id))!;
    const party = c.parties.find((p) => p.role === 'borrower')!;
    await activities.recordActivity(a.store.db, a.ctx.actor, {
      id: newId(), caseId: c.id, partyId: party.id, channel: 'phone', phoneId: party.phones[0]!.id, addressId: null, outcome: 'promise',
      notes: '本人接听，承诺月底前还款', nextAction: null, nextActionDate: null, at: new Date(t).toISOString(), userId: officerA, deviceId: a.ctx.actor.deviceId, override: null,
    });

    sup = await laptop(`demo-supervisor-${branch}`, 'supervisor', branch);
    await sync(sup);
    const result = await runAction(sup.ctx, assignCases, { moves: moved.map((m) => ({ caseId: m.id, officerId: officerB })), reason: '工作量平衡', officers: staff() });
    expect(result.ok && result.value.map((x) => x.assignment.officerId)).toEqual([officerB, officerB, officerB]);
    expect(await sup.store.db.outbox.count()).toBe(3);
    expect((await sup.store.db.audit.toArray()).filter((e) => e.action === 'case.assign').map((e) => e.caseId)).toEqual(moved.map((m) => m.id));
    expect((await sync(sup)).push).toMatchObject({ applied: 3, rejected: 0 });
    const audited = await db.query<{ case_id: string; user_id: string; reason: string }>(`SELECT case_id, user_id, data->'args'->>'reason' AS reason FROM field_records WHERE kind = 'assignCase' ORDER BY case_id`);
    expect(audited.rows).toEqual(moved.map((m) => ({ case_id: m.id, user_id: `demo-supervisor-${branch}`, reason: '工作量平衡' })).sort((x, y) => (x.case_id < y.case_id ? -1 : 1)));
  });

  it('A’s laptop pushes the call first, then lets the three cases go', async () => {
    const synced = await sync(a);
    // The call, and the status change it implied (new → promised), both applied: made while the case was A's.
    expect(synced.push).toMatchObject({ applied: 2, rejected: 0 });
    expect(synced.pull.evicted).toBe(3);
    for (const m of moved) expect(await a.store.db.cases.get(m.id)).toBeUndefined();
    expect(await a.store.db.activities.where('caseId').equals(moved[0]!.id).count()).toBe(0);
    expect(await a.store.db.outbox.count()).toBe(0);
  });

  it('B’s laptop receives them with A’s call on the timeline', async () => {
    b = await laptop(officerB, 'collector', branch);
    const synced = await sync(b);
    expect(synced.pull.badRecords).toBe(0);
    for (const m of moved) expect((await b.store.db.cases.get(m.id))?.assignment.officerId).toBe(officerB);
    const timeline = await activities.activitiesOfCase(b.store.db, moved[0]!.id);
    expect(timeline.map((x) => [x.notes, x.userId])).toEqual([['本人接听，承诺月底前还款', officerA]]);
  });

  it('a second supervisor device’s move from the assignment it saw before is refused as a conflict; the first stands', async () => {
    const stale = await laptop(`demo-supervisor-${branch}`, 'supervisor', branch);
    // A device that synced before the move: it still sees the case with A.
    await stale.store.db.cases.put({ ...moved[1]!, assignment: { ...moved[1]!.assignment, officerId: officerA } });
    const result = await runAction(stale.ctx, assignCases, { moves: [{ caseId: moved[1]!.id, officerId: `demo-supervisor-${branch}` }], reason: '专案处理', officers: [...staff(), { id: `demo-supervisor-${branch}`, name: 'S', role: 'supervisor', branchCode: branch }] });
    expect(result.ok).toBe(true);
    const synced = await sync(stale);
    expect(synced.push).toMatchObject({ applied: 0, rejected: 1 });
    expect((await db.query<{ officer_id: string }>('SELECT officer_id FROM cases WHERE id = $1', [moved[1]!.id])).rows[0]!.officer_id).toBe(officerB);
    // The refused move is undone on that device too: head office's copy came back with the pull.
    expect((await stale.store.db.cases.get(moved[1]!.id))?.assignment.officerId).toBe(officerB);
  });

  it('the action refuses a collector, a target of another branch, and a target who holds no cases', async () => {
    const asCollector = await runAction(a.ctx, assignCases, { moves: [{ caseId: moved[0]!.id, officerId: officerA }], reason: '工作量平衡', officers: staff() });
    expect(asCollector.ok || asCollector.error.key).toBe('permissions.refused.role');
    const other = await runAction(sup.ctx, assignCases, { moves: [{ caseId: moved[0]!.id, officerId: 'x-1' }], reason: '工作量平衡', officers: [{ id: 'x-1', name: 'X', role: 'collector', branchCode: 'ELSEWHERE' }] });
    expect(other.ok || other.error.key).toBe('assignment.error.otherBranch');
    const clerk = await runAction(sup.ctx, assignCases, { moves: [{ caseId: moved[0]!.id, officerId: 'k-1' }], reason: '工作量平衡', officers: [{ id: 'k-1', name: 'K', role: 'clerk', branchCode: branch }] });
    expect(clerk.ok || clerk.error.key).toBe('assignment.error.notAssignable');
  });
});
