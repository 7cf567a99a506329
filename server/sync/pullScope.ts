import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/types';
import type { CaseScope, CaseScopeCheck } from './scope';

/**
 * Whether a pushed mutation's case is the user's, answered from head office's own records of the case's
 * assignment: in scope when the case is, or once was, assigned to the collector, or to the supervisor's or
 * clerk's branch (case_assignments, kept by a trigger on cases, migration 8); any case for a head-office
 * admin. Records captured while a case was assigned are so accepted after a reassignment (docs/server.md,
 * Push), for as long as a device may stay offline (the tombstone retention, migration 10), not for ever.
 * Never from the change log's record ids: those a device chooses. 'unknown' when head office has no such case.
 * The push scope check buildServer uses by default.
 */
export function portfolioCaseScopeWithin(retentionDays: number): CaseScopeCheck {
  return async (tx: Queryable, caseId: string, who: Principal): Promise<CaseScope> => {
    const found = await tx.query<{ branch_code: string; officer_id: string | null }>('SELECT branch_code, officer_id FROM cases WHERE id = $1', [caseId]);
    const c = found.rows[0];
    if (!c) return 'unknown';
    if (who.role === 'head_office_admin') return 'in_scope';
    const mine = who.role === 'collector' ? c.officer_id === who.userId : c.branch_code === who.branchCode;
    if (mine) return 'in_scope';
    // A past assignment counts while a device that held the case may still be offline with its records.
    const was = who.role === 'collector'
      ? await tx.query(
          `SELECT 1 FROM case_assignments WHERE case_id = $1 AND officer_id = $2 AND (released_at IS NULL OR released_at > now() - make_interval(days => $3)) LIMIT 1`,
          [caseId, who.userId, retentionDays],
        )
      : await tx.query(
          `SELECT 1 FROM case_assignments WHERE case_id = $1 AND branch_code = $2 AND (released_at IS NULL OR released_at > now() - make_interval(days => $3)) LIMIT 1`,
          [caseId, who.branchCode, retentionDays],
        );
    return was.rows.length > 0 ? 'in_scope' : 'out_of_scope';
  };
}

/** The check with the default retention (90 days); buildServer uses the configured one. */
export const portfolioCaseScope: CaseScopeCheck = portfolioCaseScopeWithin(90);
