import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { makeAuthenticate } from '../auth/authenticate';
import { auditRoutes } from '../audit/routes';
import { authRoutes } from '../auth/routes';
import { consoleRoutes } from '../console/routes';
import { consoleStatic } from '../console/static';
import type { Config } from '../config';
import type { Db } from '../db/types';
import type { CaseScopeCheck } from '../sync/scope';
import { portfolioCaseScopeWithin } from '../sync/pullScope';
import { syncRoutes } from '../sync/routes';
import { installCors } from './cors';
import { installErrorHandler } from './errors';
import { rateLimitsOf, type RateLimits } from './rateLimit';
import { healthRoutes } from './health';
import { countRequests, metricsRoute } from './metrics';
import { installOpenApi, openApiRoute } from './openapi';
import { installSecurityHeaders } from './security';

/** Never in a log line: credentials in headers and bodies, and tokens in answers. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  '*.password',
  '*.accessToken',
  '*.refreshToken',
  '*.tokenSecret',
  '*.metricsToken',
  'body.password',
  'body.refreshToken',
];

export interface BuildServerOptions {
  db: Db;
  config: Config;
  /** A ready logger, or where to write JSON log lines (defaults to stdout at config.logLevel). */
  logger?: FastifyBaseLogger | { stream: { write(line: string): void } };
  /** The clock, in ms since the epoch: tests move it to expire tokens and lockouts. */
  now?: () => number;
  /** Whether a case is in a user's scope; defaults to "unknown" until the portfolio import exists. */
  caseScope?: CaseScopeCheck;
  /** Limits on sign-in and refresh; from the configuration when not given (tests lower them). */
  rateLimits?: RateLimits;
}

/** The head-office HTTP service, not yet listening: `await app.listen({ port, host })`. */
export function buildServer({ db, config, logger, now = Date.now, caseScope = portfolioCaseScopeWithin(config.tombstoneRetentionDays), rateLimits }: BuildServerOptions): FastifyInstance {
  const loggerOptions = { level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } };
  const app: FastifyInstance = Fastify({
    bodyLimit: config.bodyLimitBytes,
    ...(logger && !('stream' in logger) ? { loggerInstance: logger } : { logger: { ...loggerOptions, ...(logger ? { stream: logger.stream } : {}) } }),
    // The desktop app sends one request at a time per device; a stuck client must not hold a socket forever.
    requestTimeout: 60_000,
    return503OnClosing: true,
    // Behind a load balancer, req.ip is the device's address only if the balancer's forwarding is believed.
    ...(config.trustedProxies.length > 0 ? { trustProxy: config.trustedProxies } : {}),
  }) as unknown as FastifyInstance;

  installSecurityHeaders(app);
  installCors(app, config.allowedOrigins);
  installErrorHandler(app);
  countRequests(app);
  installOpenApi(app);

  const authenticate = makeAuthenticate({ db, tokenSecret: config.tokenSecret, now });
  const settings = { tokenSecret: config.tokenSecret, accessTokenTtlSeconds: config.accessTokenTtlSeconds, refreshTokenTtlDays: config.refreshTokenTtlDays };
  // Every route inside one plugin loaded after the OpenAPI one, so the description sees them all.
  void app.register(async (api) => {
    healthRoutes(api, db);
    metricsRoute(api, { token: config.metricsToken });
    openApiRoute(api);
    authRoutes(api, { db, settings, now, authenticate, rateLimits: rateLimits ?? rateLimitsOf(config) });
    syncRoutes(api, { db, now, authenticate, caseScope, tombstoneRetentionDays: config.tombstoneRetentionDays });
    auditRoutes(api, { db, now, authenticate });
    consoleRoutes(api, { db, config, now, authenticate });
  });
  // Pages, not API: outside the OpenAPI description.
  void app.register(async (pages) => consoleStatic(pages, config.consoleDir));
  return app;
}
