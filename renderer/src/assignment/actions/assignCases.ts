import { z } from 'zod';
import type { Case } from '../../../../shared/domain/case';
import { permits } from '../../../../shared/domain/permissions';
import { RoleSchema } from '../../../../shared/domain/staff';
import { AssignCaseArgsSchema } from '../../../../shared/records/assignment';
import { ASSIGN_BATCH_MAX } from '../../../../shared/records/limits';
import { IdSchema } from '../../../../shared/sync/primitives';
import { ActionRefused, assertPermitted, defineAction } from '../../store/runAction';
import { casesByIds, writeAssignments, type AssignmentWrite } from '../repository/assignments';

/** Who a case may go to: the branch's staff as the device knows them (the branch directory). */
const OfficerSchema = z.object({ id: IdSchema, name: z.string().min(1).max(100), role: RoleSchema, branchCode: z.string().min(1) });

export const AssignCasesInput = z.object({
  moves: z
    .array(z.object({ caseId: IdSchema, officerId: IdSchema }))
    .min(1)
    .max(ASSIGN_BATCH_MAX)
    .refine((m) => new Set(m.map((x) => x.caseId)).size === m.length, 'a case appears twice'),
  reason: AssignCaseArgsSchema.shape.reason,
  officers: z.array(OfficerSchema).min(1).max(5000),
});
export type AssignCasesInputType = z.input<typeof AssignCasesInput>;

/** Roles that hold cases: what head office accepts as a target too (server/sync/apply/assignment.ts). */
const HOLDS_CASES = new Set(['collector', 'supervisor']);

/**
 * 分案: cases to collectors of their branch, with one reason, in one transaction: each case's assignment, an
 * audit entry and an assignCase outbox entry per case. Refused whole when one case may not be moved by this
 * user or one target may not hold it; a case already with its target is left out. Returns the cases moved.
 */
export const assignCases = defineAction({
  name: 'assignCases',
  input: AssignCasesInput,
  permission: 'assign_cases',
  caseIdOf: () => null,
  run: async ({ db, actor, operator }, input): Promise<Case[]> => {
    const officers = new Map(input.officers.map((o) => [o.id, o]));
    const found = await casesByIds(db, input.moves.map((m) => m.caseId));
    const writes: AssignmentWrite[] = [];
    input.moves.forEach((m, i) => {
      const c = found[i];
      if (!c) throw new ActionRefused('fieldwork.error.no_case');
      assertPermitted(permits(operator, 'assign_cases', c.assignment), operator, 'assign_cases');
      const officer = officers.get(m.officerId);
      if (!officer || !HOLDS_CASES.has(officer.role)) throw new ActionRefused('assignment.error.notAssignable', { caseNumber: c.caseNumber });
      if (officer.branchCode !== c.assignment.branchCode) throw new ActionRefused('assignment.error.otherBranch', { caseNumber: c.caseNumber, name: officer.name });
      if (c.assignment.officerId !== officer.id) writes.push({ before: c, officer });
    });
    return writeAssignments(db, actor, writes, input.reason);
  },
});
