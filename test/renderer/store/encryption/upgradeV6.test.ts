import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../../renderer/src/store/openStore';
import { DATABASE_NAMES } from '../../../../renderer/src/store/database';
import { CaseRowIndex, EMPTY_FILTERS } from '../../../../shared/domain/caseQuery';
import { appendAudit } from '../../../../shared/audit';
import { verifyAuditChain } from '../../../../shared/audit';
import { makeCase } from '../../../fixtures/cases';
import { fixedKey, keySource, rawDump, rawRecords } from './rawStore';

/** The store as version 5 of the app declared it (renderer/src/db/database.ts, now store/database.ts, before encryption). */
function v5Database(): Dexie {
  const db = new Dexie(DATABASE_NAMES.live);
  db.version(1).stores({ cases: 'id, caseNumber', caseRows: 'id, bucket, dpd, totalFen, status, officerId' });
  db.version(2).stores({ caseRows: 'id, bucket, dpd, totalFen, status, officerId, product, classificationRank, risk', savedViews: 'id, name', meta: 'key' });
  db.version(3).stores({
    activities: 'id, caseId, [caseId+at], at',
    promises: 'id, caseId, dueDate',
    payments: 'id, caseId, paidOn',
    plans: 'id, caseId, approval.status',
    receipts: 'id, &number, caseId, receivedAt',
    visits: 'id, caseId, plannedFor',
    attachments: 'id, caseId',
    attachmentBlobs: 'id',
    disputes: 'id, caseId',
    audit: 'seq, caseId, at',
    outbox: 'mutationId, caseId',
    counters: 'name',
  });
  db.version(4).stores({ letters: 'id, number, caseId, partyId, type, issuedAt' });
  db.version(5).stores({});
  return db;
}

const cases = [makeCase(1, { name: '张伟' }), makeCase(2, { name: '李娜' })];
const NOTE = '邻居说他在城东菜市场摆摊';
const activity = {
  id: 'act-1',
  caseId: cases[0]!.id,
  partyId: cases[0]!.parties[0]!.id,
  channel: 'visit',
  phoneId: null,
  addressId: cases[0]!.parties[0]!.addresses[0]!.id,
  outcome: 'not_home',
  notes: NOTE,
  nextAction: null,
  nextActionDate: null,
  at: '2026-11-20T02:00:00.000Z',
  userId: 'u1',
  deviceId: 'd1',
  override: null,
};
const photo = new Uint8Array([0xff, 0xd8, 0xff, ...new TextEncoder().encode('PLAINTEXT-PHOTO-BYTES')]);

/** What v5 wrote: full phone digits and ID tails in the row's searchText, the phone unmasked. */
function v5Row(c: (typeof cases)[number]) {
  const p = c.parties[0]!;
  return {
    id: c.id,
    caseNumber: c.caseNumber,
    borrowerName: p.name,
    borrowerPhone: p.phones[0]!.number,
    dpd: 45,
    bucket: 'M2',
    totalFen: 1,
    status: c.status,
    officerId: c.assignment.officerId,
    searchText: [p.name, p.phones[0]!.number, p.idNumber.slice(-6)].join('\u0001').toLowerCase(),
  };
}

afterEach(async () => {
  await Dexie.delete(DATABASE_NAMES.live);
});

describe('v6 seals an existing plaintext store in place', () => {
  it('upgrades a real v5 database: nothing in the clear afterwards, every record reads back, search works', async () => {
    const v5 = v5Database();
    await v5.open();
    await v5.table('cases').bulkPut(cases);
    await v5.table('caseRows').bulkPut(cases.map(v5Row));
    await v5.table('activities').put(activity);
    await v5.table('attachmentBlobs').put({ id: 'a'.repeat(64), bytes: photo });
    const entry = appendAudit(null, { id: 'au-1', at: activity.at, userId: 'u1', deviceId: 'd1', action: 'activity.record', entity: { kind: 'activity', id: 'act-1' }, caseId: activity.caseId, before: null, after: activity });
    await v5.table('audit').put(entry);
    await v5.table('outbox').put({ mutationId: 1, caseId: activity.caseId, name: 'recordActivity', args: activity });
    v5.close();
    const phone = cases[0]!.parties[0]!.phones[0]!.number;
    const id = cases[0]!.parties[0]!.idNumber;
    expect(await rawDump(DATABASE_NAMES.live)).toContain(phone); // the starting point really is plaintext

    const r = await openStore('live', undefined, undefined, keySource(fixedKey(3)));
    if (!r.ok) throw new Error(`${r.failure}: ${r.detail}`);
    const { store } = r;
    try {
      const raw = await rawDump(DATABASE_NAMES.live);
      for (const secret of [phone, id, id.slice(-6), cases[0]!.parties[0]!.addresses[0]!.line, NOTE, 'PLAINTEXT-PHOTO-BYTES']) {
        expect(raw.includes(secret), `${secret} left in plain text by the upgrade`).toBe(false);
      }
      expect((await rawRecords(DATABASE_NAMES.live)).cases).toHaveLength(2);

      // Every read path gives the records back as they were: get, toArray (getAll) and each (a cursor).
      expect(await store.cases.get(cases[0]!.id)).toEqual(cases[0]);
      expect(await store.db.cases.orderBy('id').toArray()).toEqual(cases);
      const seen: string[] = [];
      await store.db.cases.each((c) => void seen.push(c.parties[0]!.idNumber));
      expect(seen).toEqual([id, cases[1]!.parties[0]!.idNumber]);
      expect((await store.db.activities.get('act-1'))!.notes).toBe(NOTE);
      expect(Array.from((await store.db.attachmentBlobs.toArray())[0]!.bytes)).toEqual(Array.from(photo));
      expect(verifyAuditChain(await store.db.audit.toArray()).ok).toBe(true);
      expect((await store.db.outbox.get(1))!.args).toEqual(activity);

      // Rows were re-derived: masked phone, real amounts, and a phone search that goes through the blind index.
      const rows = await store.cases.listRows();
      expect(rows.map((row) => row.borrowerPhone)).toEqual(['138****0001', '138****0002']);
      expect(rows[0]!.totalFen).toBeGreaterThan(1);
      const found = new CaseRowIndex(rows, store.cases.searchKey).query({ filters: EMPTY_FILTERS, search: phone, sort: { column: 'caseNumber', direction: 'asc' } });
      expect(found.map((row) => row.id)).toEqual([cases[0]!.id]);
    } finally {
      store.close();
    }

    // And the upgraded store opens again with the same key, and not with another.
    const again = await openStore('live', undefined, undefined, keySource(fixedKey(3)));
    expect(again.ok).toBe(true);
    if (again.ok) again.store.close();
    expect(await openStore('live', undefined, undefined, keySource(fixedKey(4)))).toMatchObject({ ok: false, failure: 'wrong_key' });
  });
});
