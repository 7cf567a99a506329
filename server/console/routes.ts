import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config';
import type { Db } from '../db/types';
import { routeSchema } from '../http/openapi';
import { consoleReader } from './authorize';
import { auditConsoleRoutes } from './audit/routes';

/** What every console route module receives. */
export interface ConsoleDeps {
  db: Db;
  config: Config;
  now: () => number;
  authenticate: preHandlerAsyncHookHandler;
}

const MeAnswerSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(['supervisor', 'head_office_admin']),
  branchCode: z.string(),
  /** null: the whole bank; a code: read-only for that branch. */
  scopeBranchCode: z.string().nullable(),
  canChange: z.boolean(),
  mustChangePassword: z.boolean(),
});

/**
 * The console's API, under /admin (docs/server.md, "The console"). Each capability registers its own module
 * here; every route authenticates, then asks consoleReader or consoleAdmin who may do what.
 */
export function consoleRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;
  const meSchema = routeSchema({ summary: 'Who is using the console, and what they may see and change', tags: ['console'], bearer: true, answer: MeAnswerSchema, errors: [401, 403] });
  app.get('/admin/me', { schema: meSchema, preHandler: authenticate }, async (req) => {
    const reader = consoleReader(req);
    const found = await db.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [reader.principal.userId]);
    return {
      userId: reader.principal.userId,
      name: found.rows[0]?.name ?? reader.principal.userId,
      role: reader.principal.role as 'supervisor' | 'head_office_admin',
      branchCode: reader.principal.branchCode,
      scopeBranchCode: reader.branchCode,
      canChange: reader.branchCode === null,
      mustChangePassword: false,
    };
  });
  // Capability modules (portfolio, people, published configuration, evidence, reconciliation, audit) register below.
  auditConsoleRoutes(app, deps);
}
