import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { openStore, type Store } from '../../../renderer/src/store/openStore';
import { DATABASE_NAMES } from '../../../renderer/src/store/database';
import type { ActionContext } from '../../../renderer/src/store/runAction';
import type { Case } from '../../../shared/domain/case';

export const collector = { id: 'u-collector', role: 'collector' as const, branchCode: '310115' };
export const supervisor = { id: 'u-super', role: 'supervisor' as const, branchCode: '310115' };

/** A fresh store with the given cases, and an action context for an operator at a fixed, advancing time. */
export async function openTestStore(cases: Case[]): Promise<{ store: Store; contextFor: (operator: ActionContext['operator'], at?: string) => ActionContext }> {
  const r = await openStore('live');
  if (!r.ok) throw new Error(r.detail);
  await r.store.cases.putCases(cases);
  const device = await r.store.device.identity();
  return {
    store: r.store,
    contextFor: (operator, at = '2026-11-23T02:00:00Z') => {
      let t = Date.parse(at);
      return { db: r.store.db, actor: { userId: operator.id, deviceId: device.deviceId, now: () => new Date((t += 1_000)) }, operator, device };
    },
  };
}

export async function closeTestStore(store: Store): Promise<void> {
  store.close();
  await Dexie.delete(DATABASE_NAMES.live);
}

/** Everything an action can write, counted: "nothing written" means all of it is as before. */
export async function footprint(store: Store) {
  const db = store.db;
  const [activities, promises, payments, plans, receipts, visits, disputes, letters, audit, outbox, counters, c] = await Promise.all([
    db.activities.count(),
    db.promises.count(),
    db.payments.count(),
    db.plans.count(),
    db.receipts.count(),
    db.visits.count(),
    db.disputes.count(),
    db.letters.count(),
    db.audit.count(),
    db.outbox.count(),
    db.counters.toArray(),
    db.cases.toArray(),
  ]);
  return { activities, promises, payments, plans, receipts, visits, disputes, letters, audit, outbox, counters, cases: c.map((x) => [x.id, x.status, x.updatedAt]) };
}
