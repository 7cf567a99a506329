import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../../renderer/src/store/openStore';
import { DATABASE_NAMES } from '../../../../renderer/src/store/database';
import { activities, contacts, visits, type Actor } from '../../../../renderer/src/fieldwork/repository';
import { CaseRowIndex, EMPTY_FILTERS, type CaseQuery } from '../../../../shared/domain/caseQuery';
import { verifyAuditChain } from '../../../../shared/audit';
import { newId } from '../../../../shared/sync';
import { makeCase } from '../../../fixtures/cases';
import { dump, fixedKey, keySource, rawDump, rawRecords } from './rawStore';
import { knownUser, readRefresh, rememberUser, writeRefresh } from '../../../../renderer/src/session/repository/sessionStore';

const KEY = fixedKey(7);
const c = makeCase(42, { name: '王秀英' });
const borrower = c.parties[0]!;
const PHONE = borrower.phones[0]!.number; // 13812340042
const ID = borrower.idNumber; // 11010519491231002X
const ADDRESS_LINE = borrower.addresses[0]!.line; // 世纪大道100号
const NOTE = '债务人称下月初发工资后还款，住在女儿家';
const NEW_PHONE = '13998765432';
const PHOTO_TEXT = 'PHOTO-OF-THE-FRONT-DOOR-AT-NO-100';
const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...new TextEncoder().encode(PHOTO_TEXT), 0xff, 0xd9]);

let store: Store;
let actor: Actor;
let t = Date.parse('2026-11-23T02:00:00Z');

async function open(key = KEY): Promise<Store> {
  const r = await openStore('live', undefined, undefined, keySource(key));
  if (!r.ok) throw new Error(`${r.failure}: ${r.detail}`);
  return r.store;
}

const search = (s: Store, rows: Awaited<ReturnType<Store['cases']['listRows']>>, text: string) => {
  const q: CaseQuery = { filters: EMPTY_FILTERS, search: text, sort: { column: 'caseNumber', direction: 'asc' } };
  return new CaseRowIndex(rows, s.cases.searchKey).query(q).map((r) => r.id);
};

beforeEach(async () => {
  store = await open();
  await store.cases.putCases([c]);
  const device = await store.device.identity();
  actor = { userId: 'demo-officer-310115-01', deviceId: device.deviceId, now: () => new Date((t += 60_000)) };
  await activities.recordActivity(store.db, actor, {
    id: newId(),
    caseId: c.id,
    partyId: borrower.id,
    channel: 'phone',
    phoneId: borrower.phones[0]!.id,
    addressId: null,
    outcome: 'no_answer',
    notes: NOTE,
    nextAction: null,
    nextActionDate: null,
    at: new Date(t).toISOString(),
    userId: actor.userId,
    deviceId: actor.deviceId,
    override: null,
  });
  await contacts.addPhone(store.db, actor, c.id, borrower.id, { number: NEW_PHONE, kind: 'mobile', source: 'collector' });
  await visits.addAttachment(store.db, actor, { caseId: c.id, fileName: 'door.jpg', mimeType: 'image/jpeg', bytes: photo, owner: null });
  await store.savedViews.save({ id: 'v1', name: '查号', filters: EMPTY_FILTERS, sort: { column: 'dpd', direction: 'desc' }, search: ID, hiddenColumns: [], createdAt: new Date(t).toISOString() });
});

afterEach(async () => {
  store.close();
  await Dexie.delete(DATABASE_NAMES.live);
});

