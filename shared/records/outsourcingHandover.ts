import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema, ReasonSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind, type Maker } from './kind';

/**
 * 委外交接 (docs/records.md, "Outsourcing handovers"): head office gave a case to an agency, or recalled it, from
 * the console (server/console/outsourcing/cases.ts). Head office makes the record in the same transaction as the
 * agency's row, so the case's devices learn it on their next pull: the collector sees that an agency now calls
 * the debtor, since when and why, and that the case has come back. Insert-only; the newest is the case's state.
 */

export const OUTSOURCING_MOVES = ['give', 'recall'] as const;
export type OutsourcingMove = (typeof OUTSOURCING_MOVES)[number];

export const RecordOutsourcingHandoverArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  agencyId: IdSchema,
  move: z.enum(OUTSOURCING_MOVES),
  /** The approved proposal that allowed a handover (null for a recall). */
  proposalId: IdSchema.nullable(),
  reason: ReasonSchema,
  at: InstantSchema,
});
export type RecordOutsourcingHandoverArgs = z.output<typeof RecordOutsourcingHandoverArgsSchema>;

export const OutsourcingHandoverSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  agencyId: IdSchema,
  move: z.enum(OUTSOURCING_MOVES),
  proposalId: IdSchema.nullable(),
  reason: z.string(),
  at: InstantSchema,
  makerId: IdSchema,
});
export type OutsourcingHandover = z.infer<typeof OutsourcingHandoverSchema>;

export const recordOutsourcingHandover = mutationKind({ args: RecordOutsourcingHandoverArgsSchema, action: MUTATION_ACTIONS.recordOutsourcingHandover, conflict: INSERT_ONLY, toDevices: true });

/** Head office → device. */
export const handoverOf = (a: RecordOutsourcingHandoverArgs, by: Maker): OutsourcingHandover => ({ ...a, makerId: by.userId });

/** Device → head office (the round-trip test reads a kept record back). */
export const handoverArgs = (h: OutsourcingHandover): RecordOutsourcingHandoverArgs => ({ id: h.id, caseId: h.caseId, agencyId: h.agencyId, move: h.move, proposalId: h.proposalId, reason: h.reason, at: h.at });

/** The case's standing with agencies: the newest handover (by its time, then id), or null when it was never given. */
export function outsourcingStateOf(handovers: readonly OutsourcingHandover[]): OutsourcingHandover | null {
  // Instants compared as times, not text: an offset other than Z would sort wrongly as a string.
  let newest: OutsourcingHandover | null = null;
  for (const h of handovers) {
    const d = newest === null ? 1 : Date.parse(h.at) - Date.parse(newest.at);
    if (d > 0 || (d === 0 && h.id > newest!.id)) newest = h;
  }
  return newest;
}
