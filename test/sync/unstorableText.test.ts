import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecoveryDeskDb } from '../../renderer/src/store/database';
import { activities, type Actor } from '../../renderer/src/fieldwork/repository';
import { openStore } from '../../renderer/src/store/openStore';
import type { Activity } from '../../shared/fieldwork/records';
import { newId } from '../../shared/sync';

/**
 * Text PostgreSQL cannot store never reaches the outbox (issue 11): the app's own repository refuses the change
 * whole — no record, no audit entry, no outbox entry — so it can never wedge the device's pushes.
 */
describe('a change with a NUL or a lone surrogate, on the device', () => {
  let db: RecoveryDeskDb;
  const actor: Actor = { userId: 'demo-officer-310115-01', deviceId: 'DTEXT1', now: () => new Date('2026-11-23T01:00:00Z') };
  const activity = (notes: string, nextAction: string | null = null): Activity => ({
    id: newId(),
    caseId: 'demo-case-00042',
    partyId: 'demo-party-00042-1',
    channel: 'phone',
    phoneId: 'demo-phone-00042-1-1',
    addressId: null,
    outcome: 'no_answer',
    notes,
    nextAction,
    nextActionDate: null,
    at: '2026-11-23T09:00:00+08:00',
    userId: actor.userId,
    deviceId: actor.deviceId,
    override: null,
  });
  beforeAll(async () => {
    const opened = await openStore('live', new IDBFactory(), IDBKeyRange);
    if (!opened.ok) throw new Error(opened.failure);
    db = opened.store.db;
  });
  afterAll(() => db.close());

  it.each([
    ['a NUL in the notes', activity('本人接听\u0000')],
    ['a lone surrogate in the notes', activity('\uDC00')],
    ['a lone surrogate in the next action', activity('', '回访\uD83D')],
  ])('%s: refused, and nothing is written', async (_what, bad) => {
    await expect(activities.recordActivity(db, actor, bad)).rejects.toThrow(/NUL|surrogate|control/);
    expect(await db.activities.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });

  it('the same contact with storable text goes to the outbox', async () => {
    await activities.recordActivity(db, actor, activity('本人接听\n下周回访\t😀'));
    expect(await db.outbox.count()).toBe(1);
  });
});
