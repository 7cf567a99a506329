import type { Role } from '../../shared/domain/staff';
import type { Queryable } from '../db/types';
import { newRefreshToken, signAccessToken } from './tokens';

export interface TokenSettings {
  tokenSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
}

export interface Session {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

/** A new access token and a new refresh token (stored hashed) for the user on the device. */
export async function issueSession(
  tx: Queryable,
  settings: TokenSettings,
  who: { userId: string; deviceId: string; role: Role; branchCode: string },
  nowMs: number,
): Promise<Session> {
  const access = signAccessToken(settings.tokenSecret, { ...who, nowMs, ttlSeconds: settings.accessTokenTtlSeconds });
  const refresh = newRefreshToken();
  const refreshExpires = new Date(nowMs + settings.refreshTokenTtlDays * 86_400_000);
  await tx.query('INSERT INTO refresh_tokens (token_hash, device_id, user_id, issued_at, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    refresh.hash,
    who.deviceId,
    who.userId,
    new Date(nowMs),
    refreshExpires,
  ]);
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken: refresh.token,
    refreshTokenExpiresAt: refreshExpires.toISOString(),
  };
}
