import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { isStorableText } from '../../shared/sync/primitives';

/**
 * Passwords hashed with scrypt, a slow, memory-hard KDF. The stored form carries its parameters
 * (`scrypt$N$r$p$salt$hash`, base64url), so they can be raised later and old hashes still verify.
 */
export interface KdfParams {
  /** CPU/memory cost, a power of two. */
  N: number;
  r: number;
  p: number;
}

/** About 32 MiB and ~100 ms a hash on a laptop: OWASP's scrypt floor is N=2^17 with r=8 at 128 MiB; we stay
 * lower so 200 sign-ins at 08:30 do not need gigabytes; the lockout limits guessing online. */
export const DEFAULT_KDF: KdfParams = { N: 2 ** 15, r: 8, p: 1 };

const KEY_LENGTH = 32;
const DUMMY_SALT = randomBytes(16).toString('base64url');

function derive(password: string, salt: Buffer, { N, r, p }: KdfParams): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/**
 * A password a person can type: no control character (C0, DEL, C1: a trailing NUL or a pasted line break
 * would otherwise be part of it, invisibly) and no lone surrogate (which UTF-8 turns into U+FFFD, so two
 * different strings would hash alike). Checked at sign-in and wherever a password is set.
 */
export function isAcceptablePassword(password: string): boolean {
  if (!isStorableText(password)) return false;
  for (let i = 0; i < password.length; i++) {
    const c = password.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return false;
  }
  return true;
}
export const PASSWORD_REFUSED_MESSAGE = 'a password must not contain control characters (密码不能含控制字符)';
export const PasswordSchema = z.string().min(1).max(1024).refine(isAcceptablePassword, PASSWORD_REFUSED_MESSAGE);

export async function hashPassword(password: string, params: KdfParams = DEFAULT_KDF): Promise<string> {
  if (!isAcceptablePassword(password)) throw new Error(PASSWORD_REFUSED_MESSAGE);
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Constant-time comparison; false (never a throw) for a malformed stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const params = kdfParamsOf(stored);
  if (!params) return false;
  const parts = stored.split('$');
  const expected = Buffer.from(parts[5]!, 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await derive(password, Buffer.from(parts[4]!, 'base64url'), params);
  // Derived all the same, so a refused password takes as long as a wrong one.
  return timingSafeEqual(actual, expected) && isAcceptablePassword(password);
}

/** The KDF parameters a stored hash was made with; null when it is not one of ours. */
export function kdfParamsOf(stored: string): KdfParams | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  return [N, r, p].every((n) => Number.isInteger(n) && n > 0) && N <= 2 ** 20 ? { N, r, p } : null;
}

/**
 * Verified against for an unknown user id, so the answer takes as long as for a known one: one scrypt at
 * `params` (the cost real accounts' hashes use). Its key is all zeros, which a password derives with odds of
 * 2^-256, and it costs nothing to make.
 */
export function dummyPasswordHash(params: KdfParams = DEFAULT_KDF): string {
  return ['scrypt', params.N, params.r, params.p, DUMMY_SALT, Buffer.alloc(KEY_LENGTH).toString('base64url')].join('$');
}
