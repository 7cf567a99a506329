import { z } from 'zod';
import { REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import type { Receipt } from '../../../../shared/fieldwork/records';
import { receipts } from '../repository';
import { ActionRefused, defineAction } from '../../store/runAction';

export const VoidReceiptInput = z.object({ caseId: z.string().min(1), receiptId: z.string().min(1), reason: z.string().trim().max(REASON_MAX_LENGTH) });

/** 作废收据 with a reason (the rule's minimum length); the receipt stays, its payment stops counting. */
export const voidReceipt = defineAction({
  name: 'voidReceipt',
  input: VoidReceiptInput,
  permission: 'void_receipt',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<Receipt> => {
    // The permission was checked on the case named; the receipt must be that case's.
    if ((await db.receipts.get(input.receiptId))?.caseId !== input.caseId) throw new ActionRefused('fieldwork.error.no_record');
    return receipts.voidReceipt(db, actor, input.receiptId, input.reason);
  },
});
