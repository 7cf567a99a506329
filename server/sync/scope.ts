import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/types';

/**
 * Whether a case is in the pushing user's scope. 'unknown': head office has no such case (yet); the push
 * refuses its records (code unknown_case) rather than keep them for whoever is later assigned it. The check
 * buildServer uses answers from the case's current and past assignment: portfolioCaseScope (pullScope.ts).
 */
export type CaseScope = 'in_scope' | 'out_of_scope' | 'unknown';
export type CaseScopeCheck = (tx: Queryable, caseId: string, who: Principal) => Promise<CaseScope>;