describe('personal data at rest', () => {
  it('leaves no ID number, phone, address, note or photo in plain text in IndexedDB, audit log and outbox included', async () => {
    const raw = await rawDump(DATABASE_NAMES.live);
    // The dump does contain the records: the check below is not vacuous.
    expect(raw).toContain(c.caseNumber);
    expect(raw).toContain('王秀英');
    for (const secret of [PHONE, ID, ID.slice(-6), ADDRESS_LINE, NOTE, NEW_PHONE, PHOTO_TEXT, c.accounts[0]!.accountNumber]) {
      expect(raw.includes(secret), `${secret} is in IndexedDB in plain text`).toBe(false);
    }
    // The list shows the masked phone, which the row keeps in the clear on purpose.
    expect(raw).toContain('138****0042');
    // Every store that carries a copy was written: records, audit entries and outbox mutations.
    const records = await rawRecords(DATABASE_NAMES.live);
    expect(records.activities).toHaveLength(1);
    expect(records.attachmentBlobs).toHaveLength(1);
    expect(records.audit!.length).toBeGreaterThanOrEqual(3);
    expect(records.outbox!.length).toBeGreaterThanOrEqual(3);
    expect(records.savedViews).toHaveLength(1);
  });

  it('seals what sign-in keeps (refresh token, verifier, profile); the sync cursor and key check stay readable', async () => {
    const TOKEN = 'REFRESH-TOKEN-THAT-SIGNS-A-LAPTOP-IN-0123456789';
    const SALT = '5a17'.repeat(8);
    const profile = { id: 'demo-officer-310115-01', name: '陈静', role: 'collector' as const, branchCode: '310115' };
    await writeRefresh(store.db, { userId: profile.id, token: TOKEN, expiresAt: '2026-12-23T02:00:00Z' });
    await rememberUser(store.db, profile, { v: 1, kdf: 'pbkdf2-sha256', iterations: 310_000, salt: SALT, hash: 'ab'.repeat(32) }, new Date(t));
    await store.db.meta.put({ key: 'sync.cursor', value: 'v1.42.1795000000000' });
    const raw = await rawDump(DATABASE_NAMES.live);
    for (const secret of [TOKEN, SALT, '陈静']) expect(raw.includes(secret), `${secret} is in IndexedDB in plain text`).toBe(false);
    expect(raw).toContain('v1.42.1795000000000');
    expect(raw).toContain('crypto.keyCheck');
    expect((await readRefresh(store.db))?.token).toBe(TOKEN);
    expect((await knownUser(store.db, profile.id))?.profile.name).toBe('陈静');
  });

  it('reads everything back through the app as it was written, and the audit chain still verifies', async () => {
    const back = await store.cases.get(c.id);
    expect(back!.parties[0]!.idNumber).toBe(ID);
    expect(back!.parties[0]!.phones.map((p) => p.number)).toEqual([PHONE, NEW_PHONE]);
    expect(back!.parties[0]!.addresses[0]!.line).toBe(ADDRESS_LINE);
    const [activity] = await activities.activitiesOfCase(store.db, c.id);
    expect(activity!.notes).toBe(NOTE);
    const blob = await store.db.attachmentBlobs.toArray();
    expect(Array.from(blob[0]!.bytes)).toEqual(Array.from(photo));
    expect(verifyAuditChain(await store.db.audit.orderBy('seq').toArray()).ok).toBe(true);
    const outbox = await store.db.outbox.toArray();
    expect(dump(outbox)).toContain(NEW_PHONE);
    expect((await store.savedViews.list())[0]!.search).toBe(ID);
  });

  it('lists rows with a masked phone and finds a case by name, phone, phone tail, ID tail and full ID', async () => {
    const rows = await store.cases.listRows();
    expect(rows[0]!.borrowerPhone).toBe('138****0042');
    expect(rows[0]).not.toHaveProperty('sensitiveTerms');
    for (const q of ['王秀', PHONE, '138-1234-0042', NEW_PHONE, '0042', '31002x', '002X', ID, c.accounts[0]!.accountNumber, c.caseNumber]) {
      expect(search(store, rows, q), q).toEqual([c.id]);
    }
    // Exact terms only: the middle of an ID number or a phone prefix finds nothing.
    expect(search(store, rows, '110105')).toEqual([]);
    expect(search(store, rows, '1381234')).toEqual([]);
    // Without the store's key the blind indexes match nothing.
    expect(new CaseRowIndex(rows).query({ filters: EMPTY_FILTERS, search: PHONE, sort: { column: 'caseNumber', direction: 'asc' } })).toEqual([]);
  });

  it('refuses to open with a different key, with a reason, and leaves the data as it was', async () => {
    store.close();
    const before = await rawDump(DATABASE_NAMES.live);
    const wrong = await openStore('live', undefined, undefined, keySource(fixedKey(8)));
    expect(wrong).toMatchObject({ ok: false, failure: 'wrong_key' });
    expect(await rawDump(DATABASE_NAMES.live)).toBe(before);

    const missing = await openStore('live', undefined, undefined, { load: () => Promise.reject(new Error('no key store')), forget: async () => {} });
    expect(missing).toMatchObject({ ok: false, failure: 'key_unavailable' });

    store = await open();
    expect((await store.cases.get(c.id))!.parties[0]!.idNumber).toBe(ID);
  });
});
