import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { principalOf } from '../auth/authenticate';
import { BranchDirectorySchema } from '../../shared/team/directory';
import { DirectoryRequestSchema } from '../../shared/team/directoryRequest';
import { PullRequestSchema, PullResponseSchema, PushRequestSchema, PushResponseSchema, REJECTION_CODES } from '../../shared/sync/protocol';
import type { Db } from '../db/types';
import { parseWith } from '../http/errors';
import { metrics } from '../http/metrics';
import { routeSchema } from '../http/openapi';
import { directoryBranch, readDirectory } from './directory';
import { readDeviceReport } from './deviceReport';
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

  const pushSchema = routeSchema({
    summary: 'Send the device’s outbox; each mutation is applied, a duplicate, or rejected with a reason',
    description: 'One transaction per push (docs/server.md, "Push"). 409 unsupported_protocol for other protocol or schema versions.',
    tags: ['sync'],
    bearer: true,
    body: PushRequestSchema,
    answer: PushResponseSchema,
    errors: [401, 403, 409, 413],
  });
  app.post('/sync/push', { schema: pushSchema, preHandler: authenticate }, async (req) => {
    const who = principalOf(req);
    const request = readPushRequest(req.body, who);
    // The device's sync is noted in the push's own transaction (push.ts closePush).
    const response = await applyPush(db, who, request, caseScope, now(), readDeviceReport(req.headers));
    const count = (s: string) => response.results.filter((r) => r.status === s).length;
    req.log.info(
      { deviceId: who.deviceId, lastMutationId: response.lastMutationId, applied: count('applied'), duplicate: count('duplicate'), rejected: count('rejected') },
      'push',
    );
    countPush(response.results);
    return response;
  });

  const pullSchema = routeSchema({
    summary: 'The next page of changes in the device’s scope after its cursor',
    description: 'gzip when the device accepts it and the answer is over 1 KB. `resetRequired` when the cursor is older than the kept tombstones.',
    tags: ['sync'],
    bearer: true,
    body: PullRequestSchema,
    answer: PullResponseSchema,
    errors: [401, 403, 409],
  });
  app.post('/sync/pull', { schema: pullSchema, preHandler: authenticate }, async (req, reply) => {
    const who = principalOf(req);
    const request = readPullRequest(req.body, who);
    const response = await pull(db, who, request, pullSettings, now(), readDeviceReport(req.headers));
    req.log.info({ deviceId: who.deviceId, changes: response.changes.length, hasMore: response.hasMore, resetRequired: response.resetRequired }, 'pull');
    metrics.syncRounds.inc({ direction: 'pull' });
    metrics.syncChangesSent.inc(response.changes.length);
    const json = JSON.stringify(response);
    reply.header('content-type', 'application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (json.length >= GZIP_MIN_BYTES && /\bgzip\b/i.test(String(req.headers['accept-encoding'] ?? ''))) {
      return reply.header('content-encoding', 'gzip').send(await gzipAsync(json));
    }
    return reply.send(json);
  });

  const directorySchema = routeSchema({
    summary: 'The branch directory: the branch’s staff, and (to a supervisor or admin) their devices and when each last synced',
    description: 'The caller’s own branch; a head-office admin names one (`branchCode`). A device fetches it at each sync (docs/architecture.md, "Branch directory").',
    tags: ['sync'],
    bearer: true,
    body: DirectoryRequestSchema,
    answer: BranchDirectorySchema,
    errors: [401, 403, 404],
  });
  app.post('/sync/directory', { schema: directorySchema, preHandler: authenticate }, async (req) => {
    const who = principalOf(req);
    const branchCode = directoryBranch(who, parseWith(DirectoryRequestSchema, req.body ?? {}, 'body'));
    return readDirectory(db, who, branchCode, new Date(now()));
  });
}

const KNOWN_REJECTIONS: ReadonlySet<string> = new Set(REJECTION_CODES);

/** One push round and its decisions in the metrics; reason codes outside the known list count as `other`. */
function countPush(results: readonly { status: string; reason?: { code: string } | undefined }[]): void {
  metrics.syncRounds.inc({ direction: 'push' });
  for (const r of results) {
    metrics.syncMutations.inc({ status: r.status });
    if (r.reason) metrics.syncRejections.inc({ reason: KNOWN_REJECTIONS.has(r.reason.code) ? r.reason.code : 'other' });
  }
}
