import { VOID_REASON_MIN_LENGTH } from '../records/limits';

/**
 * Branch limits the panels apply until head office publishes them with the rule pack (sync issue); then
 * they come from the pack and these constants go.
 */

/** A plan whose waiver (outstanding − agreed total) is above this needs a supervisor's approval: ¥5,000. */
export const BRANCH_WAIVER_LIMIT_FEN = 500_000;

/** The shortest reason a retired phone or address, or a voided receipt, must carry (汉字 count one each). */
export const MIN_REASON_LENGTH = VOID_REASON_MIN_LENGTH;
