import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '../../shared/domain/staff';
import type { Db } from '../db/types';
import { HttpError, forbidden, unauthorized } from '../http/errors';
import type { Principal } from './principal';
import { noteWipeTold } from './wipeTold';
import { verifyAccessToken } from './tokens';

/** What a user who must change their password may still call: the change itself, and who they are (the console asks). */
const PASSWORD_CHANGE_ROUTES: ReadonlySet<string> = new Set(['/auth/change-password', '/admin/me']);

export interface AuthDeps {
  db: Db;
  tokenSecret: string;
  now: () => number;
}

/**
 * A preHandler that admits a request only with a valid access token (signed by us, unexpired) whose device
 * is still enrolled to the token's user (401 otherwise) and not revoked (403). The device is looked up on
 * every request, so a revocation bites at once, not when the token runs out.
 */
export function makeAuthenticate({ db, tokenSecret, now }: AuthDeps) {
  return async function authenticate(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
    const header = req.headers.authorization;
    const match = header ? /^Bearer ([A-Za-z0-9_.-]{10,2048})$/.exec(header) : null;
    if (!match) throw unauthorized('sign in first: send Authorization: Bearer <access token>');
    const check = verifyAccessToken(tokenSecret, match[1]!, now());
    if (!check.ok) {
      if (check.reason === 'expired') throw new HttpError(401, 'token_expired', 'the access token has expired: refresh it');
      throw unauthorized('the access token is not valid');
    }
    const { sub, dev } = check.claims;
    const found = await db.query<{ user_id: string; device_code: string; revoked_at: Date | null; wipe_requested_at: Date | null; disabled_at: Date | null; must_change_password: boolean; role: Role; branch_code: string }>(
      `SELECT d.user_id, d.device_code, d.revoked_at, d.wipe_requested_at, u.disabled_at, u.must_change_password, u.role, u.branch_code
         FROM devices d JOIN users u ON u.id = d.user_id
        WHERE d.id = $1`,
      [dev],
    );
    const row = found.rows[0];
    if (!row || row.user_id !== sub) throw unauthorized('the access token was not issued to this device');
    if (row.wipe_requested_at) {
      await noteWipeTold(db, dev, new Date(now()));
      throw forbidden('head office has wiped this device: erase its local data', 'device_wiped');
    }
    if (row.revoked_at) throw forbidden('this device has been revoked: ask your supervisor', 'device_revoked');
    if (row.disabled_at) throw forbidden('this user has been disabled by head office', 'user_disabled');
    if (row.must_change_password && !PASSWORD_CHANGE_ROUTES.has(req.routeOptions.url ?? '')) {
      throw forbidden('change your password first: head office set a temporary one', 'password_change_required');
    }
    const principal: Principal = { userId: sub, deviceId: dev, deviceCode: row.device_code, role: row.role, branchCode: row.branch_code };
    req.principal = principal;
  };
}

/** The principal set by authenticate; a route that forgot the preHandler fails loudly. */
export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new Error(`route ${req.routeOptions.url} used principalOf without authenticate`);
  return req.principal;
}
