import { z } from 'zod';
import { ChannelSchema, type Channel } from '../fieldwork/outcomes';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, LocalDateSchema, NewIdSchema, PositiveFenSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind, type Maker } from './kind';

/** A promise to pay (承诺还款): an amount by a date, made in an activity. Insert-only. */
export const PromiseToPaySchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  activityId: IdSchema,
  amountFen: PositiveFenSchema,
  dueDate: LocalDateSchema,
  channel: ChannelSchema,
  createdAt: InstantSchema,
  userId: IdSchema,
  deviceId: IdSchema,
});
export type PromiseToPay = z.infer<typeof PromiseToPaySchema>;

export const CreatePromiseArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  /** The activity in which the promise was made. */
  activityId: IdSchema.nullable(),
  amountFen: PositiveFenSchema,
  dueDate: LocalDateSchema,
  madeAt: InstantSchema,
});
export type CreatePromiseArgs = z.output<typeof CreatePromiseArgsSchema>;

export const createPromise = mutationKind({ args: CreatePromiseArgsSchema, action: MUTATION_ACTIONS.createPromise, conflict: INSERT_ONLY, toDevices: true });

export const promiseArgs = (p: PromiseToPay): CreatePromiseArgs => ({
  id: p.id, caseId: p.caseId, activityId: p.activityId === p.id ? null : p.activityId, amountFen: p.amountFen, dueDate: p.dueDate, madeAt: p.createdAt,
});

/** `channel`: the channel of the activity the promise was made in, when the device has it. */
export const promiseOf = (a: CreatePromiseArgs, by: Maker, channel: Channel): PromiseToPay => ({
  // A promise recorded without an activity names itself, so the field stays a valid id.
  id: a.id, caseId: a.caseId, activityId: a.activityId ?? a.id, amountFen: a.amountFen, dueDate: a.dueDate, channel, createdAt: a.madeAt,
  userId: by.userId, deviceId: by.deviceId,
});
