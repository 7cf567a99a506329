import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { DeviceIdSchema } from '../../shared/sync/primitives';
import type { Db } from '../db/types';
import { HttpError, parseWith } from '../http/errors';
import { DEFAULT_RATE_LIMITS, addressLimiter, bodyFieldLimiter, installRateLimit, type RateLimits } from '../http/rateLimit';
import { principalOf } from './authenticate';
import { RefreshRequestSchema, refreshSession } from './refresh';
import { revokeDevice } from './revoke';
import type { TokenSettings } from './session';
import { SignInRequestSchema, signIn } from './signIn';
import { signOut } from './signOut';
import { recordSignInEvent, type SignInEventKind } from './signInEvents';

const DeviceParamsSchema = z.strictObject({ id: DeviceIdSchema });
// The revoke body is optional; nothing in it is read yet.
const RevokeBodySchema = z.union([z.undefined(), z.null(), z.strictObject({ reason: z.string().max(500).optional() })]);

export interface AuthRouteDeps {
  db: Db;
  settings: TokenSettings;
  now: () => number;
  authenticate: preHandlerAsyncHookHandler;
  rateLimits?: RateLimits;
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

export function authRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const { db, settings, now, authenticate } = deps;
  const limits = deps.rateLimits ?? DEFAULT_RATE_LIMITS;

  /** Records the outcome of a sign-in or refresh, success or refusal, then passes the answer or error on. */
  async function audited<T>(req: FastifyRequest, kinds: [SignInEventKind, SignInEventKind], userId: string | null, run: () => Promise<T>): Promise<T> {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const base = { userId, deviceId: str(body.deviceId), clientAddress: req.ip, at: new Date(now()) };
    try {
      const result = await run();
      await recordSignInEvent(db, { ...base, kind: kinds[0], reason: null });
      return result;
    } catch (error) {
      const reason = error instanceof HttpError ? error.code : 'internal';
      await recordSignInEvent(db, { ...base, kind: kinds[1], reason }).catch((e: unknown) => req.log.error({ err: e }, 'sign-in event not recorded'));
      throw error;
    }
  }

  // Encapsulated, so the rate-limit plugin is loaded before these routes are declared.
  app.register(async (scope) => {
    await installRateLimit(scope);
    const rateLimited = (name: string) => async (req: FastifyRequest) => {
      const body = (req.body ?? {}) as Record<string, unknown>;
      await recordSignInEvent(db, { kind: 'rate_limited', userId: str(body.userId), deviceId: str(body.deviceId), clientAddress: req.ip, reason: name, at: new Date(now()) });
    };
    const signInLimits = [addressLimiter(scope, 'sign-in', limits.signInPerAddress), bodyFieldLimiter('sign-in', limits.signInPerUser, 'userId', now)];
    const refreshLimits = [addressLimiter(scope, 'refresh', limits.refreshPerAddress), bodyFieldLimiter('refresh', limits.refreshPerDevice, 'deviceId', now)];

    scope.post('/auth/sign-in', { preHandler: signInLimits, onError: rateLimitedHook(rateLimited('sign-in')) }, async (req) => {
      const request = parseWith(SignInRequestSchema, req.body, 'body');
      return audited(req, ['sign_in', 'sign_in_failed'], request.userId, () => signIn(db, settings, request, now()));
    });

    scope.post('/auth/refresh', { preHandler: refreshLimits, onError: rateLimitedHook(rateLimited('refresh')) }, async (req) => {
      const request = parseWith(RefreshRequestSchema, req.body, 'body');
      return audited(req, ['refresh', 'refresh_failed'], null, () => refreshSession(db, settings, request, now()));
    });

    // Same proof and limits as a refresh: the refresh token being given up.
    scope.post('/auth/sign-out', { preHandler: refreshLimits, onError: rateLimitedHook(rateLimited('sign-out')) }, async (req) => {
      const request = parseWith(RefreshRequestSchema, req.body, 'body');
      const result = await signOut(db, request, now());
      await recordSignInEvent(db, { kind: 'sign_out', userId: null, deviceId: request.deviceId, clientAddress: req.ip, reason: result.revoked ? null : 'no_such_token', at: new Date(now()) });
      return { signedOut: true };
    });

    scope.post('/devices/:id/revoke', { preHandler: authenticate }, async (req) => {
      const { id } = parseWith(DeviceParamsSchema, req.params, 'params');
      parseWith(RevokeBodySchema, req.body, 'body');
      return revokeDevice(db, principalOf(req), id, now());
    });
  });
}

/** An onError hook that records a 429 from the limiters (the handler never ran, so `audited` did not see it). */
function rateLimitedHook(record: (req: FastifyRequest) => Promise<void>) {
  return async (req: FastifyRequest, _reply: unknown, error: Error) => {
    if (error instanceof HttpError && error.code === 'rate_limited') await record(req).catch(() => undefined);
  };
}
