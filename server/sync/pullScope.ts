import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/types';
import type { CaseScope, CaseScopeCheck } from './scope';

/**
 * Whether a pushed mutation's case is the user's, answered from the imported portfolio (the same scope pull
 * uses): in scope when the case is assigned to the collector, or to the supervisor's or clerk's branch; any
 * case for a head-office admin. A case that was in the user's scope at some point (the change log says so)
 * also counts: records captured while it was assigned are accepted after a reassignment (architecture.md,
 * Scope). 'unknown' when head office has no such case.
 * The push scope check buildServer uses by default.
 */
export const portfolioCaseScope: CaseScopeCheck = async (tx: Queryable, caseId: string, who: Principal): Promise<CaseScope> => {
  const found = await tx.query<{ branch_code: string; officer_id: string | null }>('SELECT branch_code, officer_id FROM cases WHERE id = $1', [caseId]);
  const c = found.rows[0];
  if (!c) return 'unknown';
  if (who.role === 'head_office_admin') return 'in_scope';
  const mine = who.role === 'collector' ? c.officer_id === who.userId : c.branch_code === who.branchCode;
  if (mine) return 'in_scope';
  const was = who.role === 'collector'
    ? await tx.query('SELECT 1 FROM changes WHERE record_id = $1 AND officer_id = $2 LIMIT 1', [caseId, who.userId])
    : await tx.query('SELECT 1 FROM changes WHERE record_id = $1 AND branch_code = $2 LIMIT 1', [caseId, who.branchCode]);
  return was.rows.length > 0 ? 'in_scope' : 'out_of_scope';
};
