import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { RoleSchema, type Role } from '../../shared/domain/staff';

/**
 * Access tokens: compact, HMAC-SHA256-signed, short-lived, bound to one device:
 *   base64url(JSON claims) "." base64url(HMAC-SHA256(secret, "rd1." + first part))
 * The "rd1." prefix versions the format. Checking needs no database; the auth hook still looks the device
 * up on every request, so a revocation takes effect at once rather than when the token expires.
 *
 * Refresh tokens are random (256 bits), opaque to the client, and stored only as a SHA-256.
 */
export const AccessClaimsSchema = z.object({
  typ: z.literal('access'),
  /** user id */
  sub: z.string().min(1),
  /** device id */
  dev: z.string().min(1),
  role: RoleSchema,
  branch: z.string().min(1),
  /** seconds since the epoch */
  iat: z.number().int(),
  exp: z.number().int(),
});
export type AccessClaims = z.output<typeof AccessClaimsSchema>;

const FORMAT = 'rd1.';

const sign = (secret: string, body: string) => createHmac('sha256', secret).update(FORMAT + body).digest();

export interface AccessTokenInput {
  userId: string;
  deviceId: string;
  role: Role;
  branchCode: string;
  nowMs: number;
  ttlSeconds: number;
}

export function signAccessToken(secret: string, t: AccessTokenInput): { token: string; expiresAt: Date } {
  const iat = Math.floor(t.nowMs / 1000);
  const claims: AccessClaims = { typ: 'access', sub: t.userId, dev: t.deviceId, role: t.role, branch: t.branchCode, iat, exp: iat + t.ttlSeconds };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { token: `${body}.${sign(secret, body).toString('base64url')}`, expiresAt: new Date(claims.exp * 1000) };
}

export type TokenCheck = { ok: true; claims: AccessClaims } | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };

export function verifyAccessToken(secret: string, token: string, nowMs: number): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, reason: 'malformed' };
  const [body, mac] = parts as [string, string];
  const given = Buffer.from(mac, 'base64url');
  const expected = sign(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad_signature' };
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const claims = AccessClaimsSchema.safeParse(json);
  if (!claims.success) return { ok: false, reason: 'malformed' };
  if (claims.data.exp * 1000 <= nowMs) return { ok: false, reason: 'expired' };
  return { ok: true, claims: claims.data };
}

export function newRefreshToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');
