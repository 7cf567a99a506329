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
    /** The name the device showed for `officerId` (from the branch directory); head office takes its own users' names. */
    officerName: z.string().trim().min(1).max(100),
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
export const assignmentArgs = (id: string, c: Case, officer: AssignableOfficer, reason: string, assignedAt: string): AssignCaseArgs => ({
  id, caseId: c.id, fromOfficerId: c.assignment.officerId, officerId: officer.id, officerName: officer.name, reason: reason.trim(), assignedAt,
});

/**
 * The case with its new collector, from where it was (within its branch): on the device that made the move, and
 * replayed over a copy head office sends while the move is still pending (renderer/src/sync/repository/caseEdits.ts).
 * Null when the case is no longer where the move was made from (someone moved it first), or already there.
 */
export const assignmentEdit = (c: Case, a: Pick<AssignCaseArgs, 'fromOfficerId' | 'officerId' | 'officerName' | 'assignedAt'>): Case | null =>
  (c.assignment.officerId ?? null) !== a.fromOfficerId || c.assignment.officerId === a.officerId
    ? null
    : { ...c, assignment: { ...c.assignment, officerId: a.officerId, officerName: a.officerName, assignedAt: a.assignedAt } };
