import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../renderer/src/store/openStore';
import { DATABASE_NAMES } from '../../../renderer/src/store/database';
import { activities, contacts, promises, receipts, auditTrail, TransitionRefused, type Actor } from '../../../renderer/src/fieldwork/repository';
import { OutboxEntrySchema, newId } from '../../../shared/sync';
import { verifyAuditChain } from '../../../shared/audit';
import { makeCase } from '../../fixtures/cases';

let store: Store;
let actor: Actor;
let deviceCode: string;
const caseRecord = makeCase(1, { dpd: 40 });
let t = Date.parse('2026-11-23T02:00:00Z');

beforeEach(async () => {
  const r = await openStore('live');
  if (!r.ok) throw new Error(r.detail);
  store = r.store;
  await store.cases.putCases([caseRecord]);
  const device = await store.device.identity();
  deviceCode = device.deviceCode;
  actor = { userId: 'demo-officer-310115-01', deviceId: device.deviceId, now: () => new Date((t += 60_000)) };
});
afterEach(async () => {
  store.close();
  await Dexie.delete(DATABASE_NAMES.live);
});

const call = (outcome: 'no_answer' | 'promise' | 'dispute') => ({
  id: newId(),
  caseId: caseRecord.id,
  partyId: caseRecord.parties[0]!.id,
  channel: 'phone' as const,
  phoneId: caseRecord.parties[0]!.phones[0]!.id,
  addressId: null,
  outcome,
  notes: '',
  nextAction: null,
  nextActionDate: null,
  at: new Date(t).toISOString(),
  userId: actor.userId,
  deviceId: actor.deviceId,
  override: null,
});

describe('field work is written with its audit entry and outbox mutation in one transaction', () => {
  it('records an activity, moves the case on, and queues both mutations in order', async () => {
    await activities.recordActivity(store.db, actor, call('promise'));
    const outbox = await store.db.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((m) => [m.mutationId, m.name])).toEqual([
      [1, 'recordActivity'],
      [2, 'setCaseStatus'],
    ]);
    for (const m of outbox) OutboxEntrySchema.parse(m);
    expect((await store.cases.get(caseRecord.id))!.status).toBe('promised');
    const [row] = await store.cases.listRows();
    expect(row!.status).toBe('promised');
    const audit = await store.db.audit.toArray();
    expect(audit.map((a) => a.action)).toEqual(['activity.record']);
  });

  it('writes nothing when the change is invalid', async () => {
    await expect(activities.recordActivity(store.db, actor, { ...call('no_answer'), phoneId: null })).rejects.toThrow();
    expect(await store.db.activities.count()).toBe(0);
    expect(await store.db.audit.count()).toBe(0);
    expect(await store.db.outbox.count()).toBe(0);
  });

  it('leaves the status where the state machine forbids a move, and a refused transition writes nothing', async () => {
    // A dispute on a settled case: the activity would be written, but the case cannot go on hold from settled...
    await store.db.cases.update(caseRecord.id, { status: 'closed' });
    await activities.recordActivity(store.db, actor, call('dispute'));
    // ...statusAfterOutcome returns null for a move the machine forbids, so the activity stands alone.
    expect((await store.cases.get(caseRecord.id))!.status).toBe('closed');
    await expect(contacts.setCaseStatus(store.db, actor, caseRecord.id, 'contacting', null, '')).rejects.toBeInstanceOf(TransitionRefused);
    expect((await store.db.outbox.toArray()).map((m) => m.name)).toEqual(['recordActivity']);
  });

  it('rolls back the record, its audit entry and its mutation when a later step of the change fails', async () => {
    const { commitChange } = await import('../../../renderer/src/fieldwork/repository');
    const activity = call('no_answer');
    await expect(
      commitChange(store.db, actor, {
        tables: [store.db.activities],
        apply: async () => {
          await store.db.activities.add(activity);
          throw new Error('disk full');
        },
        audit: { action: 'activity.record', entity: { kind: 'activity', id: activity.id }, caseId: caseRecord.id, before: null, after: activity },
        mutations: [],
      }),
    ).rejects.toThrow('disk full');
    expect(await store.db.activities.count()).toBe(0);
    expect(await store.db.audit.count()).toBe(0);
  });

  it('numbers receipts from the device code and a counter that never repeats, and voids without deleting', async () => {
    const input = { caseId: caseRecord.id, payerName: '测试1', amountFen: 50_000, method: 'cash' as const, receivedAt: new Date(t).toISOString() };
    const first = await receipts.recordReceipt(store.db, actor, deviceCode, input);
    const second = await receipts.recordReceipt(store.db, actor, deviceCode, input);
    expect(first.number).toBe(`SK-${deviceCode}-000001`);
    expect(second.number).toBe(`SK-${deviceCode}-000002`);
    await receipts.voidReceipt(store.db, actor, first.id, '金额录入错误，重开');
    await expect(receipts.voidReceipt(store.db, actor, first.id, '再次作废的理由')).rejects.toMatchObject({ code: 'already_voided' });
    expect(await store.db.receipts.count()).toBe(2);
    const { payments } = await promises.promisesAndPayments(store.db, caseRecord.id);
    expect(payments.map((p) => p.amountFen)).toEqual([50_000]);
  });

  it('keeps a hash chain across changes, and a tampered entry is detected', async () => {
    await activities.recordActivity(store.db, actor, call('no_answer'));
    await activities.recordActivity(store.db, actor, call('no_answer'));
    await contacts.addPhone(store.db, actor, caseRecord.id, caseRecord.parties[0]!.id, { number: '13900001111', kind: 'mobile', source: 'skip_trace' });
    expect(await auditTrail.verifyDeviceChain(store.db)).toEqual({ ok: true });
    const entries = await store.db.audit.orderBy('seq').toArray();
    const tampered = entries.map((e) => (e.seq === 2 ? { ...e, after: { ...(e.after as object), notes: '改过的备注' } } : e));
    expect(verifyAuditChain(tampered)).toMatchObject({ ok: false, firstBadSeq: 2, reason: 'hash_mismatch' });
  });

  it('adds and retires a phone without overwriting it', async () => {
    const party = caseRecord.parties[0]!;
    const added = await contacts.addPhone(store.db, actor, caseRecord.id, party.id, { number: '13900001111', kind: 'mobile', source: 'skip_trace' });
    await contacts.retirePhone(store.db, actor, caseRecord.id, party.id, party.phones[0]!.id, '空号，无法接通');
    const phones = (await store.cases.get(caseRecord.id))!.parties[0]!.phones;
    expect(phones.map((p) => [p.number, p.retiredReason])).toEqual([
      [party.phones[0]!.number, '空号，无法接通'],
      [added.number, null],
    ]);
  });
});
