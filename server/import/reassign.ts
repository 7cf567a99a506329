import type { Case } from '../../shared/domain/case';
import type { Db } from '../db/types';
import { lockChanges } from '../db/changeLogLock';
import { writeCase } from '../changeLog/cases';
import { loadCases, loadDirectory } from './store';

export type ReassignOutcome = 'reassigned' | 'unchanged';

export class ReassignError extends Error {
  override readonly name = 'ReassignError';
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
    const next: Case = {
      ...prev.data,
      assignment: { branchCode: officer.branchCode, branchName: dir.branches.get(officer.branchCode) ?? officer.branchCode, officerId, officerName: officer.name, assignedAt: nowIso },
      updatedAt: nowIso,
    };
    await writeCase(tx, prev, next, nowIso);
    return 'reassigned';
  });
}
