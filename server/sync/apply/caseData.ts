import type { Case } from '../../../shared/domain/case';
import type { Queryable } from '../../db/types';
import { lockChanges } from '../../db/changeLogLock';
import { writeCase } from '../../changeLog/cases';

/**
 * The case as head office has it, locked for the rest of the push's transaction. Devices change only its
 * status and its phones and addresses; the import owns the rest (balances, DPD, classification, assignment).
 */
export interface HeadOfficeCase {
  id: string;
  data: Case;
  version: number;
  branchCode: string;
  officerId: string | null;
}

export async function lockCase(tx: Queryable, caseId: string): Promise<HeadOfficeCase | null> {
  // The change log before the case row, as the import does: one lock order, no deadlock.
  await lockChanges(tx);
  const res = await tx.query<{ id: string; data: Case; version: string | number; branch_code: string; officer_id: string | null }>(
    'SELECT id, data, version, branch_code, officer_id FROM cases WHERE id = $1 FOR UPDATE',
    [caseId],
  );
  const r = res.rows[0];
  return r ? { id: r.id, data: r.data, version: Number(r.version), branchCode: r.branch_code, officerId: r.officer_id } : null;
}

/** Writes the new version with its change-log row, so every device of the case's scope gets it. */
export async function saveCase(tx: Queryable, prev: HeadOfficeCase, next: Case, nowIso: string): Promise<void> {
  await writeCase(tx, prev, { ...next, updatedAt: nowIso }, nowIso);
}

export const caseNotHere = (caseId: string) => `case ${caseId} is not at head office`;
