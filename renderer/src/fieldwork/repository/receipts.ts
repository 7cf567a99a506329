import { ReceiptSchema, type Receipt } from '../../../../shared/fieldwork/records';
import { formatReceiptNumber, voidReceipt as voidReceiptRule, type VoidReceiptCode } from '../../../../shared/fieldwork/receipts';
import { newId } from '../../../../shared/sync';
import { DEFAULT_TIME_ZONE } from '../../../../shared/calendar';
import { receiptArgs, receiptPaymentOf, voidArgs } from '../../../../shared/records/receipt';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, nextCounter, type Actor } from '../../store/unitOfWork';

export class ReceiptVoidRefused extends Error {
  constructor(readonly code: VoidReceiptCode) {
    super(code);
  }
}

export type NewReceipt = Omit<Receipt, 'id' | 'number' | 'voided' | 'userId' | 'deviceId'>;

/**
 * Issues a receipt: its number is this device's code and the next value of a local counter that never
 * goes back, taken in the same transaction, so two receipts never share a number even offline.
 * The money it records also counts as a payment (for promises and plans).
 */
export async function recordReceipt(db: RecoveryDeskDb, actor: Actor, deviceCode: string, input: NewReceipt): Promise<Receipt> {
  let saved: Receipt | null = null;
  await commitChange(db, actor, {
    tables: [db.receipts, db.payments, db.cases],
    apply: async () => {
      const counter = await nextCounter(db, 'receipt');
      const receipt = ReceiptSchema.parse({ ...input, id: newId(), number: formatReceiptNumber(deviceCode, counter), voided: null, userId: actor.userId, deviceId: actor.deviceId });
      await db.receipts.add(receipt);
      // The payment's day is the day in the case's zone, not UTC (a receipt at 07:00 Beijing is that day's).
      // The same payment (and id) every other device derives from the pulled receipt.
      const args = receiptArgs(receipt);
      await db.payments.add(receiptPaymentOf(args, (await db.cases.get(receipt.caseId))?.timeZone ?? DEFAULT_TIME_ZONE));
      saved = receipt;
      return [{ name: 'recordReceipt', args }];
    },
    audit: () => ({ action: 'receipt.record', entity: { kind: 'receipt', id: saved!.id }, caseId: input.caseId, before: null, after: saved }),
    mutations: [],
  });
  return saved!;
}

/** Voids with a reason; a receipt is never deleted. Its payment stops counting (see promisesAndPayments). */
export async function voidReceipt(db: RecoveryDeskDb, actor: Actor, receiptId: string, reason: string): Promise<Receipt> {
  const receipt = await db.receipts.get(receiptId);
  if (!receipt) throw new Error(`no receipt ${receiptId}`);
  const at = actor.now().toISOString();
  const result = voidReceiptRule(receipt, { reason, userId: actor.userId, at });
  if (!result.ok) throw new ReceiptVoidRefused(result.code);
  await commitChange(db, actor, {
    tables: [db.receipts],
    apply: async () => void (await db.receipts.put(result.receipt)),
    audit: { action: 'receipt.void', entity: { kind: 'receipt', id: receipt.id }, caseId: receipt.caseId, before: receipt, after: result.receipt },
    mutations: [{ name: 'voidReceipt', args: voidArgs(result.receipt)! }],
  });
  return result.receipt;
}

export function receiptsOfCase(db: RecoveryDeskDb, caseId: string): Promise<Receipt[]> {
  return db.receipts.where('caseId').equals(caseId).toArray();
}

/** Receipts of a day (by receipt time, a day either side to allow for time zones; the rule filters exactly). */
export function receiptsAround(db: RecoveryDeskDb, localDate: string): Promise<Receipt[]> {
  const day = Date.parse(`${localDate}T00:00:00Z`);
  const from = new Date(day - 86_400_000).toISOString();
  const to = new Date(day + 2 * 86_400_000).toISOString();
  return db.receipts.where('receivedAt').between(from, to).toArray();
}
