/**
 * Resident ID numbers (公民身份号码, GB 11643-1999): 6-digit area code, birth date YYYYMMDD, 3-digit
 * sequence, and a check character by ISO 7064 MOD 11-2 (0-9 or X, upper case as printed on the card).
 * The area code is not checked: codes are retired and re-issued, an old valid ID keeps its old code.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Indexed by the weighted sum mod 11. */
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits; throws RangeError unless given exactly 17 digits. */
export function idNumberChecksumChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('an ID number checksum needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** A real calendar date from 1800 on (which also rejects typos like 0985 for 1985). No clock here: pure. */
function isBirthDate(yyyymmdd: string): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1800 || m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC so no zone or DST can shift it.
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 18 characters, a valid birth date and the right check character. Lower-case x is not accepted. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!isBirthDate(id.slice(6, 14))) return false;
  return idNumberChecksumChar(id.slice(0, 17)) === id[17];
}

/** The birth date as YYYY-MM-DD, or null when the ID number is not valid. */
export function birthDateOfIdNumber(id: string): string | null {
  if (!isValidIdNumber(id)) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
