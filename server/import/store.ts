import type { Case } from '../../shared/domain/case';
import { CASE_STATUSES, HOLD_REASONS } from '../../shared/domain/case';
import type { StoredCase } from '../changeLog/cases';
import type { Queryable } from '../db/types';
import type { Directory } from './portfolio';

/** What the import reads from and marks in head office's tables (cases, branches, users, field_records). */

export interface Stored extends StoredCase {
  /** Who set the status (migration 6). */
  statusBy: 'import' | 'device';
}

export async function loadDirectory(tx: Queryable): Promise<Directory> {
  const b = await tx.query<{ code: string; name: string }>('SELECT code, name FROM branches');
  const u = await tx.query<{ id: string; name: string; branch_code: string }>('SELECT id, name, branch_code FROM users');
  return { branches: new Map(b.rows.map((r) => [r.code, r.name])), users: new Map(u.rows.map((r) => [r.id, { name: r.name, branchCode: r.branch_code }])) };
}

export async function loadCases(tx: Queryable, ids?: readonly string[]): Promise<Map<string, Stored>> {
  type Row = { id: string; data: Case; version: string | number; branch_code: string; officer_id: string | null; status_by: 'import' | 'device' };
  const res = ids
    ? await tx.query<Row>('SELECT id, data, version, branch_code, officer_id, status_by FROM cases WHERE id = ANY($1::text[])', [ids])
    : await tx.query<Row>('SELECT id, data, version, branch_code, officer_id, status_by FROM cases');
  return new Map(res.rows.map((r) => [r.id, { id: r.id, data: r.data, version: Number(r.version), branchCode: r.branch_code, officerId: r.officer_id, statusBy: r.status_by }]));
}

export async function markStatusBy(tx: Queryable, caseIds: readonly string[], by: 'import' | 'device'): Promise<void> {
  if (caseIds.length > 0) await tx.query(`UPDATE cases SET status_by = $2 WHERE id = ANY($1::text[])`, [caseIds, by]);
}

export type DeviceStatus = { status: Case['status']; holdReason: Case['holdReason'] };

const OPEN_STATUSES: ReadonlySet<string> = new Set(CASE_STATUSES.filter((s) => s !== 'settled' && s !== 'closed'));

/**
 * The status and hold devices last set on each case (their setCaseStatus records, which head office keeps
 * whatever the import does), so a case the import settled comes back where the collectors had left it.
 */
export async function lastDeviceStatuses(tx: Queryable, caseIds: readonly string[]): Promise<Map<string, DeviceStatus>> {
  if (caseIds.length === 0) return new Map();
  const res = await tx.query<{ case_id: string; status: string | null; hold_reason: string | null }>(
    `SELECT DISTINCT ON (case_id) case_id, data->'args'->>'to' AS status, data->'args'->>'holdReason' AS hold_reason
       FROM field_records
      WHERE kind = 'setCaseStatus' AND case_id = ANY($1::text[])
      ORDER BY case_id, received_at DESC, mutation_id DESC`,
    [caseIds],
  );
  const out = new Map<string, DeviceStatus>();
  for (const r of res.rows) {
    if (!r.status || !OPEN_STATUSES.has(r.status)) continue;
    const hold = r.hold_reason && (HOLD_REASONS as readonly string[]).includes(r.hold_reason) ? (r.hold_reason as NonNullable<Case['holdReason']>) : null;
    if ((r.status === 'on_hold') !== (hold !== null)) continue;
    out.set(r.case_id, { status: r.status as Case['status'], holdReason: hold });
  }
  return out;
}

/** The latest snapshot date head office has from any extract: the as-of date of the last one applied. */
export function lastSnapshotDate(stored: ReadonlyMap<string, Stored>): string | null {
  let last: string | null = null;
  for (const s of stored.values()) for (const a of s.data.accounts) if (last === null || a.snapshotDate > last) last = a.snapshotDate;
  return last;
}
