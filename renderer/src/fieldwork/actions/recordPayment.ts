import { z } from 'zod';
import { CalendarDateSchema, PositiveFenSchema, type Payment } from '../../../../shared/fieldwork/records';
import { newId } from '../../../../shared/sync';
import { PAYMENT_REFERENCE_MAX_LENGTH } from '../../../../shared/records/limits';
import { promises } from '../repository';
import { defineAction } from '../../store/runAction';

export const RecordPaymentInput = z.object({ caseId: z.string().min(1), amountFen: PositiveFenSchema, paidOn: CalendarDateSchema, reference: z.string().trim().max(PAYMENT_REFERENCE_MAX_LENGTH).nullable() });

/** A payment the collector was told of (a transfer); head office reconciles it with core banking. */
export const recordPayment = defineAction({
  name: 'recordPayment',
  input: RecordPaymentInput,
  permission: 'log_contact',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<Payment> =>
    promises.recordPayment(db, actor, { id: newId(), caseId: input.caseId, amountFen: input.amountFen, paidOn: input.paidOn, source: 'transfer', receiptId: null, recordedAt: actor.now().toISOString() }, input.reference || null),
});
