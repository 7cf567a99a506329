import { CaseSchema, type Case } from '../../../shared/domain/case';
import { agencyOpenOn, type Agency } from '../../../shared/outsourcing/agency';
import type { AgencyCase, HandoverReady } from '../../../shared/outsourcing/api';
import { newId } from '../../../shared/sync/ids';
import type { Principal } from '../../auth/principal';
import type { Db, Queryable } from '../../db/types';
import { HttpError } from '../../http/errors';
import { applyAsHeadOfficeIn } from '../applyAsHeadOffice';
import { recordChange } from './agencies';

/**
 * Which cases an agency holds (agency_cases): given by a head-office admin, recalled with a reason; each step in
 * the agency's change log. A case is with at most one agency at a time (a unique index on the open row). Each
 * give and recall is also a record of the case (recordOutsourcingHandover, shared/records/outsourcingHandover.ts)
 * made in the same transaction, so the case's devices learn it on their next pull.
 */

interface Row {
  id: string;
  case_id: string;
  case_number: string;
  branch_code: string;
  data: Case;
  agency_id: string;
  assigned_at: string | Date;
  assigned_by: string;
  reason: string;
  recalled_at: string | Date | null;
  recalled_by: string | null;
  recall_reason: string | null;
}

const iso = (d: string | Date | null) => (d === null ? null : new Date(d).toISOString());
const borrowerName = (c: Case) => (c.parties.find((p) => p.role === 'borrower') ?? c.parties[0])?.name ?? '';

/** Rows of an agency (or any, null) in a branch (or any, null), or the one row `rowId`: one literal query. */
async function selectRows(db: Queryable, f: { agencyId: string | null; branchCode: string | null; rowId: string | null }): Promise<Row[]> {
  const res = await db.query<Row>(
    `SELECT ac.id, ac.case_id, c.case_number, c.branch_code, c.data, ac.agency_id, ac.assigned_at, ac.assigned_by, ac.reason, ac.recalled_at, ac.recalled_by, ac.recall_reason
       FROM agency_cases ac JOIN cases c ON c.id = ac.case_id
      WHERE ($1::text IS NULL OR ac.agency_id = $1) AND ($2::text IS NULL OR c.branch_code = $2) AND ($3::text IS NULL OR ac.id = $3)
      ORDER BY ac.recalled_at NULLS FIRST, c.case_number`,
    [f.agencyId, f.branchCode, f.rowId],
  );
  return res.rows;
}

const caseOf = (r: Row): AgencyCase => ({
  caseId: r.case_id,
  caseNumber: r.case_number,
  branchCode: r.branch_code,
  debtorName: borrowerName(r.data),
  agencyId: r.agency_id,
  assignedAt: iso(r.assigned_at)!,
  assignedBy: r.assigned_by,
  reason: r.reason,
  recalledAt: iso(r.recalled_at),
  recalledBy: r.recalled_by,
  recallReason: r.recall_reason,
});

/** An agency's cases, open ones first, then recalled; a supervisor sees those of their branch. */
export async function casesOfAgency(db: Queryable, agencyId: string, branchCode: string | null): Promise<AgencyCase[]> {
  return (await selectRows(db, { agencyId, branchCode, rowId: null })).map(caseOf);
}

/** The cases an agency holds now, whole (for an export or reading its results). */
export async function openCasesOf(db: Queryable, agencyId: string): Promise<Case[]> {
  const res = await db.query<{ data: unknown }>(`SELECT c.data FROM agency_cases ac JOIN cases c ON c.id = ac.case_id WHERE ac.agency_id = $1 AND ac.recalled_at IS NULL ORDER BY c.case_number`, [agencyId]);
  return res.rows.map((r) => CaseSchema.parse(r.data));
}

/**
 * Gives cases to an agency: each must exist, be in a branch the agency serves, and not be with an agency
 * already; the agency must be active and within its contract; and each must have a proposal for this agency
 * that the branch supervisor approved (made in the app, shared/records/outsourcingProposal.ts) and the debtor's
 * notice letter (委外催收告知函) registered after it (docs/domain.md, "Outsourcing": the debtor is told before
 * the agency calls). The row names both. All or nothing (400 or 409 names the first problems).
 */
