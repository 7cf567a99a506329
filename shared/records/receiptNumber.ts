import { LocalDateSchema } from '../sync/primitives';

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
 * The receipt record and the recordReceipt mutation both check numbers with it (shared/records/receipt.ts).
 */
export const RECEIPT_PREFIX = 'SK';
const DEVICE_CODE = /^[A-Z0-9]{4,8}$/;
const MAX_COUNTER = 999_999_999;
const NUMBER_RE = /^SK-([A-Z0-9]{4,8})(?:-(\d{8}))?-(\d{6,9})$/;
/** The longest number: SK, an 8-character code, a date and 9 digits. */
export const RECEIPT_NUMBER_MAX_LENGTH = 30;

const compactIsDate = (yyyymmdd: string) =>
  /^\d{8}$/.test(yyyymmdd) && LocalDateSchema.safeParse(`${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6)}`).success;

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
