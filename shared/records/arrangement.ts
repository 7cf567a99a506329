import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, isPlainText, LocalDateSchema, NewIdSchema, ReasonSchema, Sha256HexSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind, type Maker } from './kind';
import {
  ARRANGEMENT_DECISIONS,
  ARRANGEMENT_KINDS,
  ARRANGEMENT_MAX_EVIDENCE,
  ARRANGEMENT_TEXT_MAX_LENGTH,
  ARRANGEMENT_TEXT_MIN_LENGTH,
  charCount,
} from './limits';

/**
 * 特殊客户处置方案 (a special-customer arrangement): a collector proposes how a case in hardship, illness, death
 * or disaster is to be treated (proposeArrangement, insert-only); a supervisor of the branch who is not its
 * maker approves or rejects it once, with a reason (decideArrangement, a once-only correction; maker-checker).
 * It applies only once approved; while proposed it is shown on the case and waits in the approvals inbox.
 */

export const ArrangementKindSchema = z.enum(ARRANGEMENT_KINDS);
export type ArrangementKind = z.infer<typeof ArrangementKindSchema>;

/** What is proposed, and why: long enough to decide on; plain text. */
export const ArrangementTextSchema = z
  .string()
  .trim()
  .max(ARRANGEMENT_TEXT_MAX_LENGTH)
  .refine((t) => charCount(t) >= ARRANGEMENT_TEXT_MIN_LENGTH, { message: `at least ${ARRANGEMENT_TEXT_MIN_LENGTH} characters` })
  .refine(isPlainText, 'text must not contain control characters (文本不能含控制字符)');

export const ARRANGEMENT_STATUSES = ['proposed', 'approved', 'rejected'] as const;
export type ArrangementStatus = (typeof ARRANGEMENT_STATUSES)[number];

export const ArrangementDecisionSchema = z
  .object({
    status: z.enum(ARRANGEMENT_STATUSES),
    approverId: IdSchema.nullable(),
    decidedAt: InstantSchema.nullable(),
    reason: z.string().nullable(),
  })
  .refine((d) => [d.approverId, d.decidedAt, d.reason].every((v) => (d.status === 'proposed' ? v === null : v !== null)), {
    path: ['approverId'],
    message: 'approver, time and reason go with a decision, and only with it',
  });
export type ArrangementDecision = z.infer<typeof ArrangementDecisionSchema>;

export const ArrangementSchema = z
  // No check that the decision comes after the proposal: they are stamped by two laptops' clocks, which may
  // be hours apart (the sync simulation's skewed clocks found it).
  .object({
    id: IdSchema,
    caseId: IdSchema,
    kind: ArrangementKindSchema,
    /** What the collector proposes (e.g. suspend collection for six months, waive penalty interest). */
    proposal: ArrangementTextSchema,
    /** Why: the debtor's circumstances. */
    reasons: ArrangementTextSchema,
    /** Attachments (SHA-256 ids) that support it: a hospital record, a death certificate… */
    evidenceIds: z.array(Sha256HexSchema).max(ARRANGEMENT_MAX_EVIDENCE),
    /** By when the collector needs a decision, when there is a date (a hearing, the next instalment). */
    decideBy: LocalDateSchema.nullable(),
    proposedAt: InstantSchema,
    makerId: IdSchema,
    decision: ArrangementDecisionSchema,
  });
export type Arrangement = z.infer<typeof ArrangementSchema>;

export const ProposeArrangementArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  kind: ArrangementKindSchema,
  proposal: ArrangementTextSchema,
  reasons: ArrangementTextSchema,
  evidenceIds: z.array(Sha256HexSchema).max(ARRANGEMENT_MAX_EVIDENCE),
  decideBy: LocalDateSchema.nullable(),
  proposedAt: InstantSchema,
});
export type ProposeArrangementArgs = z.output<typeof ProposeArrangementArgsSchema>;

/** Maker-checker: head office refuses a decision by the arrangement's maker. A decision always states its reason. */
export const DecideArrangementArgsSchema = z.strictObject({
  caseId: IdSchema,
  arrangementId: IdSchema,
  decision: z.enum(ARRANGEMENT_DECISIONS),
  reason: ReasonSchema,
  decidedAt: InstantSchema,
});
export type DecideArrangementArgs = z.output<typeof DecideArrangementArgsSchema>;

export const proposeArrangement = mutationKind({
  args: ProposeArrangementArgsSchema,
  action: MUTATION_ACTIONS.proposeArrangement,
  conflict: INSERT_ONLY,
  toDevices: true,
});
export const decideArrangement = mutationKind({
  args: DecideArrangementArgsSchema,
  action: MUTATION_ACTIONS.decideArrangement,
  conflict: { class: 'once_only_correction', target: 'proposeArrangement', ref: (a) => a.arrangementId },
  toDevices: true,
});

/** Device → head office. */
export const arrangementArgs = (a: Arrangement): ProposeArrangementArgs => ({
  id: a.id, caseId: a.caseId, kind: a.kind, proposal: a.proposal, reasons: a.reasons, evidenceIds: a.evidenceIds, decideBy: a.decideBy, proposedAt: a.proposedAt,
});

/** Head office → device: a proposal, waiting for its decision. */
export const arrangementOf = (a: ProposeArrangementArgs, by: Maker): Arrangement => ({
  ...a, evidenceIds: [...a.evidenceIds], makerId: by.userId, decision: { status: 'proposed', approverId: null, decidedAt: null, reason: null },
});

/** The decision's args from a decided arrangement (device → head office), or null while it is proposed. */
export function arrangementDecisionArgs(a: Arrangement): DecideArrangementArgs | null {
  const { status, decidedAt, reason } = a.decision;
  if (status === 'proposed' || decidedAt === null || reason === null) return null;
  return { caseId: a.caseId, arrangementId: a.id, decision: status === 'approved' ? 'approve' : 'reject', reason, decidedAt };
}

/** Head office → device (and the device's own write): the decision a decideArrangement gives. */
export const arrangementDecisionOf = (a: DecideArrangementArgs, by: Maker): ArrangementDecision => ({
  status: a.decision === 'approve' ? 'approved' : 'rejected', approverId: by.userId, decidedAt: a.decidedAt, reason: a.reason,
});
