import { z } from 'zod';

/**
 * The offline sign-in verifier's format. The device keeps, for a user who signed in online on it, a key
 * derived from their password with a slow KDF and a random salt, never the password. The derivation itself
 * runs where WebCrypto is (renderer/src/session/kdf.ts); this module holds the format and the
 * comparison, which are pure.
 */

/** OWASP's 2023 floor for PBKDF2-HMAC-SHA-256. */
export const MIN_PBKDF2_ITERATIONS = 310_000;
export const DEFAULT_PBKDF2_ITERATIONS = 310_000;
export const SALT_BYTES = 16;
export const KEY_BYTES = 32;

const HEX = /^(?:[0-9a-f]{2})+$/;

export const VerifierSchema = z.strictObject({
  v: z.literal(1),
  kdf: z.literal('pbkdf2-sha256'),
  iterations: z.number().int().min(MIN_PBKDF2_ITERATIONS).max(10_000_000),
  salt: z.string().regex(HEX).min(2 * SALT_BYTES),
  hash: z.string().regex(HEX).length(2 * KEY_BYTES),
});
export type Verifier = z.output<typeof VerifierSchema>;

export function toHex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function fromHex(text: string): Uint8Array {
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function makeVerifier(salt: Uint8Array, hash: Uint8Array, iterations: number): Verifier {
  return VerifierSchema.parse({ v: 1, kdf: 'pbkdf2-sha256', iterations, salt: toHex(salt), hash: toHex(hash) });
}

/** Compares every byte whatever the first difference, so timing says nothing about how much matched. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
