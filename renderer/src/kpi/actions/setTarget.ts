import { z } from 'zod';
import { splitPerCollector } from '../../../../shared/kpi';
import { CollectorShareSchema, SetTargetArgsSchema, TARGET_MAX_COLLECTORS, targetInForce, type SetTargetArgs } from '../../../../shared/records/target';
import { newId } from '../../../../shared/sync';
import { ActionRefused, defineAction } from '../../store/runAction';
import { commitChange } from '../../store/unitOfWork';

/**
 * 设定目标: the supervisor sets (or changes) the branch's monthly target and its split per collector, by share
 * of the portfolio (each collector's overdue balance now, from the case list) or by hand. One record per change
 * (shared/records/target.ts), its audit entry naming the target it replaces, and a setTarget outbox entry.
 */
export const SetTargetInput = z.object({
  month: SetTargetArgsSchema.shape.month,
  recoveredFen: SetTargetArgsSchema.shape.recoveredFen,
  curedAccounts: SetTargetArgsSchema.shape.curedAccounts,
  successRateBps: SetTargetArgsSchema.shape.successRateBps,
  split: SetTargetArgsSchema.shape.split,
  /** by_hand: each collector's share as typed; portfolio: the collectors to split over (their amounts are ignored). */
  collectors: z.array(CollectorShareSchema).min(1).max(TARGET_MAX_COLLECTORS),
  reason: SetTargetArgsSchema.shape.reason,
});
export type SetTargetInputType = z.input<typeof SetTargetInput>;

export const setTarget = defineAction({
  name: 'setTarget',
  input: SetTargetInput,
  permission: 'set_targets',
  caseIdOf: () => null,
  run: async ({ db, actor, operator }, input): Promise<SetTargetArgs> => {
    let collectors = input.collectors;
    if (input.split === 'portfolio') {
      const held = new Map<string, number>();
      await db.caseRows.where('officerId').anyOf(input.collectors.map((c) => c.officerId)).each((r) => {
        if (r.branchCode === operator.branchCode && r.officerId) held.set(r.officerId, (held.get(r.officerId) ?? 0) + r.totalFen);
      });
      collectors = splitPerCollector(input, input.collectors.map((c) => ({ officerId: c.officerId, weight: held.get(c.officerId) ?? 0 })));
    }
    const parsed = SetTargetArgsSchema.safeParse({
      id: newId(), caseId: null, branchCode: operator.branchCode, month: input.month, recoveredFen: input.recoveredFen, curedAccounts: input.curedAccounts,
      successRateBps: input.successRateBps, split: input.split, collectors, reason: input.reason, setAt: actor.now().toISOString(),
    });
    if (!parsed.success) throw new ActionRefused('kpi.error.splitNotExact');
    const args = parsed.data;
    const before = targetInForce(await db.targets.where('[branchCode+month]').equals([args.branchCode, args.month]).toArray(), args.branchCode, args.month);
    await commitChange(db, actor, {
      tables: [db.targets],
      apply: async () => {
        await db.targets.add({ ...args, setBy: actor.userId });
      },
      audit: { action: 'target.set', entity: { kind: 'target', id: args.id }, caseId: null, before: before ?? null, after: args },
      mutations: [{ name: 'setTarget', args }],
    });
    return args;
  },
});
