import type { Case } from '../../../shared/domain/case';
import type { ReferralRow } from '../../../shared/legal/consoleApi';
import type { ReferralStatus } from '../../../shared/legal/status';
import { LegalStepRecordSchema, type LegalStepRecord } from '../../../shared/records/legalStep';
import { ReferLegalArgsSchema } from '../../../shared/records/legalReferral';
import type { Queryable } from '../../db/types';

/** What the console's legal routes read from head office's records (field_records, cases). */

type Decided = { args: { decision: string; reason: string; decidedAt: string } } | null;

interface ReferralQueryRow {
  id: string;
  case_id: string;
  user_id: string;
  args: unknown;
  case_number: string;
  branch_code: string;
  case_data: Case;
  decided: Decided;
  decided_by: string | null;
  reviewed: Decided;
  reviewed_by: string | null;
}

const statusOf = (r: ReferralQueryRow): ReferralStatus =>
  r.reviewed ? (r.reviewed.args.decision === 'accept' ? 'accepted' : 'returned') : r.decided ? (r.decided.args.decision === 'approve' ? 'approved' : 'rejected') : 'proposed';

const decisionOf = (d: Decided, by: string | null) => (d && by ? { by, at: d.args.decidedAt, reason: d.args.reason } : null);

/** Referrals with their decisions, newest first; of one branch (null: every branch), one status, or one id. */
export async function referralsOf(db: Queryable, branchCode: string | null, status: ReferralStatus | null, id?: string): Promise<ReferralRow[]> {
  const res = await db.query<ReferralQueryRow>(
    `SELECT r.id, r.case_id, r.user_id, r.data -> 'args' AS args, c.case_number, c.branch_code, c.data AS case_data,
            d.data AS decided, d.user_id AS decided_by, v.data AS reviewed, v.user_id AS reviewed_by
       FROM field_records r
       JOIN cases c ON c.id = r.case_id
       LEFT JOIN field_records d ON d.kind = 'decideLegalReferral' AND d.id = r.id
       LEFT JOIN field_records v ON v.kind = 'reviewLegalReferral' AND v.id = r.id
      WHERE r.kind = 'referLegal' AND ($1::text IS NULL OR c.branch_code = $1) AND ($2::text IS NULL OR r.id = $2)
      ORDER BY r.received_at DESC
      LIMIT 500`,
    [branchCode, id ?? null],
  );
  const rows: ReferralRow[] = [];
  for (const r of res.rows) {
    const args = ReferLegalArgsSchema.safeParse(r.args);
    if (!args.success) continue;
    const s = statusOf(r);
    if (status !== null && s !== status) continue;
    const borrower = r.case_data.parties.find((p) => p.role === 'borrower');
    rows.push({
      id: r.id, caseId: r.case_id, caseNumber: r.case_number, branchCode: r.branch_code, borrowerName: borrower?.name ?? null,
      proceeding: args.data.proceeding, reasons: args.data.reasons, checklist: args.data.checklist, claimFen: args.data.claimFen, claimAsOf: args.data.claimAsOf,
      makerId: r.user_id, referredAt: args.data.referredAt, status: s,
      supervisorDecision: decisionOf(r.decided, r.decided_by), headOfficeDecision: decisionOf(r.reviewed, r.reviewed_by),
    });
  }
  return rows;
}

export async function caseOf(db: Queryable, caseId: string): Promise<{ caseNumber: string; branchCode: string; timeZone: string } | null> {
  const res = await db.query<{ case_number: string; branch_code: string; data: Case }>('SELECT case_number, branch_code, data FROM cases WHERE id = $1', [caseId]);
  const r = res.rows[0];
  return r ? { caseNumber: r.case_number, branchCode: r.branch_code, timeZone: r.data.timeZone } : null;
}

/** A case's legal steps in the order head office received them. */
export async function legalStepsOf(db: Queryable, caseId: string): Promise<{ record: LegalStepRecord }[]> {
  const res = await db.query<{ args: Record<string, unknown>; user_id: string }>(
    `SELECT data -> 'args' AS args, user_id FROM field_records WHERE kind = 'recordLegalStep' AND case_id = $1 ORDER BY received_at, mutation_id`,
    [caseId],
  );
  return res.rows.flatMap((r) => {
    const parsed = LegalStepRecordSchema.safeParse({ ...r.args, makerId: r.user_id });
    return parsed.success ? [{ record: parsed.data }] : [];
  });
}
