import { z } from 'zod';

/**
 * Offline sign-in lockout, as data: the same rule head office applies (5 wrong passwords in a row lock the
 * user for 15 minutes; while locked even the right password is refused; a success resets the count). The
 * device keeps this state in its store, so closing the app does not reset the count.
 */
export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export const LockoutStateSchema = z.strictObject({
  /** Wrong passwords in a row since the last success or the last lock. */
  failures: z.number().int().min(0),
  /** ISO instant; null when not locked. */
  lockedUntil: z.string().datetime({ offset: true }).nullable(),
});
export type LockoutState = z.output<typeof LockoutStateSchema>;

export const NO_FAILURES: LockoutState = { failures: 0, lockedUntil: null };

/** A stored value that does not parse counts as locked for a full period: tampering must not reset it. */
export function readLockout(stored: unknown, now: Date): LockoutState {
  if (stored === undefined || stored === null) return NO_FAILURES;
  const parsed = LockoutStateSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  return { failures: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() };
}

export type LockVerdict = { locked: false; attemptsLeft: number } | { locked: true; until: string };

export function lockVerdict(state: LockoutState, now: Date): LockVerdict {
  if (state.lockedUntil && Date.parse(state.lockedUntil) > now.getTime()) return { locked: true, until: state.lockedUntil };
  return { locked: false, attemptsLeft: MAX_FAILED_ATTEMPTS - (state.lockedUntil ? 0 : state.failures) };
}

/** After a wrong password (only counted when not locked: a locked attempt is refused before the check). */
export function afterFailure(state: LockoutState, now: Date): LockoutState {
  const verdict = lockVerdict(state, now);
  if (verdict.locked) return state;
  // A lock that has run out starts a fresh count.
  const failures = (state.lockedUntil ? 0 : state.failures) + 1;
  if (failures >= MAX_FAILED_ATTEMPTS) return { failures: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000).toISOString() };
  return { failures, lockedUntil: null };
}

export function afterSuccess(): LockoutState {
  return NO_FAILURES;
}
