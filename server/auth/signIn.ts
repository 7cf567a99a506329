import { z } from 'zod';
import { DEFAULT_PACK_ID } from '../../shared/compliance/packs';
import type { Role } from '../../shared/domain/staff';
import { RulePackIdSchema, type RulePackId } from '../../shared/session/rulePack';
import { DeviceIdSchema, isPlainLine } from '../../shared/sync/primitives';
import type { Db } from '../db/types';
import { HttpError } from '../http/errors';
import { enrolOrCheckDevice } from './devices';
import { noteWipeTold } from './wipeTold';
import { DEFAULT_KDF, PasswordSchema, dummyPasswordHash, kdfParamsOf, verifyPassword } from './password';
import { issueSession, type Session, type TokenSettings } from './session';

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export const SignInRequestSchema = z.strictObject({
  // As typed; any text but what PostgreSQL cannot store or a control character (a NUL failed the query: 500).
  userId: z.string().min(1).max(128).refine(isPlainLine, 'a user id is one line without control characters (用户名不能含控制字符)'),
  password: PasswordSchema,
  deviceId: DeviceIdSchema,
  /** Only when the device already prints with a code (re-enrolment); head office gives one otherwise. */
  deviceCode: z
    .string()
    .regex(/^[A-Z0-9]{4,8}$/, 'device code must be 4-8 of A-Z and 0-9')
    .optional(),
});
export type SignInRequest = z.output<typeof SignInRequestSchema>;

export interface SignInResponse extends Session {
  /** rulePack: the compliance rule pack head office set for the user's branch (docs/server.md). */
  /** mustChangePassword: set by an admin's create or reset; every route but POST /auth/change-password refuses until changed. */
  user: { id: string; name: string; role: Role; branchCode: string; rulePack: RulePackId; mustChangePassword: boolean };
  device: { id: string; code: string };
}

/** The id as typed, the account when there is one, and the lock on the id (the account's or an unknown id's). */
interface TypedRow {
  id: string | null;
  name: string | null;
  role: Role | null;
  branch_code: string | null;
  rule_pack: string | null;
  password_hash: string | null;
  disabled_at: Date | null;
  must_change_password: boolean | null;
  locked_until: Date | null;
  typical_hash: string | null;
}

const invalidCredentials = () => new HttpError(401, 'invalid_credentials', 'wrong user id or password');
const locked = (until: Date) =>
  new HttpError(423, 'locked', `too many wrong passwords: sign-in is locked until ${until.toISOString()}`, { lockedUntil: until.toISOString() });

/**
 * Password sign-in on a device. Five wrong passwords in a row lock the user id for 15 minutes (counted in one
 * statement, so parallel guesses cannot slip past); while locked even the right password is refused. The
 * device is enrolled to the user on their first sign-in on it.
 *
 * An unknown user id is answered exactly as a wrong password: the same query, one scrypt at the cost real
 * accounts use, the same 401, and after five tries the same 423 (its count kept in sign_in_lockouts), so
 * neither the answer nor its time tells who has an account.
 */
export async function signIn(db: Db, settings: TokenSettings, req: SignInRequest, nowMs: number): Promise<SignInResponse> {
  const now = new Date(nowMs);
  const user = await verifyCredentials(db, req.userId, req.password, nowMs);
  try {
    return await openSession(db, settings, req, user, nowMs);
  } catch (error) {
    // A device head office asked to wipe is told so at its first contact: that moment is recorded.
    if (error instanceof HttpError && error.code === 'device_wiped') await noteWipeTold(db, req.deviceId, now);
    throw error;
  }
}

