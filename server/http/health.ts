import type { FastifyInstance } from 'fastify';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import type { Db } from '../db/types';
import { SERVER_VERSION } from '../version';
import { HealthAnswerSchema } from './answers';
import { routeSchema } from './openapi';

/** GET /health: 200 when the database answers, 503 when it does not. No authentication, no secrets. */
export function healthRoutes(app: FastifyInstance, db: Db): void {
  const schema = routeSchema({
    summary: 'Whether the service and its database answer',
    description: 'No authentication. 503 with `ok: false, db: "unreachable"` when the database does not answer: a load balancer takes the instance out.',
    tags: ['operations'],
    answer: HealthAnswerSchema,
  });
  (schema.response as Record<number, unknown>)[503] = { description: 'the database does not answer', ...(schema.response as Record<number, object>)[200] };
  app.get('/health', { schema }, async (req, reply) => {
    const base = { version: SERVER_VERSION, protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, database: db.kind };
    try {
      await db.query('SELECT 1');
      return { ok: true, ...base, db: 'ok' };
    } catch (err) {
      req.log.error({ err }, 'health: database unreachable');
      return reply.status(503).send({ ok: false, ...base, db: 'unreachable' });
    }
  });
}
