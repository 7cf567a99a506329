import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { instantMs } from '../calendar';
import { IdSchema, InstantSchema, NewIdSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind } from './kind';
import { DISPUTE_KINDS, DISPUTE_TEXT_MAX_LENGTH } from './limits';

/**
 * 异议 (the debtor contests the debt) or 投诉 (a complaint about how they were treated): opened once
 * (insert-only), resolved once (a once-only correction).
 */
const TextSchema = z.string().trim().min(1).max(DISPUTE_TEXT_MAX_LENGTH);

export const DisputeSchema = z
  .object({
    id: IdSchema,
    caseId: IdSchema,
    kind: z.enum(DISPUTE_KINDS),
    description: TextSchema,
    openedAt: InstantSchema,
    resolvedAt: InstantSchema.nullable(),
    resolution: TextSchema.nullable(),
  })
  .refine((d) => (d.resolvedAt === null) === (d.resolution === null), {
    path: ['resolution'],
    message: 'a resolution and its time go together',
  })
  .refine((d) => d.resolvedAt === null || instantMs(d.resolvedAt) >= instantMs(d.openedAt), {
    path: ['resolvedAt'],
    message: 'resolved before it was opened',
  });
export type Dispute = z.infer<typeof DisputeSchema>;
export const ComplaintSchema = DisputeSchema;
export type Complaint = Dispute;

export const OpenDisputeArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  kind: z.enum(DISPUTE_KINDS),
  description: TextSchema,
  openedAt: InstantSchema,
});
export type OpenDisputeArgs = z.output<typeof OpenDisputeArgsSchema>;

export const ResolveDisputeArgsSchema = z.strictObject({
  caseId: IdSchema,
  disputeId: IdSchema,
  resolution: TextSchema,
  resolvedAt: InstantSchema,
});
export type ResolveDisputeArgs = z.output<typeof ResolveDisputeArgsSchema>;

export const openDispute = mutationKind({ args: OpenDisputeArgsSchema, action: MUTATION_ACTIONS.openDispute, conflict: INSERT_ONLY, toDevices: true });
export const resolveDispute = mutationKind({
  args: ResolveDisputeArgsSchema,
  action: MUTATION_ACTIONS.resolveDispute,
  conflict: { class: 'once_only_correction', target: 'openDispute', ref: (a) => a.disputeId },
  toDevices: true,
});

export const disputeArgs = (d: Dispute): OpenDisputeArgs => ({ id: d.id, caseId: d.caseId, kind: d.kind, description: d.description, openedAt: d.openedAt });
export const resolutionArgs = (d: Dispute): ResolveDisputeArgs | null =>
  d.resolvedAt !== null && d.resolution !== null ? { caseId: d.caseId, disputeId: d.id, resolution: d.resolution, resolvedAt: d.resolvedAt } : null;

export const disputeOf = (a: OpenDisputeArgs): Dispute => ({
  id: a.id, caseId: a.caseId, kind: a.kind, description: a.description, openedAt: a.openedAt, resolvedAt: null, resolution: null,
});
