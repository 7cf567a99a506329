import { DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar';
import { agencyOpenOn, type AgencyStatus } from '../../../shared/outsourcing/agency';
import { rejected, type Apply, type Decision } from './context';
import { correction } from './corrections';
import { recordIdOf } from './insertOnly';
import { alreadyHave, storeRecord, type StoredRecord } from './records';

/**
 * Outsourcing proposals at head office (shared/records/outsourcingProposal.ts): a proposal names an agency that
 * serves the case's branch and is open on the day, on a case neither with an agency nor already proposed; the
 * decision is a supervisor's of the case's branch who is not the proposal's maker (maker-checker). The device's
 * own checks are not trusted.
 */

interface AgencyRow {
  name: string;
  branches: string[];
  status: AgencyStatus;
  contract_start: string;
  contract_end: string;
}

export async function proposeOutsourcing(a: Apply<'proposeOutsourcing'>): Promise<Decision> {
  const id = recordIdOf(a);
  const same = await alreadyHave(a, id);
  if (same) return same;
  const { agencyId } = a.entry.args;
  const c = (await a.tx.query<{ branch_code: string; time_zone: string | null }>(`SELECT branch_code, data ->> 'timeZone' AS time_zone FROM cases WHERE id = $1`, [a.entry.caseId])).rows[0];
  if (!c) return rejected(a, 'not_found', `head office has no case ${a.entry.caseId}`);
  const agency = (
    await a.tx.query<AgencyRow>('SELECT name, branches, status, contract_start::text AS contract_start, contract_end::text AS contract_end FROM agencies WHERE id = $1', [agencyId])
  ).rows[0];
  if (!agency) return rejected(a, 'not_found', `head office has no agency ${agencyId}`);
  if (!agency.branches.includes(c.branch_code)) return rejected(a, 'invalid', `agency ${agency.name} does not serve branch ${c.branch_code}`);
  const day = todayIn(c.time_zone ?? DEFAULT_TIME_ZONE, new Date(a.entry.args.proposedAt));
  if (!agencyOpenOn({ status: agency.status, contractStart: agency.contract_start, contractEnd: agency.contract_end }, day)) {
    return rejected(a, 'conflict', `agency ${agency.name} is ${agency.status} or outside its contract (${agency.contract_start} – ${agency.contract_end}) on ${day}`);
  }
  const held = await a.tx.query('SELECT 1 FROM agency_cases WHERE case_id = $1 AND recalled_at IS NULL', [a.entry.caseId]);
  if (held.rows.length > 0) return rejected(a, 'conflict', `case ${a.entry.caseId} is already with an agency`);
  const open = await openProposal(a, a.entry.args.caseId);
  if (open) return rejected(a, 'conflict', `case ${a.entry.caseId} already has outsourcing proposal ${open} waiting for a decision or a handover`);
  return storeRecord(a, id);
}

/**
 * A proposal of the case still in play: not rejected, and (approved) not yet handed over by head office
 * (agency_cases.proposal_id, migration 31). The id, or null.
 */
async function openProposal(a: Pick<Apply, 'tx'>, caseId: string): Promise<string | null> {
  const res = await a.tx.query<{ id: string }>(
    `SELECT p.id FROM field_records p
      WHERE p.kind = 'proposeOutsourcing' AND p.case_id = $1
        AND NOT EXISTS (SELECT 1 FROM field_records d WHERE d.kind = 'decideOutsourcing' AND d.id = p.id AND d.data -> 'args' ->> 'decision' = 'reject')
        AND NOT EXISTS (SELECT 1 FROM agency_cases ac WHERE ac.proposal_id = p.id)
      LIMIT 1`,
    [caseId],
  );
  return res.rows[0]?.id ?? null;
}

async function mayDecide(proposal: StoredRecord, a: Apply<'decideOutsourcing'>): Promise<Decision | null> {
  const { who } = a;
  if (who.role !== 'supervisor') return rejected(a, 'forbidden', `only a supervisor of the branch may approve or reject an outsourcing proposal; you are signed in as ${who.role}`);
  const c = await a.tx.query<{ branch_code: string }>('SELECT branch_code FROM cases WHERE id = $1', [a.entry.caseId]);
  const branch = c.rows[0]?.branch_code;
  if (branch !== who.branchCode) return rejected(a, 'forbidden', `proposal ${proposal.id} is on a case of branch ${branch ?? '(unknown)'}; only that branch's supervisor may decide it`);
  if (proposal.userId === who.userId) return rejected(a, 'forbidden', `you made outsourcing proposal ${proposal.id}: another supervisor must decide it (maker-checker)`);
  return null;
}

export const decideOutsourcing = correction('decideOutsourcing', {
  noun: 'outsourcing proposal',
  already: (existing) => `outsourcing proposal ${String(existing.args.proposalId)} was already ${existing.args.decision === 'approve' ? 'approved' : 'rejected'} by ${existing.userId}; it is decided once`,
  check: mayDecide,
});

/**
 * A handover record (shared/records/outsourcingHandover.ts) states what agency_cases holds: head office writes it
 * in the console's give or recall transaction, after the row (server/console/outsourcing/cases.ts). Checked
 * against that row so a record can never say a case is with an agency that does not hold it, or back when it
 * is not: a give names the agency holding the case now (and the proposal that allowed it, when the row has
 * one); a recall, an agency whose last row for the case is recalled while no agency holds it.
 */
export async function recordOutsourcingHandover(a: Apply<'recordOutsourcingHandover'>): Promise<Decision> {
  const id = recordIdOf(a);
  const same = await alreadyHave(a, id);
  if (same) return same;
  const { agencyId, move, proposalId } = a.entry.args;
  const rows = await a.tx.query<{ agency_id: string; proposal_id: string | null; open: boolean }>(
    `SELECT agency_id, proposal_id, recalled_at IS NULL AS open FROM agency_cases WHERE case_id = $1 ORDER BY assigned_at DESC, id DESC LIMIT 1`,
    [a.entry.caseId],
  );
  const last = rows.rows[0];
  if (move === 'give') {
    if (!last?.open || last.agency_id !== agencyId) return rejected(a, 'conflict', `case ${a.entry.caseId} is not with agency ${agencyId}: head office records a handover once it has given the case`);
    if (proposalId !== last.proposal_id) return rejected(a, 'invalid', `the handover of case ${a.entry.caseId} was allowed by proposal ${String(last.proposal_id)}, not ${String(proposalId)}`);
  } else {
    if (!last || last.open || last.agency_id !== agencyId) return rejected(a, 'conflict', `case ${a.entry.caseId} has not been recalled from agency ${agencyId}`);
    if (proposalId !== null) return rejected(a, 'invalid', 'a recall names no proposal');
  }
  return storeRecord(a, id);
}
