import { compactDate } from './calendar';
import type { Rng } from './rng';

/**
 * 18-character resident ID numbers (GB 11643-1999): 6-digit area code, birth date YYYYMMDD, 3-digit
 * sequence (odd for men, even for women), and a check character by ISO 7064 MOD 11-2. Kept here, not in
 * shared/domain, so the demo depends on nothing but the case schema; the importer validates these.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('need exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** A well-formed ID number with a valid birth date and check character. */
export function makeResidentId(rng: Rng, areaCode: string, birthDay: number, male: boolean): string {
  // 001-999 with the sex parity: 000 is not issued.
  const seq = rng.int(0, 498) * 2 + (male ? 1 : 2);
  const first17 = `${areaCode}${compactDate(birthDay)}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}
