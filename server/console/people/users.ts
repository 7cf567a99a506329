import type { z } from 'zod';
import type { CreateUserRequestSchema, UpdateUserRequestSchema, User, UserChange, UserDetail } from '../../../shared/people/api';
import { assertNotCurrent, assertPasswordPolicy } from '../../auth/changePassword';
import { DEFAULT_KDF, hashPassword, type KdfParams } from '../../auth/password';
import type { Principal } from '../../auth/principal';
import type { Db, Queryable } from '../../db/types';
import { HttpError, forbidden } from '../../http/errors';
import { DEVICE_COLUMNS, USER_COLUMNS, changeOf, deviceOf, userOf, type DeviceRow, type UserChangeRow, type UserRow } from './rows';
import { temporaryPassword } from './temporaryPassword';

type CreateUser = z.output<typeof CreateUserRequestSchema>;
type UpdateUser = z.output<typeof UpdateUserRequestSchema>;
type ChangeKind = UserChange['kind'];

/** Users with their state; `filter.branchCode` is the reader's branch for a supervisor. */
export async function listUsers(db: Queryable, filter: { branchCode?: string | null; role?: string; status?: string }, now: Date): Promise<User[]> {
  const res = await db.query<UserRow>(
    `SELECT ${USER_COLUMNS} FROM users u
      WHERE ($1::text IS NULL OR u.branch_code = $1) AND ($2::text IS NULL OR u.role = $2)
      ORDER BY u.branch_code, u.role, u.id`,
    [filter.branchCode ?? null, filter.role ?? null],
  );
  const users = res.rows.map((r) => userOf(r, now));
  return filter.status ? users.filter((u) => u.status === filter.status) : users;
}

async function userRow(db: Queryable, id: string, lock = false): Promise<UserRow> {
  const res = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1${lock ? ' FOR UPDATE OF u' : ''}`, [id]);
  const row = res.rows[0];
  if (!row) throw new HttpError(404, 'not_found', `there is no user ${id}`);
  return row;
}

/** The branch a user belongs to, or 404: the routes check the reader may see it before anything else. */
export async function branchOfUser(db: Queryable, id: string): Promise<string> {
  return (await userRow(db, id)).branch_code;
}

export async function userDetail(db: Queryable, id: string, now: Date): Promise<UserDetail> {
  const user = userOf(await userRow(db, id), now);
  const changes = await db.query<UserChangeRow>('SELECT kind, actor_id, at, detail FROM user_changes WHERE user_id = $1 ORDER BY at DESC, id DESC LIMIT 200', [id]);
  const devices = await db.query<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices d JOIN users u ON u.id = d.user_id WHERE d.user_id = $1 ORDER BY d.enrolled_at DESC`, [id]);
  return { user, changes: changes.rows.map(changeOf), devices: devices.rows.map(deviceOf) };
}

async function audit(tx: Queryable, userId: string, actor: Principal, kind: ChangeKind, detail: Record<string, string>, at: Date): Promise<void> {
  await tx.query('INSERT INTO user_changes (user_id, actor_id, kind, detail, at) VALUES ($1, $2, $3, $4, $5)', [userId, actor.userId, kind, JSON.stringify(detail), at]);
}

async function assertBranchExists(tx: Queryable, code: string): Promise<void> {
  const res = await tx.query('SELECT 1 FROM branches WHERE code = $1', [code]);
  if (res.rows.length === 0) throw new HttpError(400, 'bad_request', `body.branchCode: there is no branch ${code} (网点不存在)`);
}

/** The password to set: the one typed (checked against the policy) or a temporary one made here (returned, shown once). */
function passwordToSet(userId: string, typed: string | undefined): { password: string; shown: string | null } {
  if (typed === undefined) {
    const made = temporaryPassword(userId);
    return { password: made, shown: made };
  }
  assertPasswordPolicy(typed, userId);
  return { password: typed, shown: null };
}

export interface PeopleSettings {
  kdf?: KdfParams;
}

