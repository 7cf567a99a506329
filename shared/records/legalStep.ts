import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { FenSchema, IdSchema, InstantSchema, LocalDateSchema, NewIdSchema, plainLine, PositiveFenSchema, ReasonSchema } from '../sync/primitives';
import { distinct, INSERT_ONLY, mutationKind, type Maker } from './kind';
import { LEGAL_HEARING_ATTENDEES_MAX, LEGAL_INSTALMENTS_MAX, LEGAL_NAME_MAX_LENGTH } from './limits';
import { LEGAL_PROCEEDINGS } from './legalReferral';

/**
 * 诉讼案件 (a legal case) as the steps head office's legal staff record on it (recordLegalStep, insert-only; the
 * order is checked against the status machine shared/legal/status.ts by head office, server/sync/apply/legal.ts):
 * the filing (court or arbitration body, 案号, parties and their roles, the claim at the filing date with its
 * breakdown, costs), hearings (开庭), mediation or judgment (effective date, amounts, the last day of
 * performance), the enforcement application and its results (执行回款, 终结本次执行), and closure. The filing's id
 * is the legal case's id. Money in integer fen.
 */

const NameSchema = plainLine(LEGAL_NAME_MAX_LENGTH).min(1, 'required');
const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:mm');

/** What is claimed or awarded, by component. */
export const AmountBreakdownSchema = z.strictObject({
  principalFen: FenSchema,
  interestFen: FenSchema,
  penaltyFen: FenSchema,
  feesFen: FenSchema,
});
export type AmountBreakdown = z.infer<typeof AmountBreakdownSchema>;
export const breakdownTotal = (b: AmountBreakdown): number => b.principalFen + b.interestFen + b.penaltyFen + b.feesFen;

export const LEGAL_PARTY_ROLES = ['defendant', 'co_defendant', 'respondent', 'third_party'] as const;

const PerformanceSchema = {
  effectiveOn: LocalDateSchema,
  /** The last day of performance the document sets; null when it sets none (the period runs from effectiveOn). */
  performBy: LocalDateSchema.nullable(),
  instalmentDueDates: z.array(LocalDateSchema).max(LEGAL_INSTALMENTS_MAX),
};

export const LegalStepSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('file'),
    referralId: IdSchema,
    proceeding: z.enum(LEGAL_PROCEEDINGS),
    forum: z.enum(['court', 'arbitration']),
    forumName: NameSchema,
    caseNumber: NameSchema,
    filedOn: LocalDateSchema,
    parties: z
      .array(z.strictObject({ partyId: IdSchema, role: z.enum(LEGAL_PARTY_ROLES) }))
      .min(1, 'at least one party is sued')
      .max(20)
      .refine((ps) => distinct(ps.map((p) => p.partyId)), 'each party once'),
    claim: AmountBreakdownSchema.refine((b) => breakdownTotal(b) > 0, 'the claim is more than nothing'),
    costs: z.strictObject({ courtFeeFen: FenSchema, counselFeeFen: FenSchema }),
  }),
  z.strictObject({
    kind: z.literal('hearing'),
    on: LocalDateSchema,
    time: TimeOfDaySchema,
    place: NameSchema,
    /** Staff the hearing concerns: it appears on their My day. */
    attendeeIds: z.array(IdSchema).max(LEGAL_HEARING_ATTENDEES_MAX).refine(distinct, 'each person once'),
  }),
  z.strictObject({ kind: z.literal('mediation'), ...PerformanceSchema, amountFen: PositiveFenSchema }),
  z.strictObject({ kind: z.literal('judgment'), ...PerformanceSchema, awarded: AmountBreakdownSchema }),
  z.strictObject({ kind: z.literal('enforcement_application'), appliedOn: LocalDateSchema, enforcementCaseNumber: NameSchema }),
  z.strictObject({ kind: z.literal('enforcement_recovery'), receivedOn: LocalDateSchema, amountFen: PositiveFenSchema }),
  z.strictObject({ kind: z.literal('enforcement_ended'), on: LocalDateSchema, reason: ReasonSchema }),
  z.strictObject({ kind: z.literal('closure'), on: LocalDateSchema, outcome: z.enum(['paid', 'settled', 'withdrawn', 'dismissed', 'uncollectable']), reason: ReasonSchema }),
]);
export type LegalStep = z.infer<typeof LegalStepSchema>;

export const RecordLegalStepArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: IdSchema,
    /** The filing's id; a filing carries its own id here. */
    legalCaseId: IdSchema,
    step: LegalStepSchema,
    recordedAt: InstantSchema,
  })
  .refine((a) => (a.step.kind === 'file') === (a.legalCaseId === a.id), {
    path: ['legalCaseId'],
    message: 'a filing is its own legal case (legalCaseId = id); every other step names the filing',
  });
export type RecordLegalStepArgs = z.output<typeof RecordLegalStepArgsSchema>;

/** The device's copy: the args and who recorded it. */
export const LegalStepRecordSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  legalCaseId: IdSchema,
  step: LegalStepSchema,
  recordedAt: InstantSchema,
  makerId: IdSchema,
});
export type LegalStepRecord = z.infer<typeof LegalStepRecordSchema>;

export const recordLegalStep = mutationKind({ args: RecordLegalStepArgsSchema, action: MUTATION_ACTIONS.recordLegalStep, conflict: INSERT_ONLY, toDevices: true });

export const legalStepArgs = (s: LegalStepRecord): RecordLegalStepArgs => ({ id: s.id, caseId: s.caseId, legalCaseId: s.legalCaseId, step: s.step, recordedAt: s.recordedAt });
export const legalStepOf = (a: RecordLegalStepArgs, by: Maker): LegalStepRecord => ({ ...a, makerId: by.userId });
