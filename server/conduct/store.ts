import type { ConductException, ConductExceptionsQuery, RecheckResult, RecheckSubject } from '../../shared/conduct';
import type { Queryable } from '../db/types';
import { publishExceptions } from './publish';

/** Conduct exceptions at head office (migration 23; docs/server.md, "Conduct re-checked at head office"). */

export interface FoundExceptions {
  subject: RecheckSubject;
  branchCode: string;
  userId: string;
  deviceId: string;
  result: RecheckResult;
  /** Rule id → the override already at head office that covers it. */
  overridden: ReadonlyMap<string, string>;
}

/** One row per rule broken; the same record judged again (it cannot be: insert-only) writes nothing more. */
export async function storeExceptions(tx: Queryable, f: FoundExceptions): Promise<void> {
  const s = f.subject;
  const stored: string[] = [];
  for (const finding of f.result.findings) {
    const overriddenBy = finding.action === 'override' ? (f.overridden.get(finding.ruleId) ?? null) : null;
    const res = await tx.query<{ id: string | number }>(
      `INSERT INTO conduct_exceptions (record_kind, record_id, case_id, branch_code, user_id, device_id, rule_id, action, message_key, params, clock,
                                       claimed_at, received_at, skew_minutes, found_at, overridden_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, $13, $14, $13, $15)
       ON CONFLICT (record_kind, record_id, rule_id) DO NOTHING
       RETURNING id`,
      [s.recordKind, s.recordId, s.caseRecord.id, f.branchCode, f.userId, f.deviceId, finding.ruleId, finding.action, finding.messageKey,
        JSON.stringify(finding.params), finding.clock, s.claimedAt, s.receivedAt, f.result.skewMinutes, overriddenBy],
    );
    stored.push(...res.rows.map((r) => String(r.id)));
  }
  await publishExceptions(tx, stored, s.receivedAt);
}

/** A supervisor's override for a record covers the exceptions of the rules it names (only rules that needed one). */
export async function coverByOverride(tx: Queryable, recordId: string, ruleIds: readonly string[], overrideId: string, nowIso: string): Promise<void> {
  const res = await tx.query<{ id: string | number }>(
    `UPDATE conduct_exceptions SET overridden_by = $3
      WHERE record_id = $1 AND rule_id = ANY($2::text[]) AND action = 'override' AND overridden_by IS NULL
      RETURNING id`,
    [recordId, ruleIds, overrideId],
  );
  // Sent again to the branch's supervisors: a covered exception no longer counts.
  await publishExceptions(tx, res.rows.map((r) => String(r.id)), nowIso);
}

export interface ExceptionRow {
  id: string | number;
  record_kind: ConductException['recordKind'];
  record_id: string;
  case_id: string;
  case_number: string | null;
  branch_code: string;
  user_id: string;
  device_id: string;
  rule_id: string;
  action: ConductException['action'];
  message_key: string;
  params: ConductException['params'];
  clock: ConductException['clock'];
  claimed_at: Date | string;
  received_at: Date | string;
  skew_minutes: number;
  found_at: Date | string;
  overridden_by: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | string | null;
  review_note: string | null;
}

const iso = (v: Date | string) => new Date(v).toISOString();

/**
 * The exceptions a reader may see, newest first. branchCode null: every branch. Days are head office's days
 * (Asia/Shanghai), inclusive.
 */
export async function listExceptions(db: Queryable, branchCode: string | null, q: ConductExceptionsQuery): Promise<ConductException[]> {
  const res = await db.query<ExceptionRow>(
    `SELECT x.id, x.record_kind, x.record_id, x.case_id, c.case_number, x.branch_code, x.user_id, x.device_id, x.rule_id, x.action, x.message_key,
            x.params, x.clock, x.claimed_at, x.received_at, x.skew_minutes, x.found_at, x.overridden_by,
            x.reviewed_by, x.reviewed_at, x.review_note
       FROM conduct_exceptions x LEFT JOIN cases c ON c.id = x.case_id
      WHERE ($1::text IS NULL OR x.branch_code = $1)
        AND ($2::text IS NULL OR x.user_id = $2)
        AND ($3::text IS NULL OR x.rule_id = $3)
        AND ($4::date IS NULL OR x.found_at >= ($4::date)::timestamp AT TIME ZONE 'Asia/Shanghai')
        AND ($5::date IS NULL OR x.found_at < ($5::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
        AND ($6::boolean OR x.overridden_by IS NULL)
      ORDER BY x.found_at DESC, x.id DESC
      LIMIT $7`,
    [branchCode, q.userId ?? null, q.ruleId ?? null, q.from ?? null, q.to ?? null, q.includeOverridden === 'true', q.limit ?? 200],
  );
  return res.rows.map(exceptionOfRow);
}

/** A row of conduct_exceptions (and its case's number) as the console and the devices get it. */
export function exceptionOfRow(r: ExceptionRow): ConductException {
  return {
    id: String(r.id),
    recordKind: r.record_kind,
    recordId: r.record_id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    branchCode: r.branch_code,
    userId: r.user_id,
    deviceId: r.device_id,
    ruleId: r.rule_id,
    action: r.action,
    messageKey: r.message_key,
    params: r.params,
    clock: r.clock,
    claimedAt: iso(r.claimed_at),
    receivedAt: iso(r.received_at),
    skewMinutes: Number(r.skew_minutes),
    foundAt: iso(r.found_at),
    overriddenBy: r.overridden_by,
    reviewedBy: r.reviewed_by ?? null,
    reviewedAt: r.reviewed_at ? iso(r.reviewed_at) : null,
    reviewNote: r.review_note ?? null,
  };
}
