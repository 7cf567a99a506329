import { describe, expect, it } from 'vitest';
import { afterFailure, afterSuccess, lockVerdict, NO_FAILURES, readLockout, type LockoutState } from '../../../shared/session/lockout';
import { VerifierSchema, fromHex, makeVerifier, sameBytes, toHex } from '../../../shared/session/verifier';
import { parseAutoLockMinutes, shouldLock } from '../../../shared/session/autoLock';

const T0 = new Date('2026-11-23T02:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

function failTimes(n: number, start: LockoutState = NO_FAILURES, when = T0): LockoutState {
  let s = start;
  for (let i = 0; i < n; i++) s = afterFailure(s, when);
  return s;
}

describe('offline sign-in lockout', () => {
  it.each([
    { failures: 0, locked: false, left: 5 },
    { failures: 1, locked: false, left: 4 },
    { failures: 4, locked: false, left: 1 },
    { failures: 5, locked: true, left: 0 },
  ])('after $failures wrong passwords in a row: locked=$locked', ({ failures, locked, left }) => {
    const v = lockVerdict(failTimes(failures), T0);
    expect(v.locked).toBe(locked);
    if (v.locked) expect(v.until).toBe(at(15).toISOString());
    else expect(v.attemptsLeft).toBe(left);
  });

  it.each([
    { minutes: 0, locked: true },
    { minutes: 14.9, locked: true },
    { minutes: 15, locked: false },
    { minutes: 60, locked: false },
  ])('locked 15 minutes: $minutes minutes later locked=$locked', ({ minutes, locked }) => {
    expect(lockVerdict(failTimes(5), at(minutes)).locked).toBe(locked);
  });

  it('a wrong password while locked changes nothing (the lock does not grow); after it runs out the count starts again', () => {
    const locked = failTimes(5);
    expect(afterFailure(locked, at(5))).toEqual(locked);
    const again = afterFailure(locked, at(16));
    expect(again).toEqual({ failures: 1, lockedUntil: null });
    expect(lockVerdict(again, at(16))).toEqual({ locked: false, attemptsLeft: 4 });
  });

  it('a success resets the count: 4 wrong, 1 right, 4 wrong is not locked', () => {
    const s = failTimes(4, afterSuccess(), T0);
    expect(lockVerdict(failTimes(4, s), T0).locked).toBe(true);
    expect(lockVerdict(failTimes(4, afterSuccess()), T0).locked).toBe(false);
  });

  it.each([
    { stored: undefined, expected: NO_FAILURES },
    { stored: null, expected: NO_FAILURES },
    { stored: { failures: 3, lockedUntil: null }, expected: { failures: 3, lockedUntil: null } },
    { stored: { failures: -1, lockedUntil: null }, expected: { failures: 0, lockedUntil: at(15).toISOString() } },
    { stored: 'garbage', expected: { failures: 0, lockedUntil: at(15).toISOString() } },
  ])('a stored value $stored reads as $expected (tampered means locked)', ({ stored, expected }) => {
    expect(readLockout(stored, T0)).toEqual(expected);
  });
});

describe('verifier format', () => {
  it('round-trips hex and compares in full', () => {
    const bytes = new Uint8Array([0, 1, 127, 128, 255]);
    expect(toHex(bytes)).toBe('00017f80ff');
    expect(fromHex('00017f80ff')).toEqual(bytes);
    expect(sameBytes(bytes, new Uint8Array([0, 1, 127, 128, 255]))).toBe(true);
    expect(sameBytes(bytes, new Uint8Array([0, 1, 127, 128, 254]))).toBe(false);
    expect(sameBytes(bytes, bytes.slice(0, 4))).toBe(false);
  });

  it.each([
    { iterations: 310_000, ok: true },
    { iterations: 1_000_000, ok: true },
    { iterations: 100_000, ok: false },
  ])('refuses a verifier weaker than 310,000 iterations ($iterations)', ({ iterations, ok }) => {
    const v = { v: 1, kdf: 'pbkdf2-sha256', iterations, salt: 'ab'.repeat(16), hash: 'cd'.repeat(32) };
    expect(VerifierSchema.safeParse(v).success).toBe(ok);
  });

  it('makeVerifier refuses a short salt or a hash of the wrong length', () => {
    expect(() => makeVerifier(new Uint8Array(8), new Uint8Array(32), 310_000)).toThrow();
    expect(() => makeVerifier(new Uint8Array(16), new Uint8Array(31), 310_000)).toThrow();
    expect(makeVerifier(new Uint8Array(16), new Uint8Array(32), 310_000).kdf).toBe('pbkdf2-sha256');
  });
});

describe('auto-lock', () => {
  it.each([
    { stored: null, minutes: 5 },
    { stored: '10', minutes: 10 },
    { stored: '0', minutes: 5 },
    { stored: '61', minutes: 5 },
    { stored: '2.5', minutes: 5 },
    { stored: 'x', minutes: 5 },
    { stored: 60, minutes: 60 },
  ])('setting $stored means $minutes minutes', ({ stored, minutes }) => {
    expect(parseAutoLockMinutes(stored)).toBe(minutes);
  });

  it.each([
    { idle: 4.99, minutes: 5, lock: false },
    { idle: 5, minutes: 5, lock: true },
    { idle: 1, minutes: 1, lock: true },
  ])('idle $idle min with $minutes min setting locks: $lock', ({ idle, minutes, lock }) => {
    expect(shouldLock(0, idle * 60_000, minutes)).toBe(lock);
  });
});
