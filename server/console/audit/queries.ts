import { CONSOLE_DEVICE_ID_PATTERN } from '../overview';
import { verifiedUpTo, type AuditChainRow, type AuditEntryRow, type AuditFindingRow } from '../../../shared/audit';
import type { AuditBreakKind } from '../../../shared/audit/chainCheck';
import type { Queryable } from '../../db/types';

/** The reads behind the console's audit page; `branchCode` null is the whole bank. */

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export async function readChains(db: Queryable, filter: { branchCode: string | null; deviceId?: string }): Promise<AuditChainRow[]> {
  const rows = await db.query<{
    device_id: string; device_code: string; user_id: string; user_name: string; branch_code: string;
    entries_held: number | null; head_seq: number | null; first_break_seq: number | null; first_break_kind: AuditBreakKind | null;
    last_received_at: Date | null; findings: number;
  }>(
    `SELECT d.id AS device_id, d.device_code, u.id AS user_id, u.name AS user_name, u.branch_code,
            c.entries_held, c.head_seq, c.first_break_seq, c.first_break_kind, c.last_received_at,
            (SELECT count(*)::integer FROM audit_findings f WHERE f.device_id = d.id) AS findings
       FROM devices d JOIN users u ON u.id = d.user_id
       LEFT JOIN audit_chains c ON c.device_id = d.id
      WHERE ($1::text IS NULL OR u.branch_code = $1) AND ($2::text IS NULL OR d.id = $2)
        -- A console browser keeps no audit log: listed only if entries ever arrived under its id.
        AND (d.id NOT LIKE $3 OR c.device_id IS NOT NULL)
      ORDER BY (c.first_break_seq IS NULL), c.entries_held DESC NULLS LAST, u.branch_code, d.device_code`,
    [filter.branchCode, filter.deviceId ?? null, CONSOLE_DEVICE_ID_PATTERN],
  );
  return rows.rows.map((r) => {
    const lastSeq = r.head_seq ?? 0;
    return {
      deviceId: r.device_id,
      deviceCode: r.device_code,
      userId: r.user_id,
      userName: r.user_name,
      branchCode: r.branch_code,
      entriesHeld: r.entries_held ?? 0,
      lastSeq,
      verifiedUpTo: verifiedUpTo(lastSeq, r.first_break_seq),
      findings: r.findings,
      lastReceivedAt: iso(r.last_received_at),
      status:
        r.first_break_seq !== null && r.first_break_kind !== null
          ? { state: 'broken', seq: r.first_break_seq, kind: r.first_break_kind }
          : (r.entries_held ?? 0) > 0
            ? { state: 'intact' }
            : { state: 'none' },
    };
  });
}

export async function readFindings(db: Queryable, filter: { branchCode: string | null; deviceId?: string }): Promise<AuditFindingRow[]> {
  const rows = await db.query<{ id: number; device_id: string; device_code: string; user_id: string; branch_code: string; seq: number; kind: AuditBreakKind; entry_seq: number; detected_at: Date }>(
    `SELECT f.id, f.device_id, d.device_code, u.id AS user_id, u.branch_code, f.seq, f.kind, f.entry_seq, f.detected_at
       FROM audit_findings f JOIN devices d ON d.id = f.device_id JOIN users u ON u.id = d.user_id
      WHERE ($1::text IS NULL OR u.branch_code = $1) AND ($2::text IS NULL OR f.device_id = $2)
      ORDER BY f.detected_at DESC, f.id DESC
      LIMIT 1000`,
    [filter.branchCode, filter.deviceId ?? null],
  );
  return rows.rows.map((r) => ({ id: r.id, deviceId: r.device_id, deviceCode: r.device_code, userId: r.user_id, branchCode: r.branch_code, seq: r.seq, kind: r.kind, entrySeq: r.entry_seq, detectedAt: iso(r.detected_at)! }));
}

/** A device's code, user and the user's branch, or null when head office has no such device. */
export async function deviceOwner(db: Queryable, deviceId: string): Promise<{ deviceCode: string; userId: string; branchCode: string } | null> {
  const found = await db.query<{ device_code: string; user_id: string; branch_code: string }>(
    'SELECT d.device_code, d.user_id, u.branch_code FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1',
    [deviceId],
  );
  const row = found.rows[0];
  return row ? { deviceCode: row.device_code, userId: row.user_id, branchCode: row.branch_code } : null;
}

export async function readEntriesAround(db: Queryable, deviceId: string, around: number, radius: number): Promise<AuditEntryRow[]> {
  const rows = await db.query<{
    seq: number; at: Date; user_id: string; action: string; entity_kind: string; entity_id: string; case_id: string | null;
    prev_hash: string; hash: string; hash_ok: boolean; in_chain: boolean; received_at: Date;
  }>(
    `SELECT seq, at, user_id, action, entity_kind, entity_id, case_id, prev_hash, hash, hash_ok, in_chain, received_at
       FROM audit_entries
      WHERE device_id = $1 AND seq BETWEEN $2 AND $3
      ORDER BY seq, id
      LIMIT 500`,
    [deviceId, Math.max(1, around - radius), around + radius],
  );
  return rows.rows.map((r) => ({
    seq: r.seq,
    at: iso(r.at)!,
    userId: r.user_id,
    action: r.action,
    entityKind: r.entity_kind,
    entityId: r.entity_id,
    caseId: r.case_id,
    prevHash: r.prev_hash,
    hash: r.hash,
    hashOk: r.hash_ok,
    inChain: r.in_chain,
    receivedAt: iso(r.received_at)!,
  }));
}
