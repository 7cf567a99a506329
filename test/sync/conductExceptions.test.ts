import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKpiExceptions as readOnDevice } from '../../renderer/src/conduct/repository/conductReads';
import { reviewException } from '../../renderer/src/conduct/actions/reviewException';
import { runAction } from '../../renderer/src/store/runAction';
import { openStore, type Store } from '../../renderer/src/store/openStore';
import { createSyncClient } from '../../renderer/src/sync/syncClient';
import { importExtract } from '../../server/import/apply';
import { readKpiExceptions as readAtHeadOffice } from '../../server/kpi/conduct';
import type { Db } from '../../server/db/types';
import type { Case } from '../../shared/domain/case';
import { conductExceptionsBy, monthPeriod } from '../../shared/kpi';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { call, entry, openDb, push, signIn, startHarness, type Harness } from '../server/harness';

/**
 * Issue 17 §6: a contact head office flags (a device clock twelve hours off, outside the contact window) reaches
 * the branch supervisor's device through the change log, and no other branch's, nor the collector's; the
 * exceptions per collector are the same on that device and at head office.
 */
let db: Db;
let h: Harness;
const stores: Store[] = [];
let officer = '';
let branch = '';
let otherBranch = '';
let flaggedId = '';

const shanghai = (local: string) => `2026-11-23T${local}:00+08:00`;

async function deviceOf(userId: string) {
  const opened = await openStore('live', new IDBFactory(), IDBKeyRange);
  if (!opened.ok) throw new Error(opened.detail);
  stores.push(opened.store);
  const identity = await opened.store.device.identity();
  const session = await signIn(h, userId, identity.deviceId);
  const client = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: opened.store.db, credentials: () => session, now: () => new Date(h.clock.ms) });
  const sync = async () => {
    const result = await client.syncOnce();
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  const ctx = {
    db: opened.store.db, actor: { userId, deviceId: identity.deviceId, now: () => new Date(h.clock.ms) },
    operator: { id: userId, role: userId.startsWith('demo-supervisor') ? ('supervisor' as const) : ('collector' as const), branchCode: branch }, device: identity,
  };
  return { store: opened.store, session, sync, ctx };
}

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  await importExtract(db, extractOf(demoCases(40, { seed: 'conduct-sync' }).flatMap(caseToRows)));
  const row = (await db.query<{ officer_id: string; branch_code: string }>(
    'SELECT officer_id, branch_code FROM cases WHERE officer_id IS NOT NULL GROUP BY officer_id, branch_code ORDER BY count(*) DESC, officer_id LIMIT 1',
  )).rows[0]!;
  officer = row.officer_id;
  branch = row.branch_code;
  otherBranch = (await db.query<{ code: string }>("SELECT branch_code AS code FROM users WHERE role = 'supervisor' AND branch_code <> $1 ORDER BY branch_code LIMIT 1", [branch])).rows[0]!.code;
  const cases = (await db.query<{ data: Case }>('SELECT data FROM cases WHERE officer_id = $1 ORDER BY id', [officer])).rows.map((r) => r.data);
  const target = cases.flatMap((c) => {
    const borrower = c.parties.find((p) => p.role === 'borrower' && p.phones.some((ph) => ph.retiredAt === null));
    const phone = borrower?.phones.find((ph) => ph.retiredAt === null);
    return borrower && phone ? [{ caseId: c.id, partyId: borrower.id, phoneId: phone.id }] : [];
  })[0]!;
  // Really 23:30 in Shanghai; the collector's device clock says 11:30, inside the window.
  h.clock.ms = Date.parse(shanghai('23:30'));
  const collector = await signIn(h, officer);
  const e = entry('recordActivity', collector, 1, { ...target, channel: 'phone', outcome: 'right_party_contact', notes: '本人接听', nextAction: null, nextActionDate: null, at: shanghai('11:30') });
  const res = await push(h, collector, [e]);
  expect(res.body.results[0].status).toBe('applied');
  flaggedId = (e.args as { id: string }).id;
}, 120_000);

afterAll(async () => {
  for (const s of stores) s.close();
  await h?.close();
  await db?.close();
});

