import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Letter numbers (函件编号), unique without a server:
 *
 *     CS-<branch code>-<year>-<device code>-<counter>        e.g. CS-310115-2026-DK7Q2M-000123
 *
 * - CS (催收) marks a letter; the branch code is the 6-digit code of the issuing branch.
 * - The device code (4–8 of A–Z, 0–9) is given to the device by head office at enrolment and to no other.
 * - The counter (from 1, at least 6 digits, at most 9) is kept on the device, never reset or reused; the year is
 *   the issue year, for the reader. Device code + counter alone make the number unique.
 * Each number has one spelling: parseLetterNumber refuses non-canonical ones (lower case, extra zeros).
 */
export interface LetterNumberParts {
  branchCode: string;
  year: number;
  deviceCode: string;
  counter: number;
}

const NUMBER_RE = /^CS-(\d{6})-(\d{4})-([A-Z0-9]{4,8})-(\d{6,9})$/;
const MAX_COUNTER = 999_999_999;

export function formatLetterNumber(parts: LetterNumberParts): string {
  const { branchCode, year, deviceCode, counter } = parts;
  if (!/^\d{6}$/.test(branchCode)) throw new RangeError(`branch code must be 6 digits: ${JSON.stringify(branchCode)}`);
  if (!Number.isInteger(year) || year < 2000 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  if (!/^[A-Z0-9]{4,8}$/.test(deviceCode)) throw new RangeError(`device code must be 4–8 of A–Z and 0–9: ${JSON.stringify(deviceCode)}`);
  if (!Number.isInteger(counter) || counter < 1 || counter > MAX_COUNTER) throw new RangeError(`counter must be 1–${MAX_COUNTER}: ${counter}`);
  return `CS-${branchCode}-${year}-${deviceCode}-${String(counter).padStart(6, '0')}`;
}

export function parseLetterNumber(text: string): LetterNumberParts | null {
  const m = NUMBER_RE.exec(text);
  if (!m) return null;
  const [, branchCode, y, deviceCode, digits] = m as unknown as [string, string, string, string, string];
  const counter = Number(digits);
  const year = Number(y);
  if (counter < 1 || String(counter).padStart(6, '0') !== digits || year < 2000) return null;
  return { branchCode, year, deviceCode, counter };
}

/** The key fields a verification code covers; head office recomputes the code from its own copy of them. */
export interface VerificationFields {
  number: string;
  caseId: string;
  partyId: string;
  totalFen: number;
  issueDate: string;
  templateId: string;
  templateVersion: string;
}

/** Crockford base32: no I, L, O, U, so a code read aloud or typed back is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The canonical text hashed: a version tag and the fields in a fixed order, one per line. The fields cannot
 * contain a line break (checked), so two different field sets never give the same text.
 */
export function canonicalVerificationText(f: VerificationFields): string {
  const parts = ['RD-LETTER-V1', f.number, f.caseId, f.partyId, String(f.totalFen), f.issueDate, `${f.templateId}@${f.templateVersion}`];
  for (const p of parts) if (/[\r\n]/.test(p)) throw new RangeError('verification fields must not contain line breaks');
  if (!Number.isSafeInteger(f.totalFen) || f.totalFen < 0) throw new RangeError(`totalFen must be whole fen: ${f.totalFen}`);
  return parts.join('\n');
}

/**
 * 8 characters of Crockford base32 (40 bits) from SHA-256 over the canonical text: enough that a forged or
 * altered letter (other amount, other number) is caught when head office recomputes it; not a signature.
 */
export function verificationCode(fields: VerificationFields): string {
  const digest = sha256(utf8ToBytes(canonicalVerificationText(fields)));
  let out = '';
  let bits = 0;
  let value = 0;
  for (let i = 0; out.length < 8; i++) {
    value = (value << 8) | (digest[i] as number);
    bits += 8;
    while (bits >= 5 && out.length < 8) {
      bits -= 5;
      out += ALPHABET[(value >> bits) & 31];
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** How a code is printed: two groups of four, e.g. 7GQ2-M4XD. */
export const formatVerificationCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

/** Normalises what a person typed (case, hyphens, spaces, O→0, I/L→1) and compares with the recomputed code. */
export function verifyLetterCode(fields: VerificationFields, code: string): boolean {
  const typed = code
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return typed.length === 8 && typed === verificationCode(fields);
}