/** A new user who must change the password at first sign-in. 409 user_exists for a taken id. */
export async function createUser(db: Db, actor: Principal, req: CreateUser, nowMs: number, settings: PeopleSettings = {}): Promise<{ user: User; temporaryPassword: string | null }> {
  const { password, shown } = passwordToSet(req.id, req.password);
  const hash = await hashPassword(password, settings.kdf ?? DEFAULT_KDF);
  const at = new Date(nowMs);
  await db.transaction(async (tx) => {
    await assertBranchExists(tx, req.branchCode);
    const inserted = await tx.query(
      `INSERT INTO users (id, branch_code, name, role, password_hash, must_change_password, created_at) VALUES ($1, $2, $3, $4, $5, true, $6) ON CONFLICT (id) DO NOTHING`,
      [req.id, req.branchCode, req.name, req.role, hash, at],
    );
    if (inserted.rowCount === 0) throw new HttpError(409, 'user_exists', `user ${req.id} exists already`);
    await audit(tx, req.id, actor, 'created', { role: req.role, branchCode: req.branchCode, name: req.name }, at);
  });
  return { user: userOf(await userRow(db, req.id), at), temporaryPassword: shown };
}

/** Name, role and branch; each change is one audit entry with what it was and what it became. */
export async function updateUser(db: Db, actor: Principal, id: string, req: UpdateUser, nowMs: number): Promise<User> {
  const at = new Date(nowMs);
  if (id === actor.userId && req.role !== undefined && req.role !== 'head_office_admin') throw forbidden('an admin cannot take away their own admin role', 'own_account');
  await db.transaction(async (tx) => {
    const row = await userRow(tx, id, true);
    if (req.branchCode !== undefined && req.branchCode !== row.branch_code) {
      await assertBranchExists(tx, req.branchCode);
      await tx.query('UPDATE users SET branch_code = $2 WHERE id = $1', [id, req.branchCode]);
      await audit(tx, id, actor, 'branch_changed', { from: row.branch_code, to: req.branchCode }, at);
    }
    if (req.role !== undefined && req.role !== row.role) {
      await tx.query('UPDATE users SET role = $2 WHERE id = $1', [id, req.role]);
      await audit(tx, id, actor, 'role_changed', { from: row.role, to: req.role }, at);
    }
    if (req.name !== undefined && req.name !== row.name) {
      await tx.query('UPDATE users SET name = $2 WHERE id = $1', [id, req.name]);
      await audit(tx, id, actor, 'name_changed', { from: row.name, to: req.name }, at);
    }
  });
  return userOf(await userRow(db, id), at);
}

/**
 * Disables a user: sign-in and refresh are refused (user_disabled), every refresh token is revoked, and the
 * access tokens of all their devices stop at the next request (authenticate reads users.disabled_at).
 */
export async function setDisabled(db: Db, actor: Principal, id: string, disabled: boolean, reason: string, nowMs: number): Promise<User> {
  if (id === actor.userId && disabled) throw forbidden('an admin cannot disable their own account', 'own_account');
  const at = new Date(nowMs);
  await db.transaction(async (tx) => {
    const row = await userRow(tx, id, true);
    if ((row.disabled_at !== null) === disabled) return;
    await tx.query('UPDATE users SET disabled_at = $2 WHERE id = $1', [id, disabled ? at : null]);
    if (disabled) await tx.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [id, at]);
    await audit(tx, id, actor, disabled ? 'disabled' : 'enabled', { reason }, at);
  });
  return userOf(await userRow(db, id), at);
}

/** Sets a temporary password (made here or typed) and the forced change; the lockout is cleared. */
export async function resetPassword(db: Db, actor: Principal, id: string, typed: string | undefined, nowMs: number, settings: PeopleSettings = {}): Promise<{ user: User; temporaryPassword: string | null }> {
  const at = new Date(nowMs);
  await userRow(db, id);
  const { password, shown } = passwordToSet(id, typed);
  if (typed !== undefined) await assertNotCurrent(db, id, typed);
  const hash = await hashPassword(password, settings.kdf ?? DEFAULT_KDF);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE users SET password_hash = $2, must_change_password = true, failed_attempts = 0, locked_until = NULL WHERE id = $1', [id, hash]);
    await audit(tx, id, actor, 'password_reset', { typed: typed === undefined ? 'no' : 'yes' }, at);
  });
  return { user: userOf(await userRow(db, id), at), temporaryPassword: shown };
}
