import { DEFAULT_PBKDF2_ITERATIONS, KEY_BYTES, SALT_BYTES, fromHex, makeVerifier, sameBytes, type Verifier } from '../../../shared/session/verifier';

/**
 * PBKDF2-HMAC-SHA-256 through WebCrypto (native, about a tenth of a second at 310,000 iterations), so a
 * copied store costs an attacker that much per guess. The iteration count travels with the verifier.
 */
async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, KEY_BYTES * 8);
  return new Uint8Array(bits);
}

export async function createVerifier(password: string, iterations = DEFAULT_PBKDF2_ITERATIONS): Promise<Verifier> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  return makeVerifier(salt, await derive(password, salt, iterations), iterations);
}

export async function checkPassword(password: string, verifier: Verifier): Promise<boolean> {
  const hash = await derive(password, fromHex(verifier.salt), verifier.iterations);
  return sameBytes(hash, fromHex(verifier.hash));
}
