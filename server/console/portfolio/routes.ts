import type { FastifyInstance } from 'fastify';
import type { ConsoleDeps } from '../deps';
import { assignRoutes } from './assign';
import { caseRoutes } from './cases';
import { importRoutes } from './imports';

/** §2 Portfolio (docs/server.md, "Portfolio in the console"): extract imports, the case list, 分案. */
export function portfolioRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  importRoutes(app, deps);
  caseRoutes(app, deps);
  assignRoutes(app, deps);
}
