import { z } from 'zod';
import { BRANCH_WAIVER_LIMIT_FEN } from '../fieldwork/branchLimits';
import { FenSchema } from '../sync/primitives';

/**
 * The limits head office publishes for the bank or one branch (the branch's own wins): the waiver a collector's
 * plan may carry before a supervisor approves it, the grace days before a promise counts as broken, and how long
 * an unmasked phone or ID number stays visible.
 */
export const LimitsSchema = z.strictObject({
  waiverLimitFen: FenSchema,
  graceDays: z.number().int().min(0).max(30),
  unmaskSeconds: z.number().int().min(10).max(600),
});
export type Limits = z.output<typeof LimitsSchema>;

/** What applies before head office publishes any: the values the app was built with. */
export const BUILT_IN_LIMITS: Limits = { waiverLimitFen: BRANCH_WAIVER_LIMIT_FEN, graceDays: 3, unmaskSeconds: 60 };
