import type { Case } from '../../shared/domain/case';
import type { Db, Queryable } from '../db/types';
import { lockChanges } from '../db/changeLogLock';
import { writeCase, type StoredCase } from '../changeLog/cases';
import { loadCases, loadDirectory } from './store';

export type ReassignOutcome = 'reassigned' | 'unchanged';

export class ReassignError extends Error {
  override readonly name = 'ReassignError';
}

/** The officer a case goes to, as head office's users table has them. */
export interface Assignee {
  id: string;
  name: string;
  branchCode: string;
  branchName: string;
}

/**
 * Writes the case's new assignment (the import's reassignment and a supervisor's 分案 pushed from a device,
 * server/sync/apply/assignment.ts, both come here): the old scope gets a tombstone, the new one the case and its
 * history (writeCase), and the case_assignments trigger records who held it and until when. Call with the
 * change log locked.
 */
export async function writeAssignment(tx: Queryable, prev: StoredCase, officer: Assignee, nowIso: string): Promise<void> {
  const next: Case = {
    ...prev.data,
    assignment: { branchCode: officer.branchCode, branchName: officer.branchName, officerId: officer.id, officerName: officer.name, assignedAt: nowIso },
    updatedAt: nowIso,
  };
  await writeCase(tx, prev, next, nowIso);
}

/** Moves a case to an officer (and the officer's branch): the old scope gets a tombstone, the new one the case. */
export async function reassignCase(db: Db, caseId: string, officerId: string, now = new Date()): Promise<ReassignOutcome> {
  const nowIso = now.toISOString();
  return db.transaction(async (tx) => {
    await lockChanges(tx);
    const dir = await loadDirectory(tx);
    const officer = dir.users.get(officerId);
    if (!officer) throw new ReassignError(`no user ${officerId}`);
    const prev = (await loadCases(tx, [caseId])).get(caseId);
    if (!prev) throw new ReassignError(`no case ${caseId}`);
    if (prev.officerId === officerId && prev.branchCode === officer.branchCode) return 'unchanged';
    const branchName = dir.branches.get(officer.branchCode) ?? officer.branchCode;
    await writeAssignment(tx, prev, { id: officerId, name: officer.name, branchCode: officer.branchCode, branchName }, nowIso);
    return 'reassigned';
  });
}
