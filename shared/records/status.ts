import { z } from 'zod';
import { CASE_STATUSES, HOLD_REASONS, type Case, type CaseStatus } from '../domain/case';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NoteSchema } from '../sync/primitives';
import { mutationKind } from './kind';

/**
 * A case's status: not last-writer-wins but a state machine (shared/fieldwork/caseStatus.ts). Head office
 * takes a change only from the status it has now; `from` is what the device saw.
 */
export const SetCaseStatusArgsSchema = z
  .strictObject({
    caseId: IdSchema,
    from: z.enum(CASE_STATUSES),
    to: z.enum(CASE_STATUSES),
    holdReason: z.enum(HOLD_REASONS).nullable(),
    note: NoteSchema,
    changedAt: InstantSchema,
  })
  .refine((s) => (s.to === 'on_hold') === (s.holdReason !== null), {
    path: ['holdReason'],
    message: 'a hold reason goes with status on_hold, and only with it',
  });
export type SetCaseStatusArgs = z.output<typeof SetCaseStatusArgsSchema>;

export const setCaseStatus = mutationKind({ args: SetCaseStatusArgsSchema, action: MUTATION_ACTIONS.setCaseStatus, conflict: { class: 'state_machine' }, toDevices: true });

/** Device → head office: the case moved from the status it had (`before`) to `to`. */
export const statusArgs = (before: Case, to: CaseStatus, holdReason: SetCaseStatusArgs['holdReason'], note: string, changedAt: string): SetCaseStatusArgs => ({
  caseId: before.id, from: before.status, to, holdReason: to === 'on_hold' ? holdReason : null, note, changedAt,
});

/** Only from the status the change was made from: head office refuses it otherwise, and so does the device. */
export const statusEdit = (c: Case, a: SetCaseStatusArgs): Case | null =>
  c.status === a.from && c.status !== a.to ? { ...c, status: a.to, holdReason: a.to === 'on_hold' ? a.holdReason : null } : null;
