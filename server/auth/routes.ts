import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { DeviceIdSchema } from '../../shared/sync/primitives';
import type { Db } from '../db/types';
import { ApproverAnswerSchema, RevokeAnswerSchema, SessionAnswerSchema, SignInAnswerSchema, SignOutAnswerSchema } from '../http/answers';
import { HttpError, parseWith } from '../http/errors';
import { routeSchema } from '../http/openapi';
import { DEFAULT_RATE_LIMITS, addressLimiter, bodyFieldLimiter, installRateLimit, type RateLimits } from '../http/rateLimit';
import { ChangePasswordAnswerSchema } from '../../shared/people/api';
import { ConfirmApproverRequestSchema, confirmApprover } from './approver';
import { ChangePasswordRequestSchema, changePassword } from './changePassword';
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
  async function audited<T>(req: FastifyRequest, kinds: [SignInEventKind, SignInEventKind], userId: string | null, run: () => Promise<T>, deviceId?: string): Promise<T> {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const base = { userId, deviceId: deviceId ?? str(body.deviceId), clientAddress: req.ip, at: new Date(now()) };
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

    const signInSchema = routeSchema({
      summary: 'Sign in on a device (enrols the device to the user at its first sign-in)',
      description: '401 invalid_credentials (wrong password or unknown user, one answer), 423 locked, 403 device_enrolled_to_other_user or device_revoked, 409 device_code_taken or device_code_mismatch, 429 rate_limited.',
      tags: ['auth'],
      body: SignInRequestSchema,
      answer: SignInAnswerSchema,
      errors: [401, 403, 409, 423, 429],
    });
    scope.post('/auth/sign-in', { schema: signInSchema, preHandler: signInLimits, onError: rateLimitedHook(rateLimited('sign-in')) }, async (req) => {
      const request = parseWith(SignInRequestSchema, req.body, 'body');
      return audited(req, ['sign_in', 'sign_in_failed'], request.userId, () => signIn(db, settings, request, now()));
    });

    const refreshSchema = routeSchema({
      summary: 'A new token pair for a refresh token (each refresh token works once)',
      tags: ['auth'],
      body: RefreshRequestSchema,
      answer: SessionAnswerSchema,
      errors: [401, 403, 429],
    });
    scope.post('/auth/refresh', { schema: refreshSchema, preHandler: refreshLimits, onError: rateLimitedHook(rateLimited('refresh')) }, async (req) => {
      const request = parseWith(RefreshRequestSchema, req.body, 'body');
      return audited(req, ['refresh', 'refresh_failed'], null, () => refreshSession(db, settings, request, now()));
    });

    // Same proof and limits as a refresh: the refresh token being given up.
    const signOutSchema = routeSchema({
      summary: 'Give up a refresh token (the same answer whether or not it matched)',
      tags: ['auth'],
      body: RefreshRequestSchema,
      answer: SignOutAnswerSchema,
      errors: [429],
    });
    scope.post('/auth/sign-out', { schema: signOutSchema, preHandler: refreshLimits, onError: rateLimitedHook(rateLimited('sign-out')) }, async (req) => {
      const request = parseWith(RefreshRequestSchema, req.body, 'body');
      const result = await signOut(db, request, now());
      await recordSignInEvent(db, { kind: 'sign_out', userId: null, deviceId: request.deviceId, clientAddress: req.ip, reason: result.revoked ? null : 'no_such_token', at: new Date(now()) });
      return { signedOut: true };
    });

    const approverSchema = routeSchema({
      summary: 'A supervisor confirms their password on a collector’s device, to approve an override there (enrols nothing, issues no token)',
      description: '401 invalid_credentials, 423 locked (the sign-in lockout), 403 not_an_approver (not a supervisor of the device user’s branch), 429 rate_limited.',
      tags: ['auth'],
      bearer: true,
      body: ConfirmApproverRequestSchema,
      answer: ApproverAnswerSchema,
      errors: [401, 403, 423, 429],
    });
    scope.post('/auth/confirm-approver', { schema: approverSchema, preHandler: [authenticate, ...signInLimits], onError: rateLimitedHook(rateLimited('confirm-approver')) }, async (req) => {
      const request = parseWith(ConfirmApproverRequestSchema, req.body, 'body');
      const who = principalOf(req);
      return audited(req, ['approver_confirmed', 'approver_refused'], request.userId, () => confirmApprover(db, who, request, now()), who.deviceId);
    });

    // Rate-limited per address like sign-in; the current password goes through sign-in's lockout (5 wrong lock it).
    const changeLimit = addressLimiter(scope, 'change-password', limits.signInPerAddress);
    const changePasswordSchema = routeSchema({
      summary: 'Change one’s own password (the current one, and a new one that meets the policy); clears a forced change',
      description: '401 invalid_credentials (wrong current password), 423 locked, 400 weak_password with `rules` (the policy’s rules broken, docs/security.md), 429 rate_limited.',
      tags: ['auth'],
      bearer: true,
      body: ChangePasswordRequestSchema,
      answer: ChangePasswordAnswerSchema,
      errors: [401, 403, 423, 429],
    });
    scope.post('/auth/change-password', { schema: changePasswordSchema, preHandler: [authenticate, changeLimit], onError: rateLimitedHook(rateLimited('change-password')) }, async (req) => {
      const request = parseWith(ChangePasswordRequestSchema, req.body, 'body');
      return changePassword(db, principalOf(req), request, now());
    });

    const revokeSchema = routeSchema({
      summary: 'Revoke a device: its tokens stop working at once (supervisor of its branch, or head-office admin)',
      tags: ['devices'],
      bearer: true,
      params: DeviceParamsSchema,
      body: RevokeBodySchema,
      answer: RevokeAnswerSchema,
      errors: [401, 403, 404],
    });
    scope.post('/devices/:id/revoke', { schema: revokeSchema, preHandler: authenticate }, async (req) => {
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
