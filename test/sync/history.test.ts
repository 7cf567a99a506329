import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../renderer/src/store/openStore';
import { activities, contacts, plans, promises, receipts, visits, type Actor } from '../../renderer/src/fieldwork/repository';
import { createSyncClient, SYNC_META, type BadRecord, type SyncClient } from '../../renderer/src/sync/syncClient';
import type { Case } from '../../shared/domain/case';
import { newId } from '../../shared/sync';
import { importExtract, reassignCase } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { eachBackend, entry, openDb, push, signIn, startHarness, type Harness } from '../server/harness';

/**
 * History travels with the case: what collector A did on a case reaches collector B's device when head office
 * reassigns it, A's laptop lets go of it once A's work is pushed, and a supervisor's approval made on their own
 * device reaches the collector. Each device is its own IndexedDB (fake-indexeddb) talking to the real service.
 */
eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(24, { seed: 'history-tests' });
  let t = Date.parse('2026-11-23T02:00:00Z');
  const clock = () => new Date((t += 60_000));

  interface DeviceUnderTest {
    store: Store;
    client: SyncClient;
    actor: Actor;
    deviceCode: string;
  }
  const devices: DeviceUnderTest[] = [];

  async function laptop(userId: string): Promise<DeviceUnderTest> {
    const opened = await openStore('live', new IDBFactory(), IDBKeyRange);
    if (!opened.ok) throw new Error(opened.detail);
    const store = opened.store;
    const identity = await store.device.identity();
    const session = await signIn(h, userId, identity.deviceId);
    const client = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => session, now: () => new Date(t) });
    const d = { store, client, actor: { userId, deviceId: identity.deviceId, now: clock }, deviceCode: identity.deviceCode };
    devices.push(d);
    return d;
  }

  async function sync(d: DeviceUnderTest) {
    const result = await d.client.syncOnce();
    if (!result.ok) throw new Error(`${d.actor.userId}: ${result.error.code} ${result.error.message}`);
    return result.value;
  }

  const count = (d: DeviceUnderTest, table: 'activities' | 'promises' | 'receipts' | 'plans' | 'payments', caseId: string) =>
    d.store.db[table].where('caseId').equals(caseId).count();

  let branch: string;
  let officerA: string;
  let officerB: string;
  let target: Case;

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
    expect((await importExtract(db, extractOf(cases.flatMap(caseToRows)))).counts.new).toBe(24);
    // A collector with at least two cases, and another collector of the same branch.
    const rows = (await db.query<{ id: string; officer_id: string; branch_code: string; data: Case }>('SELECT id, officer_id, branch_code, data FROM cases WHERE officer_id IS NOT NULL ORDER BY id')).rows;
    const byOfficer = new Map<string, typeof rows>();
    for (const r of rows) byOfficer.set(r.officer_id, [...(byOfficer.get(r.officer_id) ?? []), r]);
    const [a, theirs] = [...byOfficer].sort((x, y) => y[1].length - x[1].length)[0]!;
    officerA = a;
    branch = theirs[0]!.branch_code;
    target = theirs[0]!.data;
    officerB = [1, 2, 3, 4].map((n) => `demo-officer-${branch}-0${n}`).find((o) => o !== officerA)!;
  }, 60_000);

  afterAll(async () => {
    for (const d of devices) d.store.close();
    await h?.close();
    await db?.close();
  });

  describe('history in pull', () => {
    let a: DeviceUnderTest;
    let b: DeviceUnderTest;
    let supervisor: DeviceUnderTest;
    let planId: string;
    const contactAt = () => new Date(t).toISOString();

    it('a device gets its own records back without duplicating anything or writing outbox or audit entries', async () => {
      a = await laptop(officerA);
      await sync(a);
      expect(await a.store.db.cases.get(target.id)).toBeTruthy();
      const other = (await a.store.db.cases.toArray()).find((c) => c.id !== target.id)!;
      const party = other.parties[0]!;
      await activities.recordActivity(a.store.db, a.actor, {
        id: newId(), caseId: other.id, partyId: party.id, channel: 'phone', phoneId: party.phones[0]!.id, addressId: null, outcome: 'no_answer',
        notes: '无人接听', nextAction: null, nextActionDate: null, at: contactAt(), userId: officerA, deviceId: a.actor.deviceId, override: null,
      });
      const audit = await a.store.db.audit.count();
      const synced = await sync(a);
      expect(synced.push.rejected).toBe(0);
      expect(synced.pull.records).toBe(0);
      expect(await count(a, 'activities', other.id)).toBe(1);
      expect(await a.store.db.outbox.count()).toBe(0);
      expect(await a.store.db.audit.count()).toBe(audit);
    });

    it('collector A logs a contact, a promise, a receipt and a plan and pushes; head office reassigns the case; A evicts it after pushing', async () => {
      const c = (await a.store.db.cases.get(target.id))!;
      const party = c.parties.find((p) => p.role === 'borrower')!;
      const contact = await activities.recordActivity(a.store.db, a.actor, {
        id: newId(), caseId: c.id, partyId: party.id, channel: 'phone', phoneId: party.phones[0]!.id, addressId: null, outcome: 'promise',
        notes: '本人接听，承诺月底前还款', nextAction: null, nextActionDate: null, at: contactAt(), userId: officerA, deviceId: a.actor.deviceId, override: null,
      });
      await promises.createPromise(a.store.db, a.actor, {
        id: newId(), caseId: c.id, activityId: contact.id, amountFen: 300_000, dueDate: '2026-11-30', channel: 'phone', createdAt: contactAt(), userId: officerA, deviceId: a.actor.deviceId,
      });
      await receipts.recordReceipt(a.store.db, a.actor, a.deviceCode, { caseId: c.id, payerName: party.name, amountFen: 100_000, method: 'cash', receivedAt: contactAt() });
      // A waiver of 10,000 yuan is above the branch limit: the plan waits for a supervisor.
      planId = newId();
      await plans.createPlan(a.store.db, a.actor, {
        id: planId, caseId: c.id, outstandingFen: 2_000_000, agreedTotalFen: 1_000_000, waiverFen: 1_000_000, downPaymentFen: 0,
        instalments: [{ seq: 1, dueDate: '2026-12-20', amountFen: 500_000 }, { seq: 2, dueDate: '2027-01-20', amountFen: 500_000 }],
        kind: 'equal', createdAt: contactAt(), makerId: officerA, approval: { status: 'pending', approverId: null, decidedAt: null, reason: null },
      });
      expect((await a.store.db.cases.get(c.id))!.status).toBe('promised');
      expect((await sync(a)).push).toMatchObject({ applied: 5, rejected: 0 });

      // A calls again; before that reaches head office, the case goes to B.
      await activities.recordActivity(a.store.db, a.actor, {
        id: newId(), caseId: c.id, partyId: party.id, channel: 'phone', phoneId: party.phones[0]!.id, addressId: null, outcome: 'no_answer',
        notes: '回访未接', nextAction: null, nextActionDate: null, at: contactAt(), userId: officerA, deviceId: a.actor.deviceId, override: null,
      });
      // And scans the signed repayment agreement.
      const scan = await visits.addAttachment(a.store.db, a.actor, {
        caseId: c.id, fileName: '还款协议.pdf', mimeType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4\n% 还款协议\n%%EOF\n'), owner: { kind: 'case', id: c.id },
      });
      expect(await a.store.db.attachmentBlobs.get(scan.id)).toBeTruthy();
      expect(await reassignCase(db, c.id, officerB)).toBe('reassigned');

      // A's laptop pushes what was captured while the case was A's, then lets the case and its records go.
      const synced = await sync(a);
      expect(synced.push).toMatchObject({ applied: 2, rejected: 0 });
      expect(synced.pull.evicted).toBe(1);
      expect(await a.store.db.cases.get(c.id)).toBeUndefined();
      expect(await a.store.db.caseRows.get(c.id)).toBeUndefined();
      for (const table of ['activities', 'promises', 'receipts', 'plans', 'payments'] as const) expect(await count(a, table, c.id)).toBe(0);
      expect(await a.store.db.attachments.get(scan.id)).toBeUndefined();
      expect(await a.store.db.attachmentBlobs.get(scan.id)).toBeUndefined();
      expect(await a.store.db.outbox.count()).toBe(0);
    });

    it('collector B’s device pulls the case with A’s history, and counts A’s contact towards its caps', async () => {
      b = await laptop(officerB);
      const synced = await sync(b);
      expect(synced.pull.badRecords).toBe(0);
      const c = (await b.store.db.cases.get(target.id))!;
      expect(c.assignment.officerId).toBe(officerB);
      expect(c.status).toBe('promised');
      const timeline = await activities.activitiesOfCase(b.store.db, c.id);
      expect(timeline.map((x) => [x.notes, x.userId])).toEqual([
        ['回访未接', officerA],
        ['本人接听，承诺月底前还款', officerA],
      ]);
      const { promises: owed, payments: paid } = await promises.promisesAndPayments(b.store.db, c.id);
      expect(owed.map((p) => [p.amountFen, p.dueDate, p.userId])).toEqual([[300_000, '2026-11-30', officerA]]);
      expect(paid.map((p) => [p.amountFen, p.source])).toEqual([[100_000, 'receipt']]);
      const taken = await receipts.receiptsOfCase(b.store.db, c.id);
      expect(taken).toHaveLength(1);
      expect(taken[0]!.number).toMatch(new RegExp(`^SK-${a.deviceCode}-`));
      expect(await plans.plansOfCase(b.store.db, c.id)).toMatchObject([{ id: planId, makerId: officerA, approval: { status: 'pending' } }]);
      // The compliance gate reads this: A's call today counts against B's daily cap on this debtor.
      const history = await activities.contactHistory(b.store.db, c.id, new Date(t));
      expect(history).toHaveLength(2);
      // Nothing was made on B's device: no outbox and no audit entries from a pull.
      expect(await b.store.db.outbox.count()).toBe(0);
      expect(await b.store.db.audit.count()).toBe(0);
    });

    it('a supervisor’s device receives the plan waiting for approval, approves it, and B sees the approval after its next pull', async () => {
      supervisor = await laptop(`demo-supervisor-${branch}`);
      await sync(supervisor);
      const waiting = await plans.plansAwaitingApproval(supervisor.store.db);
      expect(waiting.map((p) => p.id)).toContain(planId);
      await plans.decidePlan(supervisor.store.db, supervisor.actor, planId, { id: supervisor.actor.userId, role: 'supervisor' }, 'approve', null);
      const pushed = await sync(supervisor);
      expect(pushed.push).toMatchObject({ rejected: 0 });
      expect(pushed.push.applied).toBeGreaterThanOrEqual(1);

      const synced = await sync(b);
      expect(synced.pull.badRecords).toBe(0);
      expect(await plans.plansOfCase(b.store.db, target.id)).toMatchObject([{ id: planId, approval: { status: 'approved', approverId: supervisor.actor.userId } }]);
      expect((await b.store.db.cases.get(target.id))!.status).toBe('on_plan');
      expect(await plans.plansAwaitingApproval(b.store.db)).toEqual([]);
    });

    it('downloading everything again changes nothing on B’s device', async () => {
      const before = await Promise.all((['activities', 'promises', 'receipts', 'plans', 'payments'] as const).map((table) => count(b, table, target.id)));
      await b.store.db.meta.delete(SYNC_META.cursor);
      const again = await b.client.pull();
      expect(again.ok && again.value.records).toBe(0);
      const after = await Promise.all((['activities', 'promises', 'receipts', 'plans', 'payments'] as const).map((table) => count(b, table, target.id)));
      expect(after).toEqual(before);
      expect(before).toEqual([2, 1, 1, 1, 1]);
      expect(await b.store.db.outbox.count()).toBe(0);
    });

    it('a record that fails this app’s schema is reported as a bad record, not applied', async () => {
      // Head office's schema lets a call end in "met in person"; the app's own record refuses it (visits only).
      const phone = await signIn(h, officerB);
      const odd = entry('recordActivity', phone, 1, { caseId: target.id, channel: 'phone', outcome: 'met', notes: '电话中称已见面' });
      // And the money of A's receipt, reported again as a payment: it must not count twice on B's device.
      const receipt = (await receipts.receiptsOfCase(b.store.db, target.id))[0]!;
      const again = entry('recordPayment', phone, 2, { caseId: target.id, amountFen: receipt.amountFen, source: 'receipt', receiptId: receipt.id, paidOn: '2026-11-23' });
      expect((await push(h, phone, [odd, again])).body.results).toEqual([
        { mutationId: 1, status: 'applied' },
        { mutationId: 2, status: 'applied' },
      ]);
      const synced = await sync(b);
      expect(synced.pull.badRecords).toBe(1);
      const reported = (await b.store.db.meta.get(SYNC_META.badRecords))?.value as BadRecord[];
      expect(reported).toEqual([{ kind: 'recordActivity', id: (odd.args as { id: string }).id, message: expect.stringContaining('outcome met does not apply to channel phone'), at: expect.any(String) }]);
      expect(await b.store.db.activities.get((odd.args as { id: string }).id)).toBeUndefined();
      expect(await count(b, 'activities', target.id)).toBe(2);
      expect((await promises.promisesAndPayments(b.store.db, target.id)).payments.map((p) => [p.amountFen, p.receiptId])).toEqual([[receipt.amountFen, receipt.id]]);
    });

    it('a pull keeps B’s own changes that have not reached head office yet, and head office then applies them', async () => {
      const c = (await b.store.db.cases.get(target.id))!;
      const party = c.parties.find((p) => p.role === 'borrower')!;
      const phone = await contacts.addPhone(b.store.db, b.actor, c.id, party.id, { number: '13688889999', kind: 'mobile', source: 'customer' });
      await contacts.setCaseStatus(b.store.db, b.actor, c.id, 'contacting', null, '方案首期未付');
      // Meanwhile the supervisor adds an address the debtor gave the branch.
      const address = await contacts.addAddress(supervisor.store.db, supervisor.actor, c.id, party.id, {
        kind: 'work', province: '上海市', city: '上海市', district: '浦东新区', line: '世纪大道 100 号', postcode: '200120', source: 'customer',
      });
      expect((await sync(supervisor)).push).toMatchObject({ applied: 1, rejected: 0 });

      const pulled = await b.client.pull();
      expect(pulled.ok && pulled.value.cases).toBe(1);
      const mixed = (await b.store.db.cases.get(c.id))!;
      const borrower = mixed.parties.find((p) => p.id === party.id)!;
      expect(borrower.addresses.map((x) => x.id)).toContain(address.id);
      expect(borrower.phones.map((x) => x.id)).toContain(phone.id);
      expect(mixed.status).toBe('contacting');
      expect((await b.store.db.caseRows.get(c.id))!.status).toBe('contacting');
      expect(await b.store.db.outbox.count()).toBe(2);

      expect((await sync(b)).push).toMatchObject({ applied: 2, rejected: 0 });
      const atHeadOffice = (await db.query<{ data: Case }>('SELECT data FROM cases WHERE id = $1', [c.id])).rows[0]!.data;
      expect(atHeadOffice.status).toBe('contacting');
      expect(atHeadOffice.parties.find((p) => p.id === party.id)!.phones.map((x) => x.id)).toContain(phone.id);
      expect((await b.store.db.cases.get(c.id))!.status).toBe('contacting');
    });

    it('a void head office refused gives way to the one it took first', async () => {
      const receipt = (await receipts.receiptsOfCase(b.store.db, target.id))[0]!;
      await receipts.voidReceipt(b.store.db, b.actor, receipt.id, '收款人姓名写错');
      await sync(supervisor);
      await receipts.voidReceipt(supervisor.store.db, supervisor.actor, receipt.id, '金额与银行流水不符');
      expect((await sync(supervisor)).push).toMatchObject({ applied: 1, rejected: 0 });

      const synced = await sync(b);
      expect(synced.push).toMatchObject({ applied: 0, rejected: 1 });
      const rejections = (await b.store.db.meta.get(SYNC_META.rejections))?.value as { name: string; reason: { code: string; message: string } }[];
      expect(rejections.at(-1)).toMatchObject({ name: 'voidReceipt', reason: { code: 'conflict', message: expect.stringContaining('already voided (金额与银行流水不符)') } });
      expect((await b.store.db.receipts.get(receipt.id))!.voided).toMatchObject({ reason: '金额与银行流水不符', userId: supervisor.actor.userId });
    });
  });
});
