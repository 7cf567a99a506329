import type { FastifyInstance } from 'fastify';
import type { ConsoleDeps } from '../deps';
import { portfolioCaseScopeWithin } from '../../sync/pullScope';
import { evidenceConsoleRoutes } from './consoleRoutes';
import { evidenceDeviceRoutes } from './deviceRoutes';
import { evidenceStoreFor } from './store';

/**
 * Evidence at head office (issue 14 §5, docs/server.md "Evidence"): devices upload attachment bytes and
 * letter PDFs under /evidence (bearer, device scope: the push's own case-scope check), the console reads them
 * under /admin. One store for both, on disk or in PostgreSQL.
 */
export function evidenceRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const store = evidenceStoreFor(deps.config, deps.db);
  const caseScope = portfolioCaseScopeWithin(deps.config.tombstoneRetentionDays);
  evidenceDeviceRoutes(app, { db: deps.db, store, uploadLimitBytes: deps.config.uploadLimitBytes, now: deps.now, authenticate: deps.authenticate, caseScope });
  evidenceConsoleRoutes(app, { ...deps, store });
}
