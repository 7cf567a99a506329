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

export interface CaseWrite {
  prev: StoredCase | null;
  next: Case;
}

const moved = (w: CaseWrite) => w.prev !== null && (w.prev.branchCode !== w.next.assignment.branchCode || w.prev.officerId !== w.next.assignment.officerId);

/** Rows per statement: large enough that a portfolio of 100,000 cases takes a few hundred statements. */
const BATCH = 1_000;

/**
 * Many cases at once (an import): the same rows as writeCase for each, in a few statements per thousand
 * cases instead of two per case. A case whose assignment moved goes through writeCase (tombstone and history
 * for the new scope first); the rest get their change-log rows in one insert and their versions in one more.
 */
export async function writeCases(tx: Queryable, writes: readonly CaseWrite[], nowIso: string): Promise<void> {
  for (const w of writes) if (moved(w)) await writeCase(tx, w.prev, w.next, nowIso);
  const rest = writes.filter((w) => !moved(w));
  if (rest.length === 0) return;
  await lockChanges(tx);
  for (let i = 0; i < rest.length; i += BATCH) {
    const chunk = rest.slice(i, i + BATCH);
    const logged = await tx.query<{ seq: string | number; record_id: string }>(
      `INSERT INTO changes (kind, record_id, branch_code, officer_id, audience, created_at)
       SELECT 'case', u.id, u.branch, u.officer, 'branch', $4
         FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u(id, branch, officer, ord)
        ORDER BY u.ord
       RETURNING seq, record_id`,
      [chunk.map((w) => w.next.id), chunk.map((w) => w.next.assignment.branchCode), chunk.map((w) => w.next.assignment.officerId), nowIso],
    );
    const seqOf = new Map(logged.rows.map((r) => [r.record_id, String(r.seq)]));
    // Column arrays for unnest(): one statement per kind of write, each a literal SQL text.
    const columns = (ws: typeof chunk) => [
      ws.map((w) => w.next.id),
      ws.map((w) => w.next.caseNumber),
      ws.map((w) => w.next.assignment.branchCode),
      ws.map((w) => w.next.assignment.officerId),
      ws.map((w) => w.next.status),
      ws.map((w) => JSON.stringify(w.next)),
      ws.map((w) => seqOf.get(w.next.id)!),
      nowIso,
    ];
    const updates = chunk.filter((w) => w.prev !== null);
    if (updates.length > 0) {
      await tx.query(
        `UPDATE cases c SET case_number = u.case_number, branch_code = u.branch, officer_id = u.officer, status = u.status, data = u.data::jsonb,
                version = c.version + 1, updated_seq = u.seq, updated_at = $8
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[]) AS u(id, case_number, branch, officer, status, data, seq)
          WHERE c.id = u.id`,
        columns(updates),
      );
    }
    const inserts = chunk.filter((w) => w.prev === null);
    if (inserts.length > 0) {
      await tx.query(
        `INSERT INTO cases (id, case_number, branch_code, officer_id, status, data, version, updated_seq, created_at, updated_at)
         SELECT u.id, u.case_number, u.branch, u.officer, u.status, u.data::jsonb, 1, u.seq, $8, $8
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[]) AS u(id, case_number, branch, officer, status, data, seq)`,
        columns(inserts),
      );
    }
  }
}
