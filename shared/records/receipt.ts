import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { localDateOf } from '../calendar';
import { IdSchema, InstantSchema, NewIdSchema, PersonNameSchema, PositiveFenSchema, ReasonSchema } from '../sync/primitives';
import { INSERT_ONLY, mutationKind, type Maker } from './kind';
import { CHEQUE_NUMBER_MAX_LENGTH, PAYER_NAME_MAX_LENGTH, RECEIPT_METHODS, REASON_MAX_LENGTH, VOID_REASON_MIN_LENGTH } from './limits';
import type { Payment } from './payment';
import { parseReceiptNumber, RECEIPT_NUMBER_MAX_LENGTH } from './receiptNumber';

/**
 * A field receipt (收款收据): insert-only, its number unique bank-wide (shared/records/receiptNumber.ts);
 * a wrong one is voided once with a reason (voidReceipt, a once-only correction), never changed or deleted.
 */

export type ReceiptMethod = (typeof RECEIPT_METHODS)[number];

const ReceiptNumberSchema = z
  .string()
  .max(RECEIPT_NUMBER_MAX_LENGTH)
  .refine((n) => parseReceiptNumber(n) !== null, 'not a receipt number: SK-<device code>[-YYYYMMDD]-<counter> (收据编号格式不对)');
const voidReasonTooShort = `a void states why in at least ${VOID_REASON_MIN_LENGTH} characters (作废原因至少 ${VOID_REASON_MIN_LENGTH} 个字)`;
const VoidReasonSchema = z.string().trim().min(VOID_REASON_MIN_LENGTH, voidReasonTooShort).max(REASON_MAX_LENGTH);
const chequeGoesWithMethod = { path: ['chequeNumber'], message: 'a cheque number goes with method cheque, and only with it' };

export const ReceiptSchema = z
  .object({
    id: IdSchema,
    number: ReceiptNumberSchema,
    caseId: IdSchema,
    payerName: z.string().trim().min(1).max(PAYER_NAME_MAX_LENGTH),
    amountFen: PositiveFenSchema,
    method: z.enum(RECEIPT_METHODS),
    chequeNumber: z.string().trim().min(1).max(CHEQUE_NUMBER_MAX_LENGTH).optional(),
    receivedAt: InstantSchema,
    userId: IdSchema,
    deviceId: IdSchema,
    /** Set once by voidReceipt; a receipt is never deleted. */
    voided: z.object({ at: InstantSchema, reason: VoidReasonSchema, userId: IdSchema }).nullable(),
  })
  .refine((r) => (r.method === 'cheque') === (r.chequeNumber !== undefined), chequeGoesWithMethod);
export type Receipt = z.infer<typeof ReceiptSchema>;

export const RecordReceiptArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: IdSchema,
    /** Made on the device from its code and a local counter (e.g. SK-D0042-20250301-000317); unique without a server. */
    number: ReceiptNumberSchema,
    payerName: PersonNameSchema,
    amountFen: PositiveFenSchema,
    method: z.enum(RECEIPT_METHODS),
    chequeNumber: z.string().trim().min(1).max(CHEQUE_NUMBER_MAX_LENGTH).nullable(),
    receivedAt: InstantSchema,
  })
  .refine((r) => (r.method === 'cheque') === (r.chequeNumber !== null), chequeGoesWithMethod);
export type RecordReceiptArgs = z.output<typeof RecordReceiptArgsSchema>;

/** Receipts are never deleted: a wrong one is voided, with a reason. */
export const VoidReceiptArgsSchema = z.strictObject({
  caseId: IdSchema,
  receiptId: IdSchema,
  reason: ReasonSchema.refine((r) => r.length >= VOID_REASON_MIN_LENGTH, voidReasonTooShort),
  voidedAt: InstantSchema,
});
export type VoidReceiptArgs = z.output<typeof VoidReceiptArgsSchema>;

export const recordReceipt = mutationKind({ args: RecordReceiptArgsSchema, action: MUTATION_ACTIONS.recordReceipt, conflict: INSERT_ONLY, toDevices: true });
export const voidReceipt = mutationKind({
  args: VoidReceiptArgsSchema,
  action: MUTATION_ACTIONS.voidReceipt,
  conflict: { class: 'once_only_correction', target: 'recordReceipt', ref: (a) => a.receiptId },
  toDevices: true,
});

export const receiptArgs = (r: Receipt): RecordReceiptArgs => ({
  id: r.id, caseId: r.caseId, number: r.number, payerName: r.payerName, amountFen: r.amountFen, method: r.method,
  chequeNumber: r.chequeNumber ?? null, receivedAt: r.receivedAt,
});

export const receiptOf = (a: RecordReceiptArgs, by: Maker): Receipt => ({
  id: a.id, number: a.number, caseId: a.caseId, payerName: a.payerName, amountFen: a.amountFen, method: a.method,
  ...(a.chequeNumber !== null ? { chequeNumber: a.chequeNumber } : {}),
  receivedAt: a.receivedAt, userId: by.userId, deviceId: by.deviceId, voided: null,
});

/** The payment a receipt stands for, on a device that did not take it; its id is derived, so it is made once. */
export const receiptPaymentOf = (a: RecordReceiptArgs, timeZone: string): Payment => ({
  id: `pay-${a.id}`, caseId: a.caseId, amountFen: a.amountFen, paidOn: localDateOf(a.receivedAt, timeZone), source: 'receipt', receiptId: a.id, reference: null, recordedAt: a.receivedAt,
});

export const voidArgs = (r: Receipt): VoidReceiptArgs | null =>
  r.voided ? { caseId: r.caseId, receiptId: r.id, reason: r.voided.reason, voidedAt: r.voided.at } : null;

export const voidedOf = (a: VoidReceiptArgs, by: Maker): NonNullable<Receipt['voided']> => ({ at: a.voidedAt, reason: a.reason, userId: by.userId });
