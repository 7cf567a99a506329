import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { principalOf } from '../auth/authenticate';
import type { Db } from '../db/types';
import { applyPush, readPushRequest } from './push';
import type { CaseScopeCheck } from './scope';

export function syncRoutes(app: FastifyInstance, deps: { db: Db; now: () => number; authenticate: preHandlerAsyncHookHandler; caseScope: CaseScopeCheck }): void {
  const { db, now, authenticate, caseScope } = deps;

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
}
