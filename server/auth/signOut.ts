import type { Db } from '../db/types';
import { hashRefreshToken } from './tokens';
import type { RefreshRequest } from './refresh';

/**
 * Ends a device's session: the refresh token presented is revoked, so a copy of it taken from the laptop
 * signs no one in afterwards. The token itself is the proof (an access token may have expired by the time
 * someone signs out), and the answer is the same whether or not it matched: nothing is learnt from it.
 * The device keeps its enrolment and its local data; its user signs in again online or offline.
 */
export async function signOut(db: Db, req: RefreshRequest, nowMs: number): Promise<{ signedOut: true; revoked: boolean }> {
  const res = await db.query(
    'UPDATE refresh_tokens SET revoked_at = $3 WHERE token_hash = $1 AND device_id = $2 AND revoked_at IS NULL',
    [hashRefreshToken(req.refreshToken), req.deviceId, new Date(nowMs)],
  );
  return { signedOut: true, revoked: res.rowCount > 0 };
}
