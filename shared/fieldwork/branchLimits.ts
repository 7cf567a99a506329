/**
 * Branch limits the panels apply until head office publishes them with the rule pack (sync issue); then
 * they come from the pack and these constants go.
 */

/** A plan whose waiver (outstanding − agreed total) is above this needs a supervisor's approval: ¥5,000. */
export const BRANCH_WAIVER_LIMIT_FEN = 500_000;
