import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/types';

/**
 * Whether a case is in the pushing user's scope. 'unknown': head office has no such case (yet).
 * A later slice answers from the imported portfolio and its assignments; until then every case is unknown.
 */
export type CaseScope = 'in_scope' | 'out_of_scope' | 'unknown';
export type CaseScopeCheck = (tx: Queryable, caseId: string, who: Principal) => Promise<CaseScope>;
