import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { localDateOf } from '../calendar';
import { OutcomeCodeSchema } from '../fieldwork/outcomes';
import { IdSchema, InstantSchema, LocalDateSchema, NewIdSchema, NoteSchema, PersonNameSchema, Sha256HexSchema } from '../sync/primitives';
import { RetireReasonSchema } from './contacts';
import { distinct, INSERT_ONLY, mutationKind } from './kind';
import { VISIT_MAX_STAFF, VISIT_MIN_STAFF, VISIT_STATUSES } from './limits';

/**
 * A field visit (外访): planned (planVisit, insert-only), then done (recordVisit under the planned id, or a
 * new id for a visit nobody planned) or cancelled (cancelVisit, once). A cancelled visit cannot be done, nor
 * a done one cancelled.
 */

/** Structure only; the visit rules (two staff, who was met) are validateVisitRecord's, so a form can show them. */
export const VisitSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  plannedFor: LocalDateSchema,
  addressId: IdSchema,
  /** Names or user ids of the staff going. */
  staff: z.array(z.string().max(60)),
  status: z.enum(VISIT_STATUSES),
  peopleMet: z.string().max(200).nullable(),
  outcome: OutcomeCodeSchema.nullable(),
  notes: z.string().max(2000),
  attachmentIds: z.array(Sha256HexSchema),
  recordedAt: InstantSchema,
});
export type Visit = z.infer<typeof VisitSchema>;

/** Staff going on a visit, by user id or by name (a colleague from another team may not have an account). */
const Staff = z
  .array(PersonNameSchema)
  .min(VISIT_MIN_STAFF, `a visit needs at least ${VISIT_MIN_STAFF} staff (外访至少 ${VISIT_MIN_STAFF} 人)`)
  .max(VISIT_MAX_STAFF)
  .refine(distinct, 'staff must be different people');

export const PlanVisitArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  plannedFor: LocalDateSchema,
  addressId: IdSchema,
  staff: Staff,
  plannedAt: InstantSchema,
});
export type PlanVisitArgs = z.output<typeof PlanVisitArgsSchema>;

/**
 * A visit done. `id` is the planned visit's id, or a new UUIDv7 for a visit nobody planned; head office
 * marks the planned one done, or inserts a done one.
 */
export const RecordVisitArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  addressId: IdSchema,
  staff: Staff,
  /** Who was met, as described (the debtor, a relative, a neighbour); null when nobody was. */
  peopleMet: z.string().trim().max(200).nullable(),
  outcome: OutcomeCodeSchema,
  notes: NoteSchema,
  /** The sha256 of each attachment taken on the visit (each sent by its own addAttachment). */
  attachmentIds: z.array(Sha256HexSchema).max(50),
  visitedAt: InstantSchema,
});
export type RecordVisitArgs = z.output<typeof RecordVisitArgsSchema>;

export const CancelVisitArgsSchema = z.strictObject({
  caseId: IdSchema,
  visitId: IdSchema,
  reason: RetireReasonSchema,
  cancelledAt: InstantSchema,
});
export type CancelVisitArgs = z.output<typeof CancelVisitArgsSchema>;

export const planVisit = mutationKind({ args: PlanVisitArgsSchema, action: MUTATION_ACTIONS.planVisit, conflict: INSERT_ONLY, toDevices: true });
/** Done once under its id: insert-only, with head office refusing a cancelled one (server/sync/apply/visits.ts). */
export const recordVisit = mutationKind({ args: RecordVisitArgsSchema, action: MUTATION_ACTIONS.recordVisit, conflict: INSERT_ONLY, toDevices: true });
export const cancelVisit = mutationKind({
  args: CancelVisitArgsSchema,
  action: MUTATION_ACTIONS.cancelVisit,
  conflict: { class: 'once_only_correction', target: 'planVisit', ref: (a) => a.visitId },
  toDevices: true,
});

export const plannedVisitArgs = (v: Visit): PlanVisitArgs => ({
  id: v.id, caseId: v.caseId, plannedFor: v.plannedFor, addressId: v.addressId, staff: v.staff, plannedAt: v.recordedAt,
});

export const doneVisitArgs = (v: Visit): RecordVisitArgs | null =>
  v.status !== 'done' || v.outcome === null
    ? null
    : { id: v.id, caseId: v.caseId, addressId: v.addressId, staff: v.staff, peopleMet: v.peopleMet, outcome: v.outcome, notes: v.notes, attachmentIds: v.attachmentIds, visitedAt: v.recordedAt };

export const plannedVisitOf = (a: PlanVisitArgs): Visit => ({
  id: a.id, caseId: a.caseId, plannedFor: a.plannedFor, addressId: a.addressId, staff: a.staff, status: 'planned',
  peopleMet: null, outcome: null, notes: '', attachmentIds: [], recordedAt: a.plannedAt,
});

/** A visit done: the planned one completed, or one nobody planned (planned for the day it happened). */
export const doneVisitOf = (a: RecordVisitArgs, planned: Visit | undefined, timeZone: string): Visit => ({
  id: a.id, caseId: a.caseId, plannedFor: planned?.plannedFor ?? localDateOf(a.visitedAt, timeZone), addressId: a.addressId, staff: a.staff,
  status: 'done', peopleMet: a.peopleMet, outcome: a.outcome, notes: a.notes, attachmentIds: a.attachmentIds, recordedAt: a.visitedAt,
});
