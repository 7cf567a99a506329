import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ConsoleDeps } from './deps';
import { routeSchema } from '../http/openapi';
import { consoleReader } from './authorize';
import { overviewRoutes } from './overview';
import { evidenceRoutes } from './evidence/routes';
import { portfolioRoutes } from './portfolio/routes';
import { reconciliationRoutes } from './reconciliation/routes';
import { peopleRoutes } from './people/routes';
import { configRoutes } from './config/routes';
import { auditConsoleRoutes } from './audit/routes';
import { conductRoutes } from './conduct/routes';
import { outsourcingRoutes } from './outsourcing/routes';
import { paymentsRoutes } from './payments/routes';
import { legalRoutes } from './legal/routes';
import { kpiRoutes } from './kpi/routes';
import { targetRoutes } from './kpi/targets';

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
    const found = await db.query<{ name: string; must_change_password: boolean }>('SELECT name, must_change_password FROM users WHERE id = $1', [reader.principal.userId]);
    return {
      userId: reader.principal.userId,
      name: found.rows[0]?.name ?? reader.principal.userId,
      role: reader.principal.role as 'supervisor' | 'head_office_admin',
      branchCode: reader.principal.branchCode,
      scopeBranchCode: reader.branchCode,
      canChange: reader.branchCode === null,
      mustChangePassword: found.rows[0]?.must_change_password === true,
    };
  });
  overviewRoutes(app, deps);
  // Capability modules (portfolio, people, published configuration, evidence, reconciliation, audit) register below.
  evidenceRoutes(app, deps);
  portfolioRoutes(app, deps);
  reconciliationRoutes(app, deps);
  peopleRoutes(app, deps);
  configRoutes(app, deps);
  auditConsoleRoutes(app, deps);
  conductRoutes(app, deps);
  outsourcingRoutes(app, deps);
  paymentsRoutes(app, deps);
  legalRoutes(app, deps);
  kpiRoutes(app, deps);
  targetRoutes(app, deps);
}
