import { z } from 'zod';
import type { Role } from '../../shared/domain/staff';
import { DeviceIdSchema } from '../../shared/sync/primitives';
import type { Db } from '../db/types';
import { forbidden, unauthorized } from '../http/errors';
import { issueSession, type Session, type TokenSettings } from './session';
import { hashRefreshToken } from './tokens';
import { noteWipeTold } from './wipeTold';

export const RefreshRequestSchema = z.strictObject({
  refreshToken: z.string().min(16).max(256),
  deviceId: DeviceIdSchema,
});
export type RefreshRequest = z.output<typeof RefreshRequestSchema>;

interface Row {
  device_id: string;
  user_id: string;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
  device_revoked_at: Date | null;
  device_user_id: string;
  wipe_requested_at: Date | null;
  disabled_at: Date | null;
  role: Role;
  branch_code: string;
}

/**
 * Trades a refresh token for a new pair. Each refresh token works once (rotation); presenting a used one
 * again means it was copied, so every refresh token of that device is revoked and the user signs in again.
 */
export async function refreshSession(db: Db, settings: TokenSettings, req: RefreshRequest, nowMs: number): Promise<Session> {
  const hash = hashRefreshToken(req.refreshToken);
  const outcome = await db.transaction(async (tx) => {
    const found = await tx.query<Row>(
      `SELECT t.device_id, t.user_id, t.expires_at, t.used_at, t.revoked_at,
              d.revoked_at AS device_revoked_at, d.user_id AS device_user_id, d.wipe_requested_at, u.disabled_at, u.role, u.branch_code
         FROM refresh_tokens t
         JOIN devices d ON d.id = t.device_id
         JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1
        FOR UPDATE OF t`,
      [hash],
    );
    const row = found.rows[0];
    if (!row || row.device_id !== req.deviceId || row.device_user_id !== row.user_id) return { error: unauthorized('the refresh token is not valid for this device') };
    if (row.wipe_requested_at) {
      await noteWipeTold(tx, row.device_id, new Date(nowMs));
      return { error: forbidden('head office has wiped this device: erase its local data', 'device_wiped') };
    }
    if (row.disabled_at) return { error: forbidden('this user has been disabled by head office', 'user_disabled') };
    if (row.device_revoked_at) return { error: forbidden('this device has been revoked: ask your supervisor', 'device_revoked') };
    if (row.revoked_at) return { error: unauthorized('the refresh token has been revoked: sign in again') };
    if (row.used_at) {
      // Committed (not thrown) so the revocation sticks.
      await tx.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE device_id = $1 AND revoked_at IS NULL', [row.device_id, new Date(nowMs)]);
      return { error: unauthorized('the refresh token was already used: sign in again') };
    }
    if (row.expires_at.getTime() <= nowMs) return { error: unauthorized('the refresh token has expired: sign in again') };
    await tx.query('UPDATE refresh_tokens SET used_at = $2 WHERE token_hash = $1', [hash, new Date(nowMs)]);
    const session = await issueSession(tx, settings, { userId: row.user_id, deviceId: row.device_id, role: row.role, branchCode: row.branch_code }, nowMs);
    return { session };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.session;
}
