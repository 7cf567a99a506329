import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { principalOf } from '../auth/authenticate';
import type { Db } from '../db/types';
import { DEFAULT_TOMBSTONE_RETENTION_DAYS, pull, readPullRequest } from './pull';
import { applyPush, readPushRequest } from './push';
import type { CaseScopeCheck } from './scope';

const gzipAsync = promisify(gzip);
/** Smaller answers go as they are: gzip's header and the CPU are not worth it. */
const GZIP_MIN_BYTES = 1024;

export function syncRoutes(
  app: FastifyInstance,
  deps: { db: Db; now: () => number; authenticate: preHandlerAsyncHookHandler; caseScope: CaseScopeCheck; tombstoneRetentionDays?: number },
): void {
  const { db, now, authenticate, caseScope } = deps;
  const pullSettings = { tombstoneRetentionDays: deps.tombstoneRetentionDays ?? DEFAULT_TOMBSTONE_RETENTION_DAYS };

  app.post('/sync/push', { preHandler: authenticate }, async (req) => {
    const who = principalOf(req);
    const request = readPushRequest(req.body, who);
    const response = await applyPush(db, who, request, caseScope, now());
    const count = (s: string) => response.results.filter((r) => r.status === s).length;
    req.log.info(
      { deviceId: who.deviceId, lastMutationId: response.lastMutationId, applied: count('applied'), duplicate: count('duplicate'), rejected: count('rejected') },
      'push',
    );
    return response;
  });

  app.post('/sync/pull', { preHandler: authenticate }, async (req, reply) => {
    const who = principalOf(req);
    const request = readPullRequest(req.body, who);
    const response = await pull(db, who, request, pullSettings, now());
    req.log.info({ deviceId: who.deviceId, changes: response.changes.length, hasMore: response.hasMore, resetRequired: response.resetRequired }, 'pull');
    const json = JSON.stringify(response);
    reply.header('content-type', 'application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (json.length >= GZIP_MIN_BYTES && /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) {
      return reply.header('content-encoding', 'gzip').send(await gzipAsync(json));
    }
    return reply.send(json);
  });
}
