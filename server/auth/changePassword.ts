import { z } from 'zod';
import { describeProblems, passwordProblems } from '../../shared/people/passwordPolicy';
import { ChangePasswordRequestSchema } from '../../shared/people/api';
import type { Db, Queryable } from '../db/types';
import { HttpError } from '../http/errors';
import { DEFAULT_KDF, PASSWORD_REFUSED_MESSAGE, hashPassword, isAcceptablePassword, verifyPassword } from './password';
import type { Principal } from './principal';
import { verifyCredentials } from './signIn';

export { ChangePasswordRequestSchema };
export type ChangePasswordRequest = z.output<typeof ChangePasswordRequestSchema>;

/**
 * The policy's refusal (400 weak_password) naming every rule broken, in both languages, with the rules' codes
 * for the screens (docs/security.md, "Password policy").
 */
export function assertPasswordPolicy(password: string, userId: string, current?: string): void {
  if (!isAcceptablePassword(password)) throw new HttpError(400, 'weak_password', PASSWORD_REFUSED_MESSAGE, { rules: ['control_characters'] });
  const problems = passwordProblems({ password, userId, ...(current !== undefined ? { current } : {}) });
  if (problems.length > 0) throw new HttpError(400, 'weak_password', describeProblems(problems), { rules: problems });
}

/** A password set by an admin must differ from the one the user has now (checked against the stored hash). */
export async function assertNotCurrent(tx: Queryable, userId: string, password: string): Promise<void> {
  const found = await tx.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [userId]);
  const stored = found.rows[0]?.password_hash;
  if (stored && (await verifyPassword(password, stored))) {
    throw new HttpError(400, 'weak_password', describeProblems(['same_as_current']), { rules: ['same_as_current'] });
  }
}

/**
 * A user changes their own password: the current one checked as at sign-in (same lockout: five wrong lock the
 * account), the new one against the policy. Clears must_change_password; recorded in user_changes.
 */
export async function changePassword(db: Db, who: Principal, req: ChangePasswordRequest, nowMs: number, kdf = DEFAULT_KDF): Promise<{ changed: true; at: string }> {
  await verifyCredentials(db, who.userId, req.currentPassword, nowMs);
  assertPasswordPolicy(req.newPassword, who.userId, req.currentPassword);
  const hash = await hashPassword(req.newPassword, kdf);
  const at = new Date(nowMs);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE users SET password_hash = $2, must_change_password = false, password_changed_at = $3, failed_attempts = 0, locked_until = NULL WHERE id = $1', [who.userId, hash, at]);
    await tx.query(`INSERT INTO user_changes (user_id, actor_id, kind, detail, at) VALUES ($1, $1, 'password_changed', $2, $3)`, [who.userId, JSON.stringify({ deviceId: who.deviceId }), at]);
  });
  return { changed: true, at: at.toISOString() };
}