describe('conduct exceptions reach the supervisor', () => {
  it('head office flagged the contact and logged the exception for the branch', async () => {
    const rows = (await db.query<{ id: string; rule_id: string; change_seq: string | null }>('SELECT id, rule_id, change_seq FROM conduct_exceptions WHERE record_id = $1', [flaggedId])).rows;
    expect(rows.map((r) => r.rule_id)).toEqual(['cn.window.contactHours']);
    const logged = (await db.query<{ kind: string; branch_code: string; officer_id: string | null; seq: string }>("SELECT kind, branch_code, officer_id, seq FROM changes WHERE kind = 'conduct' AND record_id = $1", [String(rows[0]!.id)])).rows;
    expect(logged).toEqual([{ kind: 'conduct', branch_code: branch, officer_id: null, seq: expect.anything() }]);
    expect(String(logged[0]!.seq)).toBe(String(rows[0]!.change_seq));
  });

  it('the branch supervisor’s device pulls it; another branch’s supervisor, the clerk and the collector do not', async () => {
    const supervisor = await deviceOf(`demo-supervisor-${branch}`);
    await supervisor.sync();
    const held = await supervisor.store.db.conductExceptions.toArray();
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ recordId: flaggedId, userId: officer, branchCode: branch, ruleId: 'cn.window.contactHours', clock: 'head_office', skewMinutes: 720, overriddenBy: null, reviewedBy: null });
    expect(held[0]!.caseNumber).toMatch(/\S/);

    const other = await deviceOf(`demo-supervisor-${otherBranch}`);
    await other.sync();
    expect(await other.store.db.conductExceptions.count()).toBe(0);

    // The branch's clerk does no contact and reviews nothing: not theirs either.
    const clerk = await deviceOf(`demo-clerk-${branch}`);
    await clerk.sync();
    expect(await clerk.store.db.conductExceptions.count()).toBe(0);

    const collector = await deviceOf(officer);
    await collector.sync();
    expect(await collector.store.db.conductExceptions.count()).toBe(0);
    // The collector's device got its own contact back, so the pull itself worked.
    expect(await collector.store.db.activities.get(flaggedId)).toBeDefined();
  }, 60_000);

  it('exceptions per collector: the same count on the supervisor’s device and at head office', async () => {
    const supervisor = await deviceOf(`demo-supervisor-${branch}`);
    await supervisor.sync();
    const device = await readOnDevice(supervisor.store.db, branch);
    const office = await readAtHeadOffice(db, branch);
    expect(device).toEqual(office);
    const november = monthPeriod('2026-11');
    const onDevice = conductExceptionsBy(device, november);
    expect(onDevice).toEqual(conductExceptionsBy(office, november));
    expect(onDevice.get(officer)).toBe(1);
    // Found on 23 November: none in December.
    expect(conductExceptionsBy(device, monthPeriod('2026-12')).size).toBe(0);
  }, 60_000);

  it('a supervisor reviews it on their device; head office keeps the first review, and the console and the other supervisor devices show it reviewed', async () => {
    const first = await deviceOf(`demo-supervisor-${branch}`);
    const second = await deviceOf(`demo-supervisor-${branch}`);
    await first.sync();
    await second.sync();
    const x = (await first.store.db.conductExceptions.toArray())[0]!;
    const refused = await runAction(first.ctx, reviewException, { exceptionId: x.id, note: '好' });
    expect(refused.ok).toBe(false);
    const done = await runAction(first.ctx, reviewException, { exceptionId: x.id, note: '已与催收员谈话，设备时钟已校准' });
    expect(done.ok, JSON.stringify(done)).toBe(true);
    // On this device at once, with its audit entry and outbox entry.
    expect(await first.store.db.conductExceptions.get(x.id)).toMatchObject({ reviewedBy: first.session.userId, reviewNote: '已与催收员谈话，设备时钟已校准' });
    expect((await first.store.db.outbox.toArray()).map((e) => e.name)).toEqual(['reviewConductException']);
    // The second supervisor reviews it too, offline, before the first's review reaches head office… and pushes later.
    const late = await runAction(second.ctx, reviewException, { exceptionId: x.id, note: '稍后复核的另一条说明' });
    expect(late.ok).toBe(true);
    const pushed = await first.sync();
    expect(pushed.push.rejected).toBe(0);
    const row = (await db.query<{ reviewed_by: string; review_note: string }>('SELECT reviewed_by, review_note FROM conduct_exceptions WHERE id = $1', [x.id])).rows[0]!;
    expect(row).toEqual({ reviewed_by: first.session.userId, review_note: '已与催收员谈话，设备时钟已校准' });
    // The second's review is refused as a conflict; its device then takes head office's copy.
    await second.sync();
    const refusedAtHo = (await db.query<{ status: string; reason_code: string }>("SELECT status, reason_code FROM mutations_applied WHERE name = 'reviewConductException' ORDER BY received_at")).rows;
    expect(refusedAtHo.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(refusedAtHo[1]!.reason_code).toBe('conflict');
    await second.sync();
    expect(await second.store.db.conductExceptions.get(x.id)).toMatchObject({ reviewedBy: first.session.userId, reviewNote: '已与催收员谈话，设备时钟已校准' });
    // The console lists it as reviewed; it still counts (it happened).
    const answer = await call(h, 'GET', '/admin/conduct-exceptions', { token: first.session.accessToken });
    expect(answer.status).toBe(200);
    expect(answer.body.exceptions.find((e: { id: string }) => e.id === x.id)).toMatchObject({ reviewedBy: first.session.userId, reviewNote: '已与催收员谈话，设备时钟已校准' });
    expect(conductExceptionsBy(await readAtHeadOffice(db, branch), monthPeriod('2026-11')).get(officer)).toBe(1);
  }, 60_000);

  it('a collector may not review, nor a supervisor of another branch', async () => {
    const id = (await db.query<{ id: string }>('SELECT id FROM conduct_exceptions ORDER BY id LIMIT 1')).rows[0]!.id;
    const review = (branchCode: string) => ({ caseId: null, exceptionId: String(id), branchCode, note: '越权复核的尝试', reviewedAt: new Date(h.clock.ms).toISOString() });
    const collector = await signIn(h, officer);
    const byCollector = await push(h, collector, [entry('reviewConductException', collector, 1, review(branch))]);
    expect(byCollector.body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'forbidden' } });
    const other = await signIn(h, `demo-supervisor-${otherBranch}`);
    const ownBranch = await push(h, other, [entry('reviewConductException', other, 1, review(otherBranch))]);
    expect(ownBranch.body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'invalid' } });
    const theirs = await push(h, other, [entry('reviewConductException', other, 2, review(branch))]);
    expect(theirs.body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'out_of_scope' } });
  });
});
