import { z } from 'zod';
import { HlcSchema, parseHlc } from './hlc';
import { newId, type NewIdOptions } from './ids';
import { DeviceIdSchema, IdSchema, InstantSchema, NewIdSchema, UNSTORABLE_TEXT_MESSAGE, unstorableTextPath } from './primitives';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from './versions';
import { MUTATION_NAMES, type MutationName } from '../records/names';
import { RECORD_KINDS, type MutationArgsInput } from '../records/registry';

export { MUTATION_NAMES, isMutationName, type MutationName } from '../records/names';
export type { MutationArgs, MutationArgsInput } from '../records/registry';
export const MutationNameSchema = z.enum(MUTATION_NAMES);

const mutation = <N extends MutationName>(name: N) =>
  z.strictObject({ name: z.literal(name), args: RECORD_KINDS[name].args as (typeof RECORD_KINDS)[N]['args'] });

/** `{ name, args }`, args checked by the schema of that name. */
export const MutationSchema = z.discriminatedUnion('name', [
  mutation('recordActivity'),
  mutation('createPromise'),
  mutation('recordPayment'),
  mutation('createPlan'),
  mutation('decidePlan'),
  mutation('recordReceipt'),
  mutation('voidReceipt'),
  mutation('planVisit'),
  mutation('recordVisit'),
  mutation('cancelVisit'),
  mutation('addAttachment'),
  mutation('addPhone'),
  mutation('retirePhone'),
  mutation('addAddress'),
  mutation('retireAddress'),
  mutation('setCaseStatus'),
  mutation('openDispute'),
  mutation('resolveDispute'),
  mutation('recordOverride'),
  mutation('issueLetter'),
  mutation('recordLetterDelivery'),
  mutation('recordLetterAcknowledgement'),
  mutation('voidLetter'),
  mutation('recordAccessEvent'),
  mutation('assignCase'),
  mutation('proposeArrangement'),
  mutation('decideArrangement'),
  mutation('reviewDispute'),
  mutation('requestOverride'),
  mutation('decideOverride'),
  mutation('referLegal'),
  mutation('decideLegalReferral'),
  mutation('reviewLegalReferral'),
  mutation('recordLegalStep'),
  mutation('recordLegalBundle'),
  mutation('recordCustomerFacts'),
  mutation('addRelatedParty'),
  mutation('retireRelatedParty'),
  mutation('setTarget'),
  mutation('reviewConductException'),
  mutation('proposeOutsourcing'),
  mutation('decideOutsourcing'),
  mutation('recordOutsourcingHandover'),
]);
export type Mutation = z.output<typeof MutationSchema>;
/** Compile-time: the union above lists every mutation of the registry (a missing one makes this `never`). */
const everyMutationListed: Exclude<MutationName, Mutation['name']> extends never ? true : never = true;
void everyMutationListed;

/**
 * The envelope around a mutation in a device's outbox and in a push. Not strict, unlike the args: a local
 * store may keep its own bookkeeping next to an entry (attempts, last error), and parsing drops it.
 */
const Envelope = z.object({
  /** Per device, strictly increasing (1, 2, 3, …); head office keeps the last one it applied. */
  mutationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  /** The entry's own id, UUIDv7; names it in logs and in a rejection shown to the user. */
  id: NewIdSchema,
  schemaVersion: z.literal(MUTATION_SCHEMA_VERSION),
  protocolVersion: z.literal(PROTOCOL_VERSION),
  userId: IdSchema,
  deviceId: DeviceIdSchema,
  hlc: HlcSchema,
  /** The case the mutation is about (the same as args.caseId); null is kept for mutations about no case. */
  caseId: IdSchema.nullable(),
  /** The device's wall clock when written: for showing the age of pending changes, not for ordering. */
  createdAt: InstantSchema,
});

const entry = <N extends MutationName>(name: N) =>
  Envelope.extend({ name: z.literal(name), args: RECORD_KINDS[name].args as (typeof RECORD_KINDS)[N]['args'] });

