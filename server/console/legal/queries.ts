import type { Case } from '../../../shared/domain/case';
import type { ReferralRow } from '../../../shared/legal/consoleApi';
import type { ReferralStatus } from '../../../shared/legal/status';
import { LegalStepRecordSchema, type LegalStepRecord } from '../../../shared/records/legalStep';
import { RecordLegalBundleArgsSchema } from '../../../shared/records/legalBundle';
import type { BundleView } from '../../../shared/legal/consoleApi';
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

/** Every legal step of the cases of one branch (null: every branch), grouped by case, in the order received. */
export async function legalStepsByCase(db: Queryable, branchCode: string | null): Promise<Map<string, { caseNumber: string; branchCode: string; data: Case; steps: LegalStepRecord[] }>> {
  const res = await db.query<{ case_id: string; args: Record<string, unknown>; user_id: string; case_number: string; branch_code: string; case_data: Case }>(
    `SELECT s.case_id, s.data -> 'args' AS args, s.user_id, c.case_number, c.branch_code, c.data AS case_data
       FROM field_records s JOIN cases c ON c.id = s.case_id
      WHERE s.kind = 'recordLegalStep' AND ($1::text IS NULL OR c.branch_code = $1)
      ORDER BY s.received_at, s.mutation_id`,
    [branchCode],
  );
  const out = new Map<string, { caseNumber: string; branchCode: string; data: Case; steps: LegalStepRecord[] }>();
  for (const r of res.rows) {
    const parsed = LegalStepRecordSchema.safeParse({ ...r.args, makerId: r.user_id });
    if (!parsed.success) continue;
    const entry = out.get(r.case_id) ?? { caseNumber: r.case_number, branchCode: r.branch_code, data: r.case_data, steps: [] };
    entry.steps.push(parsed.data);
    out.set(r.case_id, entry);
  }
  return out;
}

/** A case's evidence bundles, newest first, each with whether head office holds its PDF's bytes. */
export async function bundlesOf(db: Queryable, caseId: string): Promise<BundleView[]> {
  const res = await db.query<{ id: string; args: unknown; user_id: string; held: boolean }>(
    `SELECT b.id, b.data -> 'args' AS args, b.user_id, (e.sha256 IS NOT NULL) AS held
       FROM field_records b LEFT JOIN evidence e ON e.sha256 = b.data -> 'args' ->> 'pdfSha256'
      WHERE b.kind = 'recordLegalBundle' AND b.case_id = $1
      ORDER BY b.received_at DESC`,
    [caseId],
  );
  return res.rows.flatMap((r) => {
    const a = RecordLegalBundleArgsSchema.safeParse(r.args);
    return a.success
      ? [{ id: r.id, legalCaseId: a.data.legalCaseId, pdfSha256: a.data.pdfSha256, pdfBytes: a.data.pdfBytes, documents: a.data.documents, builtAt: a.data.builtAt, builtBy: r.user_id, held: Boolean(r.held) }]
      : [];
  });
}

/** The case's parties as the console shows them to head office's legal staff. */
export async function partiesOf(db: Queryable, caseId: string): Promise<{ id: string; name: string; role: string }[]> {
  const res = await db.query<{ data: Case }>('SELECT data FROM cases WHERE id = $1', [caseId]);
  return (res.rows[0]?.data.parties ?? []).map((p) => ({ id: p.id, name: p.name, role: p.role }));
}
