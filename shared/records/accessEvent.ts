import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind } from './kind';
import { REASON_MAX_LENGTH } from './limits';

/** Who signed in, out or failed to; who unmasked, exported, printed or overrode what. Insert-only. */
export const ACCESS_EVENT_KINDS = ['sign_in', 'offline_sign_in', 'sign_in_failed', 'sign_out', 'lock', 'unlock', 'unmask', 'export', 'print', 'override'] as const;
/** The personal data a permitted role may reveal, one value at a time, with a reason. */
export const UNMASK_FIELDS = ['phone', 'id_number', 'address'] as const;

/**
 * An access event (PIPL: who saw or took out personal data, and who got in). `userId` is the account the
 * event is about: for sign_in_failed, the account tried (null when the name typed matches none; the name
 * then goes in `detail`, never the password). An unmask names the field, the record revealed
 * (`subjectId`: the phone, party or address id), its case and a reason. Kept at head office only: the bank's
 * audit of who saw what, not case history, so it is never sent back to devices.
 */
export const RecordAccessEventArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    kind: z.enum(ACCESS_EVENT_KINDS),
    userId: IdSchema.nullable(),
    caseId: IdSchema.nullable(),
    field: z.enum(UNMASK_FIELDS).nullable(),
    subjectId: IdSchema.nullable(),
    reason: z.string().trim().max(REASON_MAX_LENGTH).nullable(),
    detail: z.string().max(1000).nullable(),
    at: InstantSchema,
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (e.userId === null && e.kind !== 'sign_in_failed') issue('userId', 'only a failed sign-in may name no user');
    if ((e.kind === 'unmask') !== (e.field !== null)) issue('field', 'a field goes with kind unmask, and only with it');
    if (e.kind === 'unmask') {
      if (e.caseId === null) issue('caseId', 'an unmask names its case');
      if (e.subjectId === null) issue('subjectId', 'an unmask names the record revealed');
    }
    if ((e.kind === 'unmask' || e.kind === 'override') && (e.reason === null || e.reason.length === 0)) issue('reason', 'a reason is required');
  });
export type RecordAccessEventArgs = z.output<typeof RecordAccessEventArgsSchema>;

export const recordAccessEvent = mutationKind({ args: RecordAccessEventArgsSchema, action: MUTATION_ACTIONS.recordAccessEvent, conflict: INSERT_ONLY, toDevices: false });

/** Device → head office: an access event as the device records it (absent fields are null on the wire). */
export const accessEventArgs = (
  id: string,
  e: Pick<RecordAccessEventArgs, 'kind' | 'userId'> & Partial<Pick<RecordAccessEventArgs, 'caseId' | 'field' | 'subjectId' | 'reason' | 'detail'>>,
  at: Date,
): RecordAccessEventArgs => ({
  id, kind: e.kind, userId: e.userId, caseId: e.caseId ?? null, field: e.field ?? null, subjectId: e.subjectId ?? null, reason: e.reason ?? null,
  detail: e.detail ?? null, at: at.toISOString(),
});
