import { z } from 'zod';

/** Auto-lock after inactivity: minutes between 1 and 60, 5 by default (Settings). */
export const AUTO_LOCK_DEFAULT_MINUTES = 5;
export const AutoLockMinutesSchema = z.number().int().min(1).max(60);

export function parseAutoLockMinutes(stored: unknown): number {
  const n = typeof stored === 'string' && stored.trim() !== '' ? Number(stored) : stored;
  const parsed = AutoLockMinutesSchema.safeParse(n);
  return parsed.success ? parsed.data : AUTO_LOCK_DEFAULT_MINUTES;
}

/** Whether the screen should lock now, given the last activity. */
export function shouldLock(lastActivityMs: number, nowMs: number, minutes: number): boolean {
  return nowMs - lastActivityMs >= minutes * 60_000;
}
