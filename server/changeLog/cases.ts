import type { Case } from '../../shared/domain/case';
import type { Queryable } from '../db/types';
import { lockChanges } from '../db/changeLogLock';
import { relogCaseRecords } from './records';

/**
 * Writing a case at head office, for the import and for push alike: a new version of the cases row and its
 * change-log rows, so every device of the case's scope gets it. Neither the import nor push imports the other;
 * both come here.
 */

/** Head office's copy of a case as the writers need it before writing the next version. */
export interface StoredCase {
  id: string;
  data: Case;
  version: number;
  branchCode: string;
  officerId: string | null;
}

type Tombstone = { reason: 'out_of_scope' | 'deleted'; audience: 'branch' | 'officer' };

async function logChange(tx: Queryable, kind: 'case' | 'tombstone', recordId: string, branchCode: string, officerId: string | null, nowIso: string, tombstone?: Tombstone): Promise<number> {
  await lockChanges(tx);
  const res = await tx.query<{ seq: string | number }>(
    `INSERT INTO changes (kind, record_id, branch_code, officer_id, reason, audience, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq`,
    [kind, recordId, branchCode, officerId, tombstone?.reason ?? null, tombstone?.audience ?? 'branch', nowIso],
  );
  return Number(res.rows[0]!.seq);
}

/**
 * Writes a new version of a case with its change-log rows. When its assignment moved, the old officer (and
 * the old branch, if that changed too) first get a tombstone 'out_of_scope', then the new scope gets the case.
 */
export async function writeCase(tx: Queryable, prev: StoredCase | null, next: Case, nowIso: string): Promise<void> {
  const branch = next.assignment.branchCode;
  const officer = next.assignment.officerId;
  const moved = prev !== null && (prev.branchCode !== branch || prev.officerId !== officer);
  if (prev && moved) {
    const branchMoved = prev.branchCode !== branch;
    if (branchMoved || prev.officerId !== null) {
      await logChange(tx, 'tombstone', next.id, prev.branchCode, prev.officerId, nowIso, { reason: 'out_of_scope', audience: branchMoved ? 'branch' : 'officer' });
    }
    // The new scope gets the case's history too (contacts, promises, plans, receipts, letters), logged before the
    // case itself, so a device always receives a case after every record that changed it.
    await relogCaseRecords(tx, next.id, branch, officer, nowIso);
  }
  const seq = await logChange(tx, 'case', next.id, branch, officer, nowIso);
  if (prev) {
    await tx.query(
      `UPDATE cases SET case_number = $2, branch_code = $3, officer_id = $4, status = $5, data = $6::jsonb, version = version + 1, updated_seq = $7, updated_at = $8 WHERE id = $1`,
      [next.id, next.caseNumber, branch, officer, next.status, JSON.stringify(next), seq, nowIso],
    );
  } else {
    await tx.query(
      `INSERT INTO cases (id, case_number, branch_code, officer_id, status, data, version, updated_seq, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, 1, $7, $8, $8)`,
      [next.id, next.caseNumber, branch, officer, next.status, JSON.stringify(next), seq, nowIso],
    );
  }
}
