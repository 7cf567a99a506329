import { z } from 'zod';
import { isTimeOfDay } from '../calendar';
import { ChannelSchema, OUTCOMES, OutcomeCodeSchema } from '../fieldwork/outcomes';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, LocalDateSchema, NewIdSchema, NoteSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind, type Maker } from './kind';
import { ADDRESS_CHANNELS, OVERRIDE_REASON_MIN_LENGTH, PHONE_CHANNELS, REASON_MAX_LENGTH } from './limits';

/**
 * An activity (催收记录): one attempt to reach a party, by phone, SMS, letter, visit, e-mail or legal step.
 * Insert-only; an override a supervisor gave for it travels as its own record (shared/records/override.ts).
 */

const NEEDS_PHONE = new Set<string>(PHONE_CHANNELS);
const NEEDS_ADDRESS = new Set<string>(ADDRESS_CHANNELS);

/** A supervisor allowed this attempt although compliance rules (ruleIds) would have blocked it. */
export const ActivityOverrideSchema = z.object({
  ruleIds: z.array(IdSchema).min(1),
  supervisorId: IdSchema,
  reason: z.string().trim().min(OVERRIDE_REASON_MIN_LENGTH, `an override states why in at least ${OVERRIDE_REASON_MIN_LENGTH} characters`).max(REASON_MAX_LENGTH),
  /** The approved request (shared/records/overrideRequest.ts) that let it through; absent on overrides stored before requests existed. */
  requestId: IdSchema.optional(),
});

/**
 * The time of day agreed for a callback (约定回电 at 15:00), in the debtor's time zone; optional, so activities
 * and outbox entries written before it existed still parse (a loosening of the wire format).
 */
export const CallbackTimeSchema = z.string().refine(isTimeOfDay, 'time must be HH:MM').nullable().optional();

/**
 * The outcome fits the channel, and a call or SMS names its number, a visit or letter its address; a callback
 * time goes with its date.
 */
function checkChannel(
  a: { outcome: z.infer<typeof OutcomeCodeSchema>; channel: z.infer<typeof ChannelSchema>; phoneId: string | null; addressId: string | null; nextActionDate: string | null; nextActionTime?: string | null },
  ctx: z.RefinementCtx,
): void {
  if ((a.nextActionTime ?? null) !== null && a.nextActionDate === null) {
    ctx.addIssue({ code: 'custom', path: ['nextActionTime'], message: 'a callback time needs its date' });
  }
  if (!OUTCOMES[a.outcome].channels.includes(a.channel)) {
    ctx.addIssue({ code: 'custom', path: ['outcome'], message: `outcome ${a.outcome} does not apply to channel ${a.channel}` });
  }
  if (NEEDS_PHONE.has(a.channel) && a.phoneId === null) {
    ctx.addIssue({ code: 'custom', path: ['phoneId'], message: 'a call or SMS records the number used' });
  }
  if (NEEDS_ADDRESS.has(a.channel) && a.addressId === null) {
    ctx.addIssue({ code: 'custom', path: ['addressId'], message: 'a visit or letter records the address used' });
  }
}

export const ActivitySchema = z
  .object({
    id: IdSchema,
    caseId: IdSchema,
    partyId: IdSchema,
    channel: ChannelSchema,
    phoneId: IdSchema.nullable(),
    addressId: IdSchema.nullable(),
    outcome: OutcomeCodeSchema,
    notes: z.string().max(2000),
    nextAction: z.string().max(200).nullable(),
    nextActionDate: LocalDateSchema.nullable(),
    nextActionTime: CallbackTimeSchema,
    at: InstantSchema,
    userId: IdSchema,
    deviceId: IdSchema,
    override: ActivityOverrideSchema.nullable(),
  })
  .superRefine(checkChannel);
export type Activity = z.infer<typeof ActivitySchema>;

export const RecordActivityArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  /** The party the attempt was aimed at. */
  partyId: IdSchema,
  channel: ChannelSchema,
  /** The number used (phone, SMS) or the address used (visit, letter); head office checks which applies. */
  phoneId: IdSchema.nullable(),
  addressId: IdSchema.nullable(),
  outcome: OutcomeCodeSchema,
  notes: NoteSchema,
  nextAction: z.string().max(200).nullable(),
  nextActionDate: LocalDateSchema.nullable(),
  nextActionTime: CallbackTimeSchema,
  at: InstantSchema,
});
export type RecordActivityArgs = z.output<typeof RecordActivityArgsSchema>;

export const recordActivity = mutationKind({ args: RecordActivityArgsSchema, action: MUTATION_ACTIONS.recordActivity, conflict: INSERT_ONLY, toDevices: true });

/** Device → head office: what the mutation carries of a local activity. */
export const activityArgs = (a: Activity): RecordActivityArgs => ({
  id: a.id, caseId: a.caseId, partyId: a.partyId, channel: a.channel, phoneId: a.phoneId, addressId: a.addressId, outcome: a.outcome,
  notes: a.notes, nextAction: a.nextAction, nextActionDate: a.nextActionDate, ...(a.nextActionTime ? { nextActionTime: a.nextActionTime } : {}), at: a.at,
});

/** Head office → device: the local activity a pulled recordActivity stands for. */
export const activityOf = (a: RecordActivityArgs, by: Maker): Activity => ({
  ...a, userId: by.userId, deviceId: by.deviceId,
  // An override travels as its own record (recordOverride) and is attached when it arrives.
  override: null,
});
