import type { ConsoleDeps } from '../deps';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CONFIG_KINDS, ConfigScopeSchema, PAYLOAD_SCHEMAS, SCOPES_OF, keyOf, type ConfigKind } from '../../../shared/publishedConfig';
import { HttpError, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { assertBranchVisible, consoleAdmin, consoleReader } from '../authorize';
import { configHistory, currentConfigs, publishConfig } from './store';
import { refuseFailingScripts } from '../scripts/wordingGate';
import { refuseUncoveredSegments, refuseUnreachableRows } from '../segments/publishGate';

/**
 * Published configuration in the console (docs/server.md, "Published configuration"): what is in force, each
 * slot's versions, and publishing the next version. Reading: admin (every scope) or supervisor (the bank's and
 * their branch's); publishing: admin only.
 */

const KindParams = z.object({ kind: z.enum(CONFIG_KINDS) });
const HistoryParams = KindParams.extend({ scope: ConfigScopeSchema });
const HistoryQuery = z.object({ key: z.string().max(20).default('') });
const PublishBody = z.object({ scope: ConfigScopeSchema, payload: z.unknown() });

// Answers are described loosely: each payload is checked by its kind's schema in shared/publishedConfig.
const ConfigAnswer = z.object({ kind: z.string(), scope: z.string(), key: z.string(), version: z.number(), publishedBy: z.string(), publishedAt: z.string(), payload: z.unknown() });
const CurrentAnswer = z.object({ current: z.array(ConfigAnswer), branches: z.array(z.object({ code: z.string(), name: z.string(), rulePack: z.string() })) });
const HistoryAnswer = z.object({ versions: z.array(ConfigAnswer) });

const unknownBranch = (code: string) => new HttpError(400, 'unknown_branch', `body.scope: no branch ${code}`);
const wrongScope = (kind: ConfigKind, want: 'bank' | 'branch') => new HttpError(400, 'wrong_scope', `body.scope: ${kind} is published for ${want === 'bank' ? 'the whole bank' : 'one branch'}`);

export function configRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;

  app.get(
    '/admin/config/:kind',
    { schema: routeSchema({ summary: 'The configuration of a kind in force, per scope, and the branches the reader sees', tags: ['console'], bearer: true, params: KindParams, answer: CurrentAnswer, errors: [401, 403] }), preHandler: authenticate },
    async (req) => {
      const reader = consoleReader(req);
      const { kind } = parseWith(KindParams, req.params, 'params');
      const branches = await db.query<{ code: string; name: string; rulePack: string }>('SELECT code, name, rule_pack AS "rulePack" FROM branches WHERE ($1::text IS NULL OR code = $1) ORDER BY code', [reader.branchCode]);
      return { current: await currentConfigs(db, kind, reader.branchCode), branches: branches.rows };
    },
  );

  app.get(
    '/admin/config/:kind/:scope/versions',
    {
      schema: routeSchema({ summary: 'Every version of one slot, newest first', tags: ['console'], bearer: true, params: HistoryParams, querystring: HistoryQuery, answer: HistoryAnswer, errors: [401, 403] }),
      preHandler: authenticate,
    },
    async (req) => {
      const reader = consoleReader(req);
      const { kind, scope } = parseWith(HistoryParams, req.params, 'params');
      const { key } = parseWith(HistoryQuery, req.query, 'query');
      if (scope !== 'bank') assertBranchVisible(reader, scope);
      return { versions: await configHistory(db, kind, scope, key) };
    },
  );

  app.post(
    '/admin/config/:kind',
    {
      schema: routeSchema({ summary: 'Publishes the next version of a configuration (admin only)', tags: ['console'], bearer: true, params: KindParams, body: PublishBody, answer: ConfigAnswer, errors: [401, 403] }),
      preHandler: authenticate,
    },
    async (req) => {
      const admin = consoleAdmin(req);
      const { kind } = parseWith(KindParams, req.params, 'params');
      const body = parseWith(PublishBody, req.body, 'body');
      // Head office publishes it from its agencies (server/console/outsourcing/agencies.ts): a hand-made list would differ from them.
      if (kind === 'agencyList') throw new HttpError(400, 'published_by_head_office', 'agencyList is published by head office whenever an agency is added or edited (/admin/outsourcing/agencies)');
      const allowed = SCOPES_OF[kind];
      if (allowed === 'bank' && body.scope !== 'bank') throw wrongScope(kind, 'bank');
      if (allowed === 'branch' && body.scope === 'bank') throw wrongScope(kind, 'branch');
      const payload = parseWith(PAYLOAD_SCHEMAS[kind] as z.ZodType<unknown>, body.payload, 'body.payload');
      if (kind === 'scriptLibrary') await refuseFailingScripts(db, PAYLOAD_SCHEMAS.scriptLibrary.parse(payload));
      if (kind === 'segmentTable') refuseUnreachableRows(PAYLOAD_SCHEMAS.segmentTable.parse(payload));
      if (kind === 'contactStrategy') refuseUncoveredSegments(PAYLOAD_SCHEMAS.contactStrategy.parse(payload));
      if (body.scope !== 'bank') {
        const found = await db.query('SELECT 1 FROM branches WHERE code = $1', [body.scope]);
        if (found.rows.length === 0) throw unknownBranch(body.scope);
      }
      return publishConfig(db, kind, body.scope, keyOf(kind, payload), payload, admin.userId, new Date(deps.now()).toISOString());
    },
  );
}
