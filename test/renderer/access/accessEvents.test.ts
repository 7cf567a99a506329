import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { openStore, type Store } from '../../../renderer/src/store/openStore';
import { DATABASE_NAMES } from '../../../renderer/src/store/database';
import { accessEventsOnDevice, recordAccessEvent } from '../../../renderer/src/access/repository/accessEvents';
import { OutboxEntrySchema } from '../../../shared/sync';
import { verifyAuditChain } from '../../../shared/audit';

let store: Store;
beforeEach(async () => {
  const r = await openStore('live');
  if (!r.ok) throw new Error(r.detail);
  store = r.store;
});
afterEach(async () => {
  store.close();
  await Dexie.delete(DATABASE_NAMES.live);
});

describe('recordAccessEvent', () => {
  it('writes an audit entry and a syncable outbox mutation for an unmask, with the field and reason', async () => {
    const at = new Date('2026-11-23T02:00:00Z');
    const audit = await recordAccessEvent(store.db, {
      kind: 'unmask', userId: 'u-7', caseId: 'demo-case-00042', field: 'phone', subjectId: 'demo-phone-00042-1-1', reason: '核实身份：借款人来电', at,
    });
    const outbox = await store.db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    const entry = OutboxEntrySchema.parse(outbox[0]);
    expect(entry).toMatchObject({
      name: 'recordAccessEvent',
      userId: 'u-7',
      caseId: 'demo-case-00042',
      deviceId: (await store.device.identity()).deviceId,
      args: { kind: 'unmask', userId: 'u-7', caseId: 'demo-case-00042', field: 'phone', subjectId: 'demo-phone-00042-1-1', reason: '核实身份：借款人来电', detail: null, at: at.toISOString() },
    });
    expect(audit).toMatchObject({ action: 'access.unmask', caseId: 'demo-case-00042', userId: 'u-7', at: at.toISOString() });
    // The value itself (the phone number) is never in the trail: only which record was revealed.
    expect(JSON.stringify(audit)).not.toMatch(/1[3-9]\d{9}/);
  });

  it('keeps the audit chain intact across events and lists them newest first', async () => {
    await recordAccessEvent(store.db, { kind: 'sign_in', userId: 'u-7', at: new Date('2026-11-23T01:00:00Z') });
    await recordAccessEvent(store.db, { kind: 'export', userId: 'u-7', detail: 'case list CSV, 12 rows', at: new Date('2026-11-23T01:05:00Z') });
    await recordAccessEvent(store.db, { kind: 'sign_in_failed', userId: null, detail: 'name tried: zhangsan' }, { actorUserId: 'u-7' });
    const trail = await store.db.audit.orderBy('seq').toArray();
    expect(verifyAuditChain(trail).ok).toBe(true);
    expect((await accessEventsOnDevice(store.db)).map((e) => e.action)).toEqual(['access.sign_in_failed', 'access.export', 'access.sign_in']);
    const failed = (await store.db.outbox.toArray()).at(-1)!;
    expect(failed).toMatchObject({ userId: 'u-7', caseId: null, args: { kind: 'sign_in_failed', userId: null } });
  });

  it('refuses an unmask without a reason and writes nothing', async () => {
    await expect(recordAccessEvent(store.db, { kind: 'unmask', userId: 'u-7', caseId: 'c-1', field: 'id_number', subjectId: 'p-1', reason: '  ' })).rejects.toBeInstanceOf(ZodError);
    expect(await store.db.outbox.count()).toBe(0);
    expect(await store.db.audit.count()).toBe(0);
  });
});
