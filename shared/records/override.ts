import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema, isPlainText } from '../sync/primitives';
import type { Activity } from './activity';
import { distinct, INSERT_ONLY, mutationKind } from './kind';
import { OVERRIDE_REASON_MIN_LENGTH, REASON_MAX_LENGTH } from './limits';

/**
 * A supervisor let an action go ahead that compliance rules would have blocked. Insert-only; on a device it
 * is attached to the activity it let through (the activity's `override`).
 */
export const RecordOverrideArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  ruleIds: z.array(z.string().min(1).max(100)).min(1).max(50).refine(distinct, 'rule ids must be different'),
  supervisorId: IdSchema,
  reason: z
    .string()
    .trim()
    .min(OVERRIDE_REASON_MIN_LENGTH, `an override states why in at least ${OVERRIDE_REASON_MIN_LENGTH} characters`)
    .max(REASON_MAX_LENGTH)
    .refine(isPlainText, 'text must not contain control characters (文本不能含控制字符)'),
  /** The record the override let through (e.g. the activity), when there is one. */
  subject: z.strictObject({ kind: z.string().min(1).max(64), id: IdSchema }).nullable(),
  overriddenAt: InstantSchema,
  /** The approved override request that let it through (optional: devices before requests existed did not send it). */
  requestId: IdSchema.optional(),
});
export type RecordOverrideArgs = z.output<typeof RecordOverrideArgsSchema>;

export const recordOverride = mutationKind({ args: RecordOverrideArgsSchema, action: MUTATION_ACTIONS.recordOverride, conflict: INSERT_ONLY, toDevices: true });

/** Device → head office: the override given for an activity. */
export const overrideArgs = (activity: Activity, override: NonNullable<Activity['override']>, id: string): RecordOverrideArgs => ({
  id, caseId: activity.caseId, ruleIds: override.ruleIds, supervisorId: override.supervisorId, reason: override.reason,
  subject: { kind: 'activity', id: activity.id }, overriddenAt: activity.at,
  ...(override.requestId ? { requestId: override.requestId } : {}),
});

/** Head office → device: the override as the activity keeps it. */
export const overrideOf = (a: RecordOverrideArgs): NonNullable<Activity['override']> => ({
  ruleIds: a.ruleIds, supervisorId: a.supervisorId, reason: a.reason, ...(a.requestId ? { requestId: a.requestId } : {}),
});
