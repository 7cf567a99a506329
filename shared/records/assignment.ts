import { z } from 'zod';
import type { Case } from '../domain/case';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema, ReasonSchema } from '../sync/primitives';
import { mutationKind } from './kind';
import { ASSIGN_REASON_MIN_LENGTH, charCount } from './limits';

/**
 * 分案: a supervisor (or a head-office admin) gives a case to a collector of its branch, with a reason.
 * Not last-writer-wins: like a status change it is a move from the assignment the device saw
 * (`fromOfficerId`, null when the case was unassigned). Head office takes it only while the case is still
 * where the device saw it; when another supervisor moved it first, the later move is refused as a conflict
 * (docs/records.md, "Assignment"). Kept at head office (the audit of who moved what, when and why): devices
 * get the case's new assignment with the case itself.
 */
export const AssignCaseArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: IdSchema,
    fromOfficerId: IdSchema.nullable(),
    officerId: IdSchema,
    reason: ReasonSchema.refine((r) => charCount(r) >= ASSIGN_REASON_MIN_LENGTH, `a reason of at least ${ASSIGN_REASON_MIN_LENGTH} characters is required`),
    assignedAt: InstantSchema,
  })
  .refine((a) => a.fromOfficerId !== a.officerId, { path: ['officerId'], message: 'the case is already assigned to this collector' });
export type AssignCaseArgs = z.output<typeof AssignCaseArgsSchema>;

export const assignCase = mutationKind({ args: AssignCaseArgsSchema, action: MUTATION_ACTIONS.assignCase, conflict: { class: 'state_machine' }, toDevices: false });

/** Who a case may go to: a member of staff who holds cases (a collector, or a supervisor working some). */
export interface AssignableOfficer {
  id: string;
  name: string;
  branchCode: string;
}

/** Device → head office: case `c`, as the device has it, goes to `officer`. */
export const assignmentArgs = (id: string, c: Case, officerId: string, reason: string, assignedAt: string): AssignCaseArgs => ({
  id, caseId: c.id, fromOfficerId: c.assignment.officerId, officerId, reason: reason.trim(), assignedAt,
});

/**
 * The case with its new assignment, from where it was: the same on the device that made the move and at head
 * office. Null when the case is no longer where the move was made from (someone moved it first).
 */
export const assignmentEdit = (c: Case, a: Pick<AssignCaseArgs, 'fromOfficerId' | 'officerId' | 'assignedAt'>, officer: AssignableOfficer, branchName: string): Case | null =>
  (c.assignment.officerId ?? null) !== a.fromOfficerId
    ? null
    : { ...c, assignment: { branchCode: officer.branchCode, branchName, officerId: officer.id, officerName: officer.name, assignedAt: a.assignedAt } };
