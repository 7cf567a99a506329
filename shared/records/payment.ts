import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, LocalDateSchema, NewIdSchema, PositiveFenSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind } from './kind';
import { PAYMENT_REFERENCE_MAX_LENGTH, PAYMENT_SOURCES } from './limits';

/** A payment seen or reported on the device; head office matches it against core banking. Insert-only. */
const receiptGoesWithSource = {
  path: ['receiptId'],
  message: 'a receipt id goes with source receipt, and only with it',
};

export const PaymentSchema = z
  .object({
    id: IdSchema,
    caseId: IdSchema,
    amountFen: PositiveFenSchema,
    paidOn: LocalDateSchema,
    source: z.enum(PAYMENT_SOURCES),
    receiptId: IdSchema.nullable(),
    /** Bank or wallet transaction reference, when known (absent on payments stored before it was kept). */
    reference: z.string().trim().max(PAYMENT_REFERENCE_MAX_LENGTH).nullable().optional(),
    recordedAt: InstantSchema,
  })
  .refine((p) => (p.source === 'receipt') === (p.receiptId !== null), receiptGoesWithSource);
export type Payment = z.infer<typeof PaymentSchema>;

export const RecordPaymentArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: IdSchema,
    amountFen: PositiveFenSchema,
    paidOn: LocalDateSchema,
    source: z.enum(PAYMENT_SOURCES),
    receiptId: IdSchema.nullable(),
    reference: z.string().trim().max(PAYMENT_REFERENCE_MAX_LENGTH).nullable(),
    recordedAt: InstantSchema,
  })
  .refine((p) => (p.source === 'receipt') === (p.receiptId !== null), receiptGoesWithSource);
export type RecordPaymentArgs = z.output<typeof RecordPaymentArgsSchema>;

export const recordPayment = mutationKind({ args: RecordPaymentArgsSchema, action: MUTATION_ACTIONS.recordPayment, conflict: INSERT_ONLY, toDevices: true });

export const paymentArgs = (p: Payment): RecordPaymentArgs => ({
  id: p.id, caseId: p.caseId, amountFen: p.amountFen, paidOn: p.paidOn, source: p.source, receiptId: p.receiptId, reference: p.reference ?? null, recordedAt: p.recordedAt,
});

export const paymentOf = (a: RecordPaymentArgs): Payment => ({
  id: a.id, caseId: a.caseId, amountFen: a.amountFen, paidOn: a.paidOn, source: a.source, receiptId: a.receiptId, reference: a.reference, recordedAt: a.recordedAt,
});
