import { z } from 'zod';
import { WorkingCalendarSchema } from '../calendar';
import { CollectorShareSchema, SetTargetArgsSchema, TARGET_MAX_COLLECTORS, TARGET_SPLITS } from '../records/target';

/**
 * Head office's target page (目标, issue 15 §4; docs/server.md "Targets from the console"): the query, the body
 * that sets one and the answers, used by the route and the console. A target set here is the same `setTarget`
 * record a supervisor's device makes (shared/records/target.ts), so the branch's devices pull it.
 */

const MonthSchema = SetTargetArgsSchema.shape.month;

/** No branch: the supervisor's own, for an admin the first branch with collectors. */
export const TargetQuerySchema = z.strictObject({
  branch: z.string().min(1).max(40).optional(),
  month: MonthSchema,
});
export type TargetQuery = z.output<typeof TargetQuerySchema>;

/**
 * Setting (or changing) a branch's target. `collectors`: by hand, each one's share as typed (they must sum to the
 * target); by share of the portfolio, the collectors to split over (their amounts are ignored: head office splits
 * by each one's overdue balance now, as the supervisor's device does).
 */
export const SetTargetBodySchema = z.strictObject({
  branchCode: SetTargetArgsSchema.shape.branchCode,
  month: MonthSchema,
  recoveredFen: SetTargetArgsSchema.shape.recoveredFen,
  curedAccounts: SetTargetArgsSchema.shape.curedAccounts,
  successRateBps: SetTargetArgsSchema.shape.successRateBps,
  split: z.enum(TARGET_SPLITS),
  collectors: z.array(CollectorShareSchema).min(1, 'at least one collector (至少一名催收员)').max(TARGET_MAX_COLLECTORS),
  reason: SetTargetArgsSchema.shape.reason,
});
export type SetTargetBody = z.output<typeof SetTargetBodySchema>;

const FiguresSchema = z.object({
  recoveredFen: z.number().int(),
  curedAccounts: z.number().int(),
  successRateBps: z.number().int(),
});
export type TargetFigures = z.output<typeof FiguresSchema>;

export const TargetViewSchema = FiguresSchema.extend({
  id: z.string(),
  branchCode: z.string(),
  month: z.string(),
  split: z.enum(TARGET_SPLITS),
  collectors: z.array(z.object({ officerId: z.string(), recoveredFen: z.number().int(), curedAccounts: z.number().int() })),
  reason: z.string(),
  setAt: z.string(),
  setBy: z.string(),
  setByName: z.string().nullable(),
});
export type TargetView = z.output<typeof TargetViewSchema>;

/** One change as head office audited it: who, when, what was in force before and what was set. */
export const TargetChangeSchema = z.object({
  targetId: z.string(),
  receivedAt: z.string(),
  setAt: z.string(),
  actorId: z.string(),
  actorName: z.string().nullable(),
  deviceId: z.string(),
  reason: z.string(),
  before: FiguresSchema.nullable(),
  after: FiguresSchema,
  /** Whether it took effect: false when a target set later (by its setAt) was already held. */
  tookEffect: z.boolean(),
});
export type TargetChange = z.output<typeof TargetChangeSchema>;

export const TargetPageAnswerSchema = z.object({
  branches: z.array(z.object({ code: z.string(), name: z.string() })),
  branchCode: z.string(),
  month: z.string(),
  /** The published working calendar in force for the branch: the split over working days and weeks. */
  calendar: WorkingCalendarSchema,
  /** The branch's collectors, each with the overdue balance of the cases they hold now (the portfolio split's weight). */
  collectors: z.array(z.object({ id: z.string(), name: z.string(), portfolioFen: z.number().int() })),
  inForce: TargetViewSchema.nullable(),
  /** Newest first. */
  changes: z.array(TargetChangeSchema),
});
export type TargetPageAnswer = z.output<typeof TargetPageAnswerSchema>;

export const SetTargetAnswerSchema = z.object({ id: z.string(), status: z.literal('applied'), target: TargetViewSchema, inForce: z.boolean() });
export type SetTargetAnswer = z.output<typeof SetTargetAnswerSchema>;
