import type { FastifyInstance } from 'fastify';
import { ConductExceptionsAnswerSchema, ConductExceptionsQuerySchema, exceptionsPerCollector } from '../../../shared/conduct';
import { parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { listExceptions } from '../../conduct/store';
import { assertBranchVisible, consoleReader } from '../authorize';
import type { ConsoleDeps } from '../deps';

/**
 * Conduct exceptions in the console (docs/server.md, "Conduct re-checked at head office"): read-only; an admin
 * sees every branch (or names one), a supervisor their own branch. The answer counts them per collector too.
 */
export function conductRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;
  const schema = routeSchema({
    summary: 'Conduct exceptions: pushed records that broke a rule when head office judged them again, newest first',
    tags: ['console', 'conduct'],
    bearer: true,
    querystring: ConductExceptionsQuerySchema,
    answer: ConductExceptionsAnswerSchema,
    errors: [400, 401, 403],
  });
  app.get('/admin/conduct-exceptions', { schema, preHandler: authenticate }, async (req) => {
    const reader = consoleReader(req);
    const query = parseWith(ConductExceptionsQuerySchema, req.query, 'query');
    if (query.branchCode !== undefined) assertBranchVisible(reader, query.branchCode);
    const exceptions = await listExceptions(db, reader.branchCode ?? query.branchCode ?? null, query);
    return { exceptions, perCollector: exceptionsPerCollector(exceptions) };
  });
}