async function openSession(db: Db, settings: TokenSettings, req: SignInRequest, user: VerifiedUser, nowMs: number): Promise<SignInResponse> {
  const now = new Date(nowMs);
  return db.transaction(async (tx) => {
    await tx.query('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [user.id]);
    const device = await enrolOrCheckDevice(tx, user.id, req.deviceId, req.deviceCode, now);
    const session = await issueSession(tx, settings, { userId: user.id, deviceId: device.id, role: user.role, branchCode: user.branch_code }, nowMs);
    return {
      ...session,
      user: { id: user.id, name: user.name, role: user.role, branchCode: user.branch_code, rulePack: user.rule_pack, mustChangePassword: user.mustChangePassword },
      device: { id: device.id, code: device.device_code },
    };
  });
}

export interface VerifiedUser {
  id: string;
  name: string;
  role: Role;
  branch_code: string;
  rule_pack: RulePackId;
  mustChangePassword: boolean;
}

/**
 * The password of the id as typed, with the lockout (see signIn): the account, or a 401 / 423 thrown. Also what
 * a supervisor confirming an override on a collector's device goes through (server/auth/approver.ts).
 */
export async function verifyCredentials(db: Db, userId: string, password: string, nowMs: number): Promise<VerifiedUser> {
  const found = await db.query<TypedRow>(
    `SELECT u.id, u.name, u.role, u.branch_code, b.rule_pack, u.password_hash, u.disabled_at, u.must_change_password,
            CASE WHEN u.id IS NULL THEN l.locked_until ELSE u.locked_until END AS locked_until,
            (SELECT password_hash FROM users ORDER BY created_at DESC, id LIMIT 1) AS typical_hash
       FROM (VALUES ($1::text)) AS typed (user_id)
       LEFT JOIN users u ON u.id = typed.user_id
       LEFT JOIN branches b ON b.code = u.branch_code
       LEFT JOIN sign_in_lockouts l ON l.user_id = typed.user_id`,
    [userId],
  );
  const row = found.rows[0]!;
  const lockedUntil = row.locked_until ? new Date(row.locked_until) : null;
  if (lockedUntil && lockedUntil.getTime() > nowMs) throw locked(lockedUntil);

  const stored = row.password_hash ?? dummyPasswordHash((row.typical_hash && kdfParamsOf(row.typical_hash)) || DEFAULT_KDF);
  const user = row.id !== null && row.role !== null ? { id: row.id, name: row.name ?? '', role: row.role, branch_code: row.branch_code ?? '', rule_pack: RulePackIdSchema.parse(row.rule_pack ?? DEFAULT_PACK_ID), mustChangePassword: row.must_change_password === true } : null;
  if (!(await verifyPassword(password, stored)) || !user) {
    const until = await countFailure(db, userId, user !== null, new Date(nowMs + LOCKOUT_MINUTES * 60_000));
    if (until && until.getTime() > nowMs) throw locked(until);
    throw invalidCredentials();
  }
  // Only after the right password, so the refusal tells nothing to someone guessing.
  if (row.disabled_at) throw new HttpError(403, 'user_disabled', 'this user has been disabled by head office');
  return user;
}

/** Counts a wrong password against the id (the account's row, or an unknown id's); the lock it set, if any. */
async function countFailure(db: Db, userId: string, known: boolean, lockUntil: Date): Promise<Date | null> {
  const counted = known
    ? await db.query<{ locked_until: Date | null }>(
        `UPDATE users
            SET failed_attempts = CASE WHEN failed_attempts + 1 >= $2 THEN 0 ELSE failed_attempts + 1 END,
                locked_until    = CASE WHEN failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE locked_until END
          WHERE id = $1
        RETURNING locked_until`,
        [userId, MAX_FAILED_ATTEMPTS, lockUntil],
      )
    : await db.query<{ locked_until: Date | null }>(
        `INSERT INTO sign_in_lockouts AS l (user_id, failed_attempts, locked_until)
         VALUES ($1, CASE WHEN 1 >= $2 THEN 0 ELSE 1 END, CASE WHEN 1 >= $2 THEN $3::timestamptz END)
         ON CONFLICT (user_id) DO UPDATE
            SET failed_attempts = CASE WHEN l.failed_attempts + 1 >= $2 THEN 0 ELSE l.failed_attempts + 1 END,
                locked_until    = CASE WHEN l.failed_attempts + 1 >= $2 THEN $3::timestamptz ELSE l.locked_until END
        RETURNING locked_until`,
        [userId, MAX_FAILED_ATTEMPTS, lockUntil],
      );
  const until = counted.rows[0]?.locked_until;
  return until ? new Date(until) : null;
}
