import { z } from 'zod';
import { DELIVERY_METHODS, DELIVERY_OUTCOMES } from '../../../../shared/records/limits';
import { RecordLetterDeliveryArgsSchema } from '../../../../shared/records/letter';
import { recordDelivery, type RegisteredLetter } from '../repository/register';
import { ActionRefused, defineAction } from '../../store/runAction';

export const RecordLetterDeliveryInput = z.object({
  caseId: z.string().min(1),
  letterId: z.string().min(1),
  method: z.enum(DELIVERY_METHODS),
  trackingNumber: RecordLetterDeliveryArgsSchema.shape.trackingNumber,
  status: z.enum(DELIVERY_OUTCOMES),
  evidence: RecordLetterDeliveryArgsSchema.shape.evidence,
});

/** 送达登记: posted with a tracking number, then delivered (with its proof) or returned. */
export const recordLetterDelivery = defineAction({
  name: 'recordLetterDelivery',
  input: RecordLetterDeliveryInput.refine((d) => d.status !== 'delivered' || !!d.evidence, { path: ['evidence'], message: 'a delivery needs its proof' }),
  permission: 'register_delivery',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, { caseId, letterId, ...delivery }): Promise<RegisteredLetter> => {
    if ((await db.letters.get(letterId))?.caseId !== caseId) throw new ActionRefused('fieldwork.error.no_record');
    return recordDelivery(db, actor, letterId, { ...delivery, trackingNumber: delivery.trackingNumber || null, evidence: delivery.evidence || null });
  },
});
