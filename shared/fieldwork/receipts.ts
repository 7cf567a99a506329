import { sumFen } from '../domain/money';
import { DEFAULT_TIME_ZONE, instantMs, isLocalDate, localDateOf } from './dates';
import type { Receipt, ReceiptMethod } from './records';

/**
 * Receipt numbers (收款收据编号), unique without asking a server:
 *
 *     SK-<device code>[-<YYYYMMDD>]-<counter>        e.g. SK-D7F3-000123, SK-D7F3-20250314-000124
 *
 * - SK (收款) marks a field receipt.
 * - The device code (4–8 of A–Z, 0–9) is given to the device by head office when it is enrolled and is never
 *   given to another device.
 * - The counter (from 1, at least 6 digits, zero-padded, at most 9) is kept on the device, taken in the same
 *   local transaction that stores the receipt, and never reset or reused, not even for a voided receipt or a
 *   new day. Device code + counter alone make the number unique.
 * - The optional date is the issue day, for the reader; it does not restart the counter.
 * Each number has one spelling: parseReceiptNumber refuses non-canonical ones (lower case, extra zeros).
 */
export const RECEIPT_PREFIX = 'SK';
const DEVICE_CODE = /^[A-Z0-9]{4,8}$/;
const MAX_COUNTER = 999_999_999;
const NUMBER_RE = /^SK-([A-Z0-9]{4,8})(?:-(\d{8}))?-(\d{6,9})$/;

const compactIsDate = (yyyymmdd: string) =>
  /^\d{8}$/.test(yyyymmdd) && isLocalDate(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6)}`);

export function formatReceiptNumber(deviceCode: string, counter: number): string;
export function formatReceiptNumber(deviceCode: string, dateYYYYMMDD: string, counter: number): string;
export function formatReceiptNumber(deviceCode: string, dateOrCounter: string | number, maybeCounter?: number): string {
  const date = typeof dateOrCounter === 'string' ? dateOrCounter : null;
  const counter = typeof dateOrCounter === 'number' ? dateOrCounter : maybeCounter;
  if (!DEVICE_CODE.test(deviceCode)) throw new RangeError(`device code must be 4–8 of A–Z and 0–9: ${JSON.stringify(deviceCode)}`);
  if (date !== null && !compactIsDate(date)) throw new RangeError(`date must be a real YYYYMMDD: ${JSON.stringify(date)}`);
  if (counter === undefined || !Number.isInteger(counter) || counter < 1 || counter > MAX_COUNTER) {
    throw new RangeError(`receipt counter must be a whole number from 1 to ${MAX_COUNTER}: ${String(counter)}`);
  }
  return [RECEIPT_PREFIX, deviceCode, ...(date === null ? [] : [date]), String(counter).padStart(6, '0')].join('-');
}

export interface ReceiptNumberParts {
  deviceCode: string;
  /** YYYYMMDD, or null when the number carries no date. */
  date: string | null;
  counter: number;
}

/** The parts of a canonical receipt number, or null when `text` is not one. */
export function parseReceiptNumber(text: string): ReceiptNumberParts | null {
  const m = NUMBER_RE.exec(text);
  if (!m) return null;
  const [, deviceCode, date, digits] = m as unknown as [string, string, string | undefined, string];
  const counter = Number(digits);
  if (counter < 1 || String(counter).padStart(6, '0') !== digits) return null;
  if (date !== undefined && !compactIsDate(date)) return null;
  return { deviceCode, date: date ?? null, counter };
}

export const MIN_VOID_REASON_LENGTH = 5;
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
