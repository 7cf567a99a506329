import type { Table } from 'dexie';
import { appendAudit, type AuditEntry } from '../../../shared/audit';
import { hlcNow, makeOutboxEntry, newId, type MutationArgsInput, type MutationName } from '../../../shared/sync';
import type { RecoveryDeskDb } from './database';

/** Who is making a change, on which device, when: every change records all three. */
export interface Actor {
  userId: string;
  deviceId: string;
  now: () => Date;
}

export interface AuditSpec {
  action: string;
  entity: { kind: string; id: string };
  caseId: string | null;
  before: unknown;
  after: unknown;
}

/** One intent mutation, its args typed by its name. */
export type PendingMutation = { [N in MutationName]: { name: N; args: MutationArgsInput<N> } }[MutationName];

export interface Change {
  /** Tables the change writes besides the audit log, the outbox and the counters. */
  tables: Table[];
  /** Writes the change itself; runs inside the transaction. May return mutations it implies (a status change). */
  apply: () => Promise<PendingMutation[] | void>;
  /** What the audit log says; a function when it depends on what apply wrote (a new receipt's number). */
  audit: AuditSpec | (() => AuditSpec);
  /** The intent mutations that carry the change to head office; none for purely local changes. */
  mutations: PendingMutation[];
}

/**
 * Commits one change: the records, its audit entry (chained to the previous one by hash) and its outbox
 * entry, in ONE IndexedDB transaction, so a crash leaves either all of them or none. Nothing awaited in
 * here may be outside IndexedDB (Dexie would commit the transaction early), hence synchronous hashing.
 * Called inside an action (store/runAction.ts) it joins the action's transaction, so every
 * change one user operation implies (a contact, its status, its promise) commits or fails together.
 */
export async function commitChange(db: RecoveryDeskDb, actor: Actor, change: Change): Promise<AuditEntry> {
  return db.transaction('rw', [...change.tables, db.audit, db.outbox, db.counters, db.meta], async () => {
    const implied = (await change.apply()) ?? [];
    const spec = typeof change.audit === 'function' ? change.audit() : change.audit;
    const at = actor.now();
    const prev = (await db.audit.orderBy('seq').last()) ?? null;
    const entry = appendAudit(prev, {
      id: newId(),
      at: at.toISOString(),
      userId: actor.userId,
      deviceId: actor.deviceId,
      action: spec.action,
      entity: spec.entity,
      caseId: spec.caseId,
      before: toJson(spec.before),
      after: toJson(spec.after),
    });
    await db.audit.add(entry);
    for (const mutation of [...change.mutations, ...implied]) {
      const mutationId = await nextCounter(db, 'mutation');
      // The clock is hybrid so the order of changes survives a device clock that is hours off.
      const lastHlc = ((await db.meta.get('hlc'))?.value as string | undefined) ?? null;
      const hlc = hlcNow(lastHlc, at.getTime(), actor.deviceId);
      await db.meta.put({ key: 'hlc', value: hlc });
      await db.outbox.add(
        makeOutboxEntry({
          mutationId,
          name: mutation.name,
          args: mutation.args,
          userId: actor.userId,
          deviceId: actor.deviceId,
          hlc,
          createdAt: at.toISOString(),
        } as Parameters<typeof makeOutboxEntry>[0]),
      );
    }
    return entry;
  });
}

/** A per-device counter that never goes back (receipt numbers, mutation ids). Call inside a transaction. */
export async function nextCounter(db: RecoveryDeskDb, name: string): Promise<number> {
  const current = (await db.counters.get(name))?.value ?? 0;
  await db.counters.put({ name, value: current + 1 });
  return current + 1;
}

/** The audit log stores plain JSON: drop undefined and class instances. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
