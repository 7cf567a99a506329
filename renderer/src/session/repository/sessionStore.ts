import { z } from 'zod';
import { StaffSchema, type Staff } from '../../../../shared/domain/staff';
import { DEFAULT_PACK_ID } from '../../../../shared/compliance/packs';
import { SignedInRulePackSchema, type RulePackId } from '../../../../shared/session/rulePack';
import { VerifierSchema, type Verifier } from '../../../../shared/session/verifier';
import { readLockout, type LockoutState } from '../../../../shared/session/lockout';
import type { RecoveryDeskDb } from '../../store/database';

/**
 * What the device remembers about sign-in, in the real store's `meta` table (no schema change):
 * - per user who signed in online here: their profile, their branch's rule pack (head office's, kept for an
 *   offline sign-in; a record from before it means the default pack) and the offline sign-in verifier (never the password);
 * - per user: the offline lockout count, so a restart does not reset it;
 * - the refresh token of the last online session.
 *
 * Why the refresh token lives here: it must survive a restart (a collector who signs in offline in the
 * morning gets a fresh access token without typing the password again once the network is back), and it
 * belongs with the data it gives access to: wiping the store (a revoked device) removes it too, and the
 * store's encryption at rest covers it. The access token is never written anywhere (memory only).
 */

const KEY = {
  user: (id: string) => `session.user.${id}`,
  lockout: (id: string) => `session.lockout.${id}`,
  approver: (id: string) => `session.approver.${id}`,
  refresh: 'session.refresh',
  lastUser: 'session.lastUserId',
} as const;

export const KnownUserSchema = z.strictObject({ profile: StaffSchema, rulePack: SignedInRulePackSchema, verifier: VerifierSchema, signedInAt: z.string() });
export type KnownUser = z.output<typeof KnownUserSchema>;

export const StoredRefreshSchema = z.strictObject({ userId: z.string().min(1), token: z.string().min(16), expiresAt: z.string() });
export type StoredRefresh = z.output<typeof StoredRefreshSchema>;

/** A user who signed in online on this device before; null when unknown or the record does not parse. */
export async function knownUser(db: RecoveryDeskDb, userId: string): Promise<KnownUser | null> {
  const parsed = KnownUserSchema.safeParse((await db.meta.get(KEY.user(userId)))?.value);
  return parsed.success ? parsed.data : null;
}

export async function rememberUser(db: RecoveryDeskDb, profile: Staff, verifier: Verifier, at: Date, rulePack: RulePackId = DEFAULT_PACK_ID): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: KEY.user(profile.id), value: KnownUserSchema.parse({ profile, rulePack, verifier, signedInAt: at.toISOString() }) });
    await db.meta.put({ key: KEY.lastUser, value: profile.id });
  });
}

/**
 * A supervisor head office confirmed on this device for approving overrides (server/auth/approver.ts): their
 * profile and an offline verifier, apart from the users who sign in here (it signs no one in).
 */
export const KnownApproverSchema = z.strictObject({ profile: StaffSchema, verifier: VerifierSchema, confirmedAt: z.string() });
export type KnownApprover = z.output<typeof KnownApproverSchema>;

export async function knownApprover(db: RecoveryDeskDb, userId: string): Promise<KnownApprover | null> {
  const parsed = KnownApproverSchema.safeParse((await db.meta.get(KEY.approver(userId)))?.value);
  return parsed.success ? parsed.data : null;
}

export async function rememberApprover(db: RecoveryDeskDb, profile: Staff, verifier: Verifier, at: Date): Promise<void> {
  await db.meta.put({ key: KEY.approver(profile.id), value: KnownApproverSchema.parse({ profile, verifier, confirmedAt: at.toISOString() }) });
}

export async function lastUserId(db: RecoveryDeskDb): Promise<string | null> {
  const v = (await db.meta.get(KEY.lastUser))?.value;
  return typeof v === 'string' ? v : null;
}

export async function readLockoutState(db: RecoveryDeskDb, userId: string, now: Date): Promise<LockoutState> {
  return readLockout((await db.meta.get(KEY.lockout(userId)))?.value, now);
}

export async function writeLockoutState(db: RecoveryDeskDb, userId: string, state: LockoutState): Promise<void> {
  await db.meta.put({ key: KEY.lockout(userId), value: state });
}

export async function readRefresh(db: RecoveryDeskDb): Promise<StoredRefresh | null> {
  const parsed = StoredRefreshSchema.safeParse((await db.meta.get(KEY.refresh))?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeRefresh(db: RecoveryDeskDb, refresh: StoredRefresh): Promise<void> {
  await db.meta.put({ key: KEY.refresh, value: StoredRefreshSchema.parse(refresh) });
}

export async function forgetRefresh(db: RecoveryDeskDb): Promise<void> {
  await db.meta.delete(KEY.refresh);
}
