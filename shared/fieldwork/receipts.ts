import { sumFen } from '../domain/money';
import { DEFAULT_TIME_ZONE, instantMs, isLocalDate, localDateOf } from '../calendar';
import type { Receipt, ReceiptMethod } from '../records/receipt';
import { VOID_REASON_MIN_LENGTH } from '../records/limits';

export { formatReceiptNumber, parseReceiptNumber, RECEIPT_PREFIX, type ReceiptNumberParts } from '../records/receiptNumber';

export const MIN_VOID_REASON_LENGTH = VOID_REASON_MIN_LENGTH;
export type VoidReceiptCode = 'already_voided' | 'reason_too_short';
export type VoidReceiptResult = { ok: true; receipt: Receipt } | { ok: false; code: VoidReceiptCode };

/**
 * A wrong receipt is voided, never deleted: the paper copy is out in the world and head office reconciles
 * every number. Voiding is once only; the reason must be at least 5 characters (汉字 count one each).
 */
export function voidReceipt(receipt: Receipt, input: { reason: string; userId: string; at: string }): VoidReceiptResult {
  if (receipt.voided !== null) return { ok: false, code: 'already_voided' };
  const reason = input.reason.trim();
  if ([...reason].length < MIN_VOID_REASON_LENGTH) return { ok: false, code: 'reason_too_short' };
  return { ok: true, receipt: { ...receipt, voided: { at: input.at, reason, userId: input.userId } } };
}

export interface DayReceipts {
  date: string;
  /** Every receipt issued that day, voided ones included (the clerk hands over the voided paper too), in issue order. */
  receipts: Receipt[];
  /** Receipts not voided. */
  count: number;
  /** Total of the receipts not voided. */
  totalFen: number;
  /** Fen per method, receipts not voided. */
  byMethod: Record<ReceiptMethod, number>;
  voidedCount: number;
}

/** The end-of-day hand-over: receipts issued on `localDate` in `timeZone` (the branch's day, not UTC's). */
export function dayReceipts(receipts: readonly Receipt[], localDate: string, timeZone: string = DEFAULT_TIME_ZONE): DayReceipts {
  if (!isLocalDate(localDate)) throw new RangeError(`not a calendar date: ${JSON.stringify(localDate)}`);
  const day = receipts
    .filter((r) => localDateOf(r.receivedAt, timeZone) === localDate)
    .sort((a, b) => instantMs(a.receivedAt) - instantMs(b.receivedAt) || (a.number < b.number ? -1 : a.number > b.number ? 1 : 0));
  const valid = day.filter((r) => r.voided === null);
  const totalOf = (list: readonly Receipt[]) => sumFen(list.map((r) => r.amountFen));
  return {
    date: localDate,
    receipts: day,
    count: valid.length,
    totalFen: totalOf(valid),
    byMethod: {
      cash: totalOf(valid.filter((r) => r.method === 'cash')),
      transfer: totalOf(valid.filter((r) => r.method === 'transfer')),
      cheque: totalOf(valid.filter((r) => r.method === 'cheque')),
    },
    voidedCount: day.length - valid.length,
  };
}
