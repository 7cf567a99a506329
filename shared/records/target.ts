import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { FenSchema, IdSchema, InstantSchema, NewIdSchema, ReasonSchema } from '../sync/primitives';
import { distinct, INSERT_ONLY, mutationKind, type Maker } from './kind';

/**
 * A branch's monthly recovery target (目标, issue 15 §4; docs/kpi.md "Targets"): amount recovered, accounts
 * cured and the success rate (the cured share), and its split per collector, summing exactly. About no case
 * (`caseId` null): head office logs it for the branch, and every device of the branch gets it. Each change is
 * a new record (insert-only), with the reason it was changed: the one in force for a branch and month is the
 * latest set (`targetInForce`), and the earlier ones stay as its history.
 */
export const TARGET_SPLITS = ['portfolio', 'by_hand'] as const;
export const TARGET_MAX_COLLECTORS = 500;
/** Basis points: 10,000 = 100 %. */
export const RATE_BPS_MAX = 10_000;

const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month must be YYYY-MM');
const CountSchema = z.number().int().nonnegative().max(10_000_000);

export const CollectorShareSchema = z.strictObject({
  officerId: IdSchema,
  recoveredFen: FenSchema,
  curedAccounts: CountSchema,
});
export type CollectorShare = z.output<typeof CollectorShareSchema>;

const sumsExactly = (
  t: { recoveredFen: number; curedAccounts: number; collectors: readonly CollectorShare[] },
  ctx: z.RefinementCtx,
) => {
  if (t.collectors.length === 0) return;
  if (!distinct(t.collectors.map((c) => c.officerId))) ctx.addIssue({ code: 'custom', path: ['collectors'], message: 'each collector once (每位催收员只能出现一次)' });
  const fen = t.collectors.reduce((s, c) => s + c.recoveredFen, 0);
  if (fen !== t.recoveredFen) ctx.addIssue({ code: 'custom', path: ['collectors'], message: `the collectors' amounts sum to ${fen} fen, not the target's ${t.recoveredFen} (分配合计须等于目标)` });
  const cured = t.collectors.reduce((s, c) => s + c.curedAccounts, 0);
  if (cured !== t.curedAccounts) ctx.addIssue({ code: 'custom', path: ['collectors'], message: `the collectors' accounts sum to ${cured}, not the target's ${t.curedAccounts} (分配合计须等于目标)` });
};

export const SetTargetArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: z.null(),
    branchCode: IdSchema,
    month: MonthSchema,
    recoveredFen: FenSchema,
    curedAccounts: CountSchema,
    successRateBps: z.number().int().min(0).max(RATE_BPS_MAX),
    split: z.enum(TARGET_SPLITS),
    collectors: z.array(CollectorShareSchema).max(TARGET_MAX_COLLECTORS),
    reason: ReasonSchema,
    setAt: InstantSchema,
  })
  .superRefine(sumsExactly);
export type SetTargetArgs = z.output<typeof SetTargetArgsSchema>;

export const setTarget = mutationKind({ args: SetTargetArgsSchema, action: MUTATION_ACTIONS.setTarget, conflict: INSERT_ONLY, toDevices: true });

/** What a device keeps: the args and who set it. */
export interface Target extends SetTargetArgs {
  setBy: string;
}

export const targetOf = (a: SetTargetArgs, by: Maker): Target => ({ ...a, setBy: by.userId });
export const targetArgs = ({ setBy: _setBy, ...a }: Target): SetTargetArgs => a;

/** The target in force for a branch and month: the latest set (then the larger id, so every device agrees). */
export function targetInForce<T extends Pick<SetTargetArgs, 'branchCode' | 'month' | 'setAt' | 'id'>>(targets: readonly T[], branchCode: string, month: string): T | null {
  let best: T | null = null;
  for (const t of targets) {
    if (t.branchCode !== branchCode || t.month !== month) continue;
    const ms = Date.parse(t.setAt);
    if (!best || ms > Date.parse(best.setAt) || (ms === Date.parse(best.setAt) && t.id > best.id)) best = t;
  }
  return best;
}
