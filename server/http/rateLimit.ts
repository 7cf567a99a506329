import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { HttpError } from './errors';

/** At most `max` requests per `windowMs` for one key. */
export interface Limit {
  max: number;
  windowMs: number;
}

/**
 * Limits on the unauthenticated routes, where guessing happens. Per client address (one machine hammering,
 * whatever the names it tries) and per account (many machines trying one account; for refresh, the device,
 * which is enrolled to one user). The password lockout (5 wrong in a row) still applies underneath; these
 * stop the flood before it costs a scrypt each.
 */
export interface RateLimits {
  signInPerAddress: Limit;
  signInPerUser: Limit;
  refreshPerAddress: Limit;
  refreshPerDevice: Limit;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  // A branch behind one NAT address may have 30 staff signing in at 08:30.
  signInPerAddress: { max: 60, windowMs: 60_000 },
  signInPerUser: { max: 10, windowMs: 60_000 },
  refreshPerAddress: { max: 120, windowMs: 60_000 },
  refreshPerDevice: { max: 10, windowMs: 60_000 },
};

/** The limits with the configured sign-in allowances (SIGN_IN_PER_ADDRESS_PER_MINUTE, SIGN_IN_PER_USER_PER_MINUTE). */
export function rateLimitsOf(config: { signInLimits: { perAddressPerMinute: number; perUserPerMinute: number } }): RateLimits {
  return {
    ...DEFAULT_RATE_LIMITS,
    signInPerAddress: { max: config.signInLimits.perAddressPerMinute, windowMs: 60_000 },
    signInPerUser: { max: config.signInLimits.perUserPerMinute, windowMs: 60_000 },
  };
}

/** Registers the plugin, limiting nothing by itself: each route asks for its limiters. */
export async function installRateLimit(app: FastifyInstance): Promise<void> {
  await app.register(rateLimit, { global: false });
}

const fieldOfBody = (req: FastifyRequest, field: string): string => {
  const body = req.body as Record<string, unknown> | null | undefined;
  const value = body && typeof body === 'object' ? body[field] : undefined;
  // A missing or odd field still counts, under one shared key, so leaving it out is no way around the limit.
  return typeof value === 'string' ? value.slice(0, 128) : '(none)';
};

const tooMany = (seconds: number) =>
  new HttpError(429, 'rate_limited', `too many attempts: wait ${seconds} seconds and try again`, { retryAfterSeconds: seconds });

/**
 * A preHandler that refuses with 429 `rate_limited` and Retry-After (seconds) once `limit` is used up for the
 * client address (@fastify/rate-limit).
 */
export function addressLimiter(app: FastifyInstance, name: string, limit: Limit): preHandlerAsyncHookHandler {
  return app.rateLimit({
    max: limit.max,
    timeWindow: limit.windowMs,
    hook: 'preHandler',
    keyGenerator: (req) => `${name}:addr:${req.ip}`,
    errorResponseBuilder: (_req, context) => tooMany(Math.max(1, Math.ceil(context.ttl / 1000))),
  }) as preHandlerAsyncHookHandler;
}

/** Keys kept at most; the oldest window is dropped first, so a flood of made-up names cannot fill memory. */
const MAX_KEYS = 10_000;

/**
 * The same limit keyed by a field of the body (the account at sign-in, the device at refresh). Its own
 * fixed-window counter, since @fastify/rate-limit runs only one limiter per request. A preHandler, so the
 * body is parsed; `now` is the service's clock.
 */
export function bodyFieldLimiter(name: string, limit: Limit, field: string, now: () => number): preHandlerAsyncHookHandler {
  const windows = new Map<string, { startMs: number; count: number }>();
  return async (req, reply) => {
    const key = `${name}:${field}:${fieldOfBody(req, field)}`;
    const t = now();
    let w = windows.get(key);
    if (!w || t - w.startMs >= limit.windowMs) {
      windows.delete(key);
      w = { startMs: t, count: 0 };
      windows.set(key, w);
      if (windows.size > MAX_KEYS) windows.delete(windows.keys().next().value as string);
    }
    w.count += 1;
    if (w.count > limit.max) {
      const seconds = Math.max(1, Math.ceil((w.startMs + limit.windowMs - t) / 1000));
      reply.header('retry-after', String(seconds));
      throw tooMany(seconds);
    }
  };
}
