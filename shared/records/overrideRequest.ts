import { z } from 'zod';
import { ChannelSchema } from '../fieldwork/outcomes';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { instantMs } from '../calendar';
import { IdSchema, InstantSchema, NewIdSchema, isPlainText } from '../sync/primitives';
import { distinct, INSERT_ONLY, mutationKind, type Maker } from './kind';
import { charCount, OVERRIDE_DECISION_WAYS, OVERRIDE_REASON_MIN_LENGTH, OVERRIDE_WINDOW_MAX_HOURS, PLAN_DECISIONS, REASON_MAX_LENGTH } from './limits';

/**
 * A supervisor's override, asked and given (docs/records.md, "Overrides"): the collector asks (requestOverride,
 * insert-only) for one case, the rules that asked for a supervisor and the contact it is for; a supervisor of
 * the case's branch who is not the requester decides once (decideOverride, a once-only correction), on their own
 * device or on the requesting device with their password. An approval holds for a time window and lets one
 * contact through (shared/fieldwork/overrides.ts).
 */

const RuleIdsSchema = z.array(z.string().min(1).max(100)).min(1).max(50).refine(distinct, 'rule ids must be different');
const OverrideReasonSchema = z
  .string()
  .trim()
  .max(REASON_MAX_LENGTH)
  .refine((r) => charCount(r) >= OVERRIDE_REASON_MIN_LENGTH, `an override states why in at least ${OVERRIDE_REASON_MIN_LENGTH} characters`)
  .refine(isPlainText, 'text must not contain control characters (文本不能含控制字符)');
const DecisionReasonSchema = z.string().trim().max(REASON_MAX_LENGTH).refine(isPlainText, 'text must not contain control characters (文本不能含控制字符)').nullable();

/** The contact the override is asked for: the channel and the party. */
export const OverrideActionSchema = z.strictObject({ channel: ChannelSchema, partyId: IdSchema });
export type OverrideAction = z.output<typeof OverrideActionSchema>;
export const OverrideDecisionWaySchema = z.enum(OVERRIDE_DECISION_WAYS);
export type OverrideDecisionWay = z.output<typeof OverrideDecisionWaySchema>;

interface Decided {
  decision: 'approve' | 'reject';
  reason: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

/** A rejection says why; an approval has a window of at most OVERRIDE_WINDOW_MAX_HOURS, a rejection none. */
function checkDecision(d: Decided, ctx: z.RefinementCtx): void {
  if (d.decision === 'reject' && !d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'a rejection needs a reason' });
  if (d.decision === 'reject' && (d.validFrom !== null || d.validUntil !== null)) ctx.addIssue({ code: 'custom', path: ['validFrom'], message: 'a rejection has no window' });
  if (d.decision === 'approve') {
    if (d.validFrom === null || d.validUntil === null) return ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'an approval holds for a window' });
    const hours = (instantMs(d.validUntil) - instantMs(d.validFrom)) / 3_600_000;
    if (hours <= 0 || hours > OVERRIDE_WINDOW_MAX_HOURS) {
      ctx.addIssue({ code: 'custom', path: ['validUntil'], message: `an approval's window ends after it starts and lasts at most ${OVERRIDE_WINDOW_MAX_HOURS} hours` });
    }
  }
}

export const OverrideDecisionSchema = z
  .object({
    decision: z.enum(PLAN_DECISIONS),
    /** The supervisor who decided (on the requesting device: who typed their password there). */
    decidedBy: IdSchema,
    how: OverrideDecisionWaySchema,
    reason: DecisionReasonSchema,
    decidedAt: InstantSchema,
    validFrom: InstantSchema.nullable(),
    validUntil: InstantSchema.nullable(),
  })
  .superRefine(checkDecision);
export type OverrideDecision = z.output<typeof OverrideDecisionSchema>;

/** The device's record: the request and, once decided, its decision. */
export const OverrideRequestSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  ruleIds: RuleIdsSchema,
  action: OverrideActionSchema,
  reason: OverrideReasonSchema,
  requestedAt: InstantSchema,
  requestedBy: IdSchema,
  deviceId: IdSchema,
  decision: OverrideDecisionSchema.nullable(),
});
export type OverrideRequest = z.output<typeof OverrideRequestSchema>;

export const RequestOverrideArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  ruleIds: RuleIdsSchema,
  action: OverrideActionSchema,
  reason: OverrideReasonSchema,
  requestedAt: InstantSchema,
});
export type RequestOverrideArgs = z.output<typeof RequestOverrideArgsSchema>;

export const DecideOverrideArgsSchema = z
  .strictObject({
    caseId: IdSchema,
    requestId: IdSchema,
    decision: z.enum(PLAN_DECISIONS),
    decidedBy: IdSchema,
    how: OverrideDecisionWaySchema,
    reason: DecisionReasonSchema,
    decidedAt: InstantSchema,
    validFrom: InstantSchema.nullable(),
    validUntil: InstantSchema.nullable(),
  })
  .superRefine(checkDecision);
export type DecideOverrideArgs = z.output<typeof DecideOverrideArgsSchema>;

export const requestOverride = mutationKind({ args: RequestOverrideArgsSchema, action: MUTATION_ACTIONS.requestOverride, conflict: INSERT_ONLY, toDevices: true });
export const decideOverride = mutationKind({
  args: DecideOverrideArgsSchema,
  action: MUTATION_ACTIONS.decideOverride,
  conflict: { class: 'once_only_correction', target: 'requestOverride', ref: (a) => a.requestId },
  toDevices: true,
});

/** Device → head office. */
export const requestOverrideArgs = (r: OverrideRequest): RequestOverrideArgs => ({
  id: r.id, caseId: r.caseId, ruleIds: r.ruleIds, action: r.action, reason: r.reason, requestedAt: r.requestedAt,
});

export const decideOverrideArgs = (r: OverrideRequest, d: OverrideDecision): DecideOverrideArgs => ({ caseId: r.caseId, requestId: r.id, ...d });

/** Head office → device: a request made on any device, undecided until its decision arrives. */
export const overrideRequestOf = (a: RequestOverrideArgs, by: Maker): OverrideRequest => ({
  ...a, requestedBy: by.userId, deviceId: by.deviceId, decision: null,
});

/** Head office → device: the decision a pulled decideOverride gives its request. */
export const overrideDecisionOf = (a: DecideOverrideArgs): OverrideDecision => ({
  decision: a.decision, decidedBy: a.decidedBy, how: a.how, reason: a.reason, decidedAt: a.decidedAt, validFrom: a.validFrom, validUntil: a.validUntil,
});