export const OutboxEntrySchema = z
  .discriminatedUnion('name', [
    entry('recordActivity'),
    entry('createPromise'),
    entry('recordPayment'),
    entry('createPlan'),
    entry('decidePlan'),
    entry('recordReceipt'),
    entry('voidReceipt'),
    entry('planVisit'),
    entry('recordVisit'),
    entry('cancelVisit'),
    entry('addAttachment'),
    entry('addPhone'),
    entry('retirePhone'),
    entry('addAddress'),
    entry('retireAddress'),
    entry('setCaseStatus'),
    entry('openDispute'),
    entry('resolveDispute'),
    entry('recordOverride'),
    entry('issueLetter'),
    entry('recordLetterDelivery'),
    entry('recordLetterAcknowledgement'),
    entry('voidLetter'),
    entry('recordAccessEvent'),
    entry('assignCase'),
    entry('proposeArrangement'),
    entry('decideArrangement'),
    entry('reviewDispute'),
    entry('requestOverride'),
    entry('decideOverride'),
    entry('referLegal'),
    entry('decideLegalReferral'),
    entry('reviewLegalReferral'),
    entry('recordLegalStep'),
    entry('recordLegalBundle'),
    entry('recordCustomerFacts'),
    entry('addRelatedParty'),
    entry('retireRelatedParty'),
    entry('setTarget'),
    entry('reviewConductException'),
    entry('proposeOutsourcing'),
    entry('decideOutsourcing'),
    entry('recordOutsourcingHandover'),
  ])
  .superRefine((e, ctx) => {
    if (e.caseId !== e.args.caseId) {
      ctx.addIssue({ code: 'custom', path: ['caseId'], message: `caseId ${e.caseId} differs from args.caseId ${e.args.caseId}` });
    }
    if (HlcSchema.safeParse(e.hlc).success && parseHlc(e.hlc).deviceId !== e.deviceId) {
      ctx.addIssue({ code: 'custom', path: ['hlc'], message: 'the hlc was not made by this device' });
    }
    // Every string of every kind, whatever its own schema says (shared/sync/primitives.ts).
    const unstorable = unstorableTextPath(e);
    if (unstorable) ctx.addIssue({ code: 'custom', path: unstorable, message: UNSTORABLE_TEXT_MESSAGE });
  });
export type OutboxEntry = z.output<typeof OutboxEntrySchema>;
const everyEntryListed: Exclude<MutationName, OutboxEntry['name']> extends never ? true : never = true;
void everyEntryListed;
export type OutboxEntryOf<N extends MutationName> = Extract<OutboxEntry, { name: N }>;

export interface OutboxEntryInput<N extends MutationName> {
  /** The device's next mutation id (its last + 1), taken in the same transaction as the change. */
  mutationId: number;
  name: N;
  args: MutationArgsInput<N>;
  userId: string;
  deviceId: string;
  /** From hlcNow(lastHlc, wallMs, deviceId). */
  hlc: string;
  createdAt: string;
  /** Defaults to a new UUIDv7 whose time part is createdAt. */
  id?: string;
}

/**
 * A complete, validated outbox entry; caseId comes from the args, the versions are the current ones.
 * Throws a ZodError when anything is invalid, so a bad intent never reaches the outbox.
 */
export function makeOutboxEntry<N extends MutationName>(input: OutboxEntryInput<N>, options: Pick<NewIdOptions, 'random'> = {}): OutboxEntryOf<N> {
  const createdMs = Date.parse(input.createdAt);
  const id = input.id ?? newId({ ...options, ...(Number.isFinite(createdMs) && createdMs >= 0 ? { msecs: createdMs } : {}) });
  const candidate = {
    mutationId: input.mutationId,
    id,
    name: input.name,
    args: input.args,
    schemaVersion: MUTATION_SCHEMA_VERSION,
    protocolVersion: PROTOCOL_VERSION,
    userId: input.userId,
    deviceId: input.deviceId,
    hlc: input.hlc,
    caseId: (input.args as { caseId: string | null }).caseId,
    createdAt: input.createdAt,
  };
  return OutboxEntrySchema.parse(candidate) as OutboxEntryOf<N>;
}
