import { z } from 'zod';
import type { Role } from '../../shared/domain/staff';
import { DeviceIdSchema } from '../../shared/sync/primitives';
import type { Db } from '../db/types';
import { HttpError } from '../http/errors';
import { enrolOrCheckDevice } from './devices';
import { dummyPasswordHash, verifyPassword } from './password';
import { issueSession, type Session, type TokenSettings } from './session';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export const SignInRequestSchema = z.strictObject({
  userId: z.string().min(1).max(128),
  password: z.string().min(1).max(1024),
  deviceId: DeviceIdSchema,
  /** Only when the device already prints with a code (re-enrolment); head office gives one otherwise. */
  deviceCode: z
    .string()
    .regex(/^[A-Z0-9]{4,8}$/, 'device code must be 4-8 of A-Z and 0-9')
    .optional(),
});
export type SignInRequest = z.output<typeof SignInRequestSchema>;

export interface SignInResponse extends Session {
  user: { id: string; name: string; role: Role; branchCode: string };
  device: { id: string; code: string };
}

interface UserRow {
  id: string;
  name: string;
  role: Role;
  branch_code: string;
  password_hash: string;
  locked_until: Date | null;
}

const invalidCredentials = () => new HttpError(401, 'invalid_credentials', 'wrong user id or password');
const locked = (until: Date) =>
  new HttpError(423, 'locked', `too many wrong passwords: sign-in is locked until ${until.toISOString()}`, { lockedUntil: until.toISOString() });

/**
 * Password sign-in on a device. Five wrong passwords in a row lock the user for 15 minutes (counted in one
 * UPDATE, so parallel guesses cannot slip past); while locked even the right password is refused. The
 * device is enrolled to the user on their first sign-in on it.
 */
export async function signIn(db: Db, settings: TokenSettings, req: SignInRequest, nowMs: number): Promise<SignInResponse> {
  const now = new Date(nowMs);
  const found = await db.query<UserRow>('SELECT id, name, role, branch_code, password_hash, locked_until FROM users WHERE id = $1', [req.userId]);
  const user = found.rows[0];
  if (!user) {
    await verifyPassword(req.password, await dummyPasswordHash());
    throw invalidCredentials();
  }
  if (user.locked_until && user.locked_until.getTime() > nowMs) throw locked(user.locked_until);

  if (!(await verifyPassword(req.password, user.password_hash))) {
    const lockUntil = new Date(nowMs + LOCKOUT_MINUTES * 60_000);
    const counted = await db.query<{ locked_until: Date | null }>(
      `UPDATE users
          SET failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
              locked_until    = CASE WHEN failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
        WHERE id = $1
      RETURNING locked_until`,
      [user.id, MAX_FAILED_ATTEMPTS, lockUntil],
    );
    const until = counted.rows[0]?.locked_until;
    if (until && until.getTime() > nowMs) throw locked(until);
    throw invalidCredentials();
  }

  return db.transaction(async (tx) => {
    await tx.query('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [user.id]);
    const device = await enrolOrCheckDevice(tx, user.id, req.deviceId, req.deviceCode, now);
    const session = await issueSession(tx, settings, { userId: user.id, deviceId: device.id, role: user.role, branchCode: user.branch_code }, nowMs);
    return {
      ...session,
      user: { id: user.id, name: user.name, role: user.role, branchCode: user.branch_code },
      device: { id: device.id, code: device.device_code },
    };
  });
}
