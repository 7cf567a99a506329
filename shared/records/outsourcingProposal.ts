import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema, ReasonSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind, type Maker } from './kind';
import { LegalTextSchema } from './legalReferral';

/**
 * 委外申请 (a proposal to give a case to an outsourcing agency, docs/records.md "Outsourcing proposals"): the
 * case's collector or a supervisor of its branch proposes one agency from the list head office publishes to the
 * branch (shared/outsourcing/published.ts), with a reason (proposeOutsourcing, insert-only); a supervisor of the
 * branch who is not its maker approves or rejects it (decideOutsourcing, once; maker-checker). Head office then
 * gives the case to that agency from the console, once the debtor's notice letter (委外催收告知函) is registered
 * (server/console/outsourcing/cases.ts).
 */

export const ProposeOutsourcingArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  agencyId: IdSchema,
  reason: LegalTextSchema,
  proposedAt: InstantSchema,
});
export type ProposeOutsourcingArgs = z.output<typeof ProposeOutsourcingArgsSchema>;

export const DecideOutsourcingArgsSchema = z.strictObject({
  caseId: IdSchema,
  proposalId: IdSchema,
  decision: z.enum(['approve', 'reject']),
  reason: ReasonSchema,
  decidedAt: InstantSchema,
});
export type DecideOutsourcingArgs = z.output<typeof DecideOutsourcingArgsSchema>;

export const OUTSOURCING_PROPOSAL_STATUSES = ['proposed', 'approved', 'rejected'] as const;
export type OutsourcingProposalStatus = (typeof OUTSOURCING_PROPOSAL_STATUSES)[number];

export const OutsourcingProposalSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  agencyId: IdSchema,
  reason: z.string(),
  proposedAt: InstantSchema,
  makerId: IdSchema,
  status: z.enum(OUTSOURCING_PROPOSAL_STATUSES),
  decision: z.object({ by: IdSchema, at: InstantSchema, reason: z.string() }).nullable(),
});
export type OutsourcingProposal = z.infer<typeof OutsourcingProposalSchema>;

export const proposeOutsourcing = mutationKind({ args: ProposeOutsourcingArgsSchema, action: MUTATION_ACTIONS.proposeOutsourcing, conflict: INSERT_ONLY, toDevices: true });
export const decideOutsourcing = mutationKind({
  args: DecideOutsourcingArgsSchema,
  action: MUTATION_ACTIONS.decideOutsourcing,
  conflict: { class: 'once_only_correction', target: 'proposeOutsourcing', ref: (a) => a.proposalId },
  toDevices: true,
});

/** Device → head office. */
export const proposalArgs = (p: OutsourcingProposal): ProposeOutsourcingArgs => ({ id: p.id, caseId: p.caseId, agencyId: p.agencyId, reason: p.reason, proposedAt: p.proposedAt });

/** Head office → device: a proposal waiting for the supervisor. */
export const proposalOf = (a: ProposeOutsourcingArgs, by: Maker): OutsourcingProposal => ({ ...a, makerId: by.userId, status: 'proposed', decision: null });

/** The proposal after the supervisor's decision (device and pull alike). */
export const outsourcingDecided = (p: OutsourcingProposal, a: DecideOutsourcingArgs, by: Maker): OutsourcingProposal => ({
  ...p, status: a.decision === 'approve' ? 'approved' : 'rejected', decision: { by: by.userId, at: a.decidedAt, reason: a.reason },
});
