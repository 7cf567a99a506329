import { randomInt } from 'node:crypto';
import { passwordProblems } from '../../../shared/people/passwordPolicy';

// Without 0/O, 1/l/I: read aloud over the phone or copied from a screen, it is not misread.
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;

/**
 * A temporary password head office makes for a new user or a reset: three groups of four (upper, lower, digits
 * mixed, about 64 bits), joined by hyphens, so it meets the policy it is checked against anyway.
 */
export function temporaryPassword(userId: string): string {
  for (;;) {
    const groups = Array.from({ length: 3 }, (_, g) => [pick(UPPER), pick(LOWER), pick(DIGITS), pick(g === 1 ? UPPER : LOWER + DIGITS)].join(''));
    const candidate = groups.join('-');
    if (passwordProblems({ password: candidate, userId }).length === 0) return candidate;
  }
}
