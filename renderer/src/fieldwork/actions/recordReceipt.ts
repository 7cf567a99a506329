import { z } from 'zod';
import { ReceiptSchema, type Receipt } from '../../../../shared/fieldwork/records';
import { receipts } from '../repository';
import { defineAction } from '../../store/runAction';

const { caseId, payerName, amountFen, method, chequeNumber, receivedAt } = ReceiptSchema.shape;
export const RecordReceiptInput = z.object({ caseId, payerName, amountFen, method, chequeNumber, receivedAt });

/** 收据: the next number of this device's counter and the payment it records, taken in one transaction. */
export const recordReceipt = defineAction({
  name: 'recordReceipt',
  input: RecordReceiptInput,
  permission: 'record_receipt',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor, device }, input): Promise<Receipt> => receipts.recordReceipt(db, actor, device.deviceCode, input),
});
