import { appendAudit, type AuditEntry } from '../../../../shared/audit';
import type { Case } from '../../../../shared/domain/case';
import { summarizeCase } from '../../../../shared/domain/caseSummary';
import { assignmentArgs, assignmentEdit, type AssignableOfficer } from '../../../../shared/records/assignment';
import { hlcNow, makeOutboxEntry, newId, type OutboxEntry } from '../../../../shared/sync';
import type { RecoveryDeskDb } from '../../store/database';
import type { Actor } from '../../store/unitOfWork';

/** One case going to one officer, as the action checked it. */
export interface AssignmentWrite {
  before: Case;
  officer: AssignableOfficer;
}

/**
 * Writes N reassignments at once: each case's new assignment and list row, one audit entry per case (chained
 * in order) and one assignCase outbox entry per case, with bulk writes instead of a round of reads and writes
 * per case, so a few thousand cases take a moment, not minutes. Call inside the action's transaction (it
 * joins it): all of it commits, or none.
 */
export async function writeAssignments(db: RecoveryDeskDb, actor: Actor, writes: readonly AssignmentWrite[], reason: string): Promise<Case[]> {
  if (writes.length === 0) return [];
  return db.transaction('rw', [db.cases, db.caseRows, db.audit, db.outbox, db.counters, db.meta], async () => {
    const at = actor.now().toISOString();
    const wallMs = Date.parse(at);
    const updated: Case[] = [];
    const audit: AuditEntry[] = [];
    const outbox: OutboxEntry[] = [];
    let prev = (await db.audit.orderBy('seq').last()) ?? null;
    let mutationId = (await db.counters.get('mutation'))?.value ?? 0;
    let hlc = ((await db.meta.get('hlc'))?.value as string | undefined) ?? null;
    for (const { before, officer } of writes) {
      const args = assignmentArgs(newId(), before, officer, reason, at);
      const next = assignmentEdit(before, args);
      if (!next) continue;
      const c: Case = { ...next, updatedAt: at };
      updated.push(c);
      prev = appendAudit(prev, {
        id: newId(), at, userId: actor.userId, deviceId: actor.deviceId, action: 'case.assign', entity: { kind: 'case', id: c.id }, caseId: c.id,
        before: { officerId: before.assignment.officerId, officerName: before.assignment.officerName },
        after: { officerId: officer.id, officerName: officer.name, reason: args.reason },
      });
      audit.push(prev);
      hlc = hlcNow(hlc, wallMs, actor.deviceId);
      mutationId++;
      outbox.push(makeOutboxEntry({ mutationId, name: 'assignCase', args, userId: actor.userId, deviceId: actor.deviceId, hlc, createdAt: at }));
    }
    await db.cases.bulkPut(updated);
    await db.caseRows.bulkPut(updated.map((c) => summarizeCase(c)));
    await db.audit.bulkAdd(audit);
    await db.outbox.bulkAdd(outbox);
    await db.counters.put({ name: 'mutation', value: mutationId });
    if (hlc !== null) await db.meta.put({ key: 'hlc', value: hlc });
    return updated;
  });
}

/** The cases of `ids` on this device, in that order (undefined where one is not here). */
export const casesByIds = (db: RecoveryDeskDb, ids: readonly string[]): Promise<(Case | undefined)[]> => db.cases.bulkGet([...ids]);

/**
 * The borrower's district (区/县) of each case, for a plan within districts: from the first address not
 * retired ('' when none). Reads the whole cases (the list rows do not carry addresses).
 */
export async function districtsOf(db: RecoveryDeskDb, ids: readonly string[]): Promise<Map<string, string>> {
  const cases = await db.cases.bulkGet([...ids]);
  const out = new Map<string, string>();
  for (const c of cases) {
    if (!c) continue;
    const borrower = c.parties.find((p) => p.role === 'borrower') ?? c.parties[0];
    out.set(c.id, borrower?.addresses.find((a) => a.retiredAt === null)?.district ?? '');
  }
  return out;
}