export async function assignToAgency(db: Db, agency: Agency, caseIds: readonly string[], reason: string, who: Principal, at: Date, today: string): Promise<string[]> {
  const actorId = who.userId;
  if (!agencyOpenOn(agency, today)) throw new HttpError(409, 'agency_closed', `agency ${agency.name} is ${agency.status} or outside its contract (${agency.contractStart} – ${agency.contractEnd}) on ${today}`);
  const ids = [...new Set(caseIds)];
  return db.transaction(async (tx) => {
    const found = await tx.query<{ id: string; branch_code: string; status: string; agency: string | null }>(
      `SELECT c.id, c.branch_code, c.status, (SELECT ac.agency_id FROM agency_cases ac WHERE ac.case_id = c.id AND ac.recalled_at IS NULL) AS agency
         FROM cases c WHERE c.id = ANY($1::text[]) FOR UPDATE OF c`,
      [ids],
    );
    const byId = new Map(found.rows.map((r) => [r.id, r]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new HttpError(400, 'bad_request', `body.caseIds: there is no case ${missing.slice(0, 5).join(', ')}`);
    const outside = found.rows.filter((r) => !agency.branches.includes(r.branch_code));
    if (outside.length > 0) throw new HttpError(400, 'bad_request', `body.caseIds: the agency does not serve the branch of ${outside.slice(0, 5).map((r) => r.id).join(', ')}`);
    const closed = found.rows.filter((r) => r.status === 'settled' || r.status === 'closed');
    if (closed.length > 0) throw new HttpError(400, 'bad_request', `body.caseIds: ${closed.slice(0, 5).map((r) => r.id).join(', ')} is settled or closed`);
    const held = found.rows.filter((r) => r.agency !== null);
    if (held.length > 0) throw new HttpError(409, 'already_outsourced', `${held.slice(0, 5).map((r) => r.id).join(', ')} is already with an agency: recall it first`);
    const ready = new Map((await readyForHandover(tx, agency.id, ids)).map((r) => [r.caseId, r]));
    const unproposed = ids.filter((id) => !ready.has(id));
    if (unproposed.length > 0) {
      throw new HttpError(409, 'not_approved', `${unproposed.slice(0, 5).join(', ')} has no outsourcing proposal for ${agency.name} approved by its branch supervisor: it is proposed and approved in the app first`);
    }
    const unnoticed = ids.filter((id) => ready.get(id)!.noticeLetter === null);
    if (unnoticed.length > 0) {
      throw new HttpError(409, 'no_notice_letter', `the debtor's outsourcing notice (委外催收告知函) of ${unnoticed.slice(0, 5).join(', ')} is not registered: it is issued in the app before the case is handed over`);
    }
    for (const id of ids) {
      const r = ready.get(id)!;
      await tx.query(
        'INSERT INTO agency_cases (id, agency_id, case_id, assigned_by, assigned_at, reason, proposal_id, notice_letter_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [newId(), agency.id, id, actorId, at.toISOString(), reason, r.proposalId, r.noticeLetter!.id],
      );
      await applyAsHeadOfficeIn(tx, who, 'recordOutsourcingHandover', { id: newId({ msecs: at.getTime() }), caseId: id, agencyId: agency.id, move: 'give', proposalId: r.proposalId, reason, at: at.toISOString() }, at.getTime(), 'outsourcing');
    }
    await recordChange(tx, agency.id, actorId, 'cases_assigned', { caseIds: ids, reason }, at);
    return ids;
  });
}

interface ReadyRow {
  case_id: string;
  case_number: string;
  proposal_id: string;
  args: { reason: string; proposedAt: string };
  maker_id: string;
  decided_by: string;
  decision: { reason: string; decidedAt: string };
  letter_id: string | null;
  letter_number: string | null;
  letter_issued_at: string | null;
}

/**
 * The approved proposals for `agencyId` not yet handed over (of `caseIds`, or every case when null), each with
 * the newest notice letter registered on its case since the proposal (not a copy, not voided), or null.
 */
export async function readyForHandover(db: Queryable, agencyId: string, caseIds: readonly string[] | null, branchCode: string | null = null): Promise<HandoverReady[]> {
  const res = await db.query<ReadyRow>(
    `SELECT p.case_id, c.case_number, p.id AS proposal_id, p.data -> 'args' AS args, p.user_id AS maker_id, d.user_id AS decided_by, d.data -> 'args' AS decision,
            l.id AS letter_id, l.data -> 'args' ->> 'number' AS letter_number, l.data -> 'args' ->> 'issuedAt' AS letter_issued_at
       FROM field_records p
       JOIN cases c ON c.id = p.case_id
       JOIN field_records d ON d.kind = 'decideOutsourcing' AND d.id = p.id AND d.data -> 'args' ->> 'decision' = 'approve'
       LEFT JOIN LATERAL (
         SELECT l.id, l.data FROM field_records l
          WHERE l.kind = 'issueLetter' AND l.case_id = p.case_id AND l.data -> 'args' ->> 'type' = 'outsourcing_notice'
            AND (l.data -> 'args' ->> 'copy') = 'false'
            AND (l.data -> 'args' ->> 'issuedAt')::timestamptz >= (p.data -> 'args' ->> 'proposedAt')::timestamptz
            AND NOT EXISTS (SELECT 1 FROM field_records v WHERE v.kind = 'voidLetter' AND v.id = l.id)
          ORDER BY (l.data -> 'args' ->> 'issuedAt')::timestamptz DESC LIMIT 1
       ) l ON true
      WHERE p.kind = 'proposeOutsourcing' AND p.data -> 'args' ->> 'agencyId' = $1
        AND ($2::text[] IS NULL OR p.case_id = ANY($2::text[])) AND ($3::text IS NULL OR c.branch_code = $3)
        AND NOT EXISTS (SELECT 1 FROM agency_cases ac WHERE ac.proposal_id = p.id)
      ORDER BY c.case_number`,
    [agencyId, caseIds === null ? null : [...caseIds], branchCode],
  );
  return res.rows.map((r) => ({
    caseId: r.case_id,
    caseNumber: r.case_number,
    proposalId: r.proposal_id,
    reason: r.args.reason,
    proposedBy: r.maker_id,
    proposedAt: r.args.proposedAt,
    approvedBy: r.decided_by,
    approvedAt: r.decision.decidedAt,
    noticeLetter: r.letter_id === null ? null : { id: r.letter_id, number: r.letter_number ?? '', issuedAt: r.letter_issued_at ?? '' },
  }));
}

/** Takes a case back from its agency; 404 when no agency holds it. */
export async function recallCase(db: Db, caseId: string, reason: string, who: Principal, at: Date): Promise<AgencyCase> {
  const actorId = who.userId;
  return db.transaction(async (tx) => {
    const res = await tx.query<{ id: string; agency_id: string }>('SELECT id, agency_id FROM agency_cases WHERE case_id = $1 AND recalled_at IS NULL FOR UPDATE', [caseId]);
    const open = res.rows[0];
    if (!open) throw new HttpError(404, 'not_outsourced', `case ${caseId} is not with an agency`);
    await tx.query('UPDATE agency_cases SET recalled_at = $2, recalled_by = $3, recall_reason = $4 WHERE id = $1', [open.id, at.toISOString(), actorId, reason]);
    await recordChange(tx, open.agency_id, actorId, 'case_recalled', { caseId, reason }, at);
    await applyAsHeadOfficeIn(tx, who, 'recordOutsourcingHandover', { id: newId({ msecs: at.getTime() }), caseId, agencyId: open.agency_id, move: 'recall', proposalId: null, reason, at: at.toISOString() }, at.getTime(), 'outsourcing');
    return caseOf((await selectRows(tx, { agencyId: null, branchCode: null, rowId: open.id }))[0]!);
  });
}
