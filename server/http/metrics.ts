import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of this process (docs/operations.md, "Metrics"). One registry per process, as Prometheus
 * scrapes a process: every module may import `metrics` and count what it does. Counters only grow; tests compare
 * before and after.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'headoffice_' });

const PREFIX = 'headoffice_';

export const metrics = {
  httpRequests: new Counter({
    name: `${PREFIX}http_requests_total`,
    help: 'HTTP requests answered, by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    registers: [registry],
  }),
  httpDuration: new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'Time from request to answer, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    // A push of 500 mutations behind an import can take seconds; a health check takes a millisecond.
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  }),
  rejections: new Counter({
    name: `${PREFIX}rejections_total`,
    help: 'Requests refused with an error answer, by route pattern and error code (invalid_credentials, rate_limited, bad_request, internal …)',
    labelNames: ['route', 'code'] as const,
    registers: [registry],
  }),
  syncRounds: new Counter({
    name: `${PREFIX}sync_rounds_total`,
    help: 'Sync requests completed, by direction (push or pull)',
    labelNames: ['direction'] as const,
    registers: [registry],
  }),
  syncMutations: new Counter({
    name: `${PREFIX}sync_mutations_total`,
    help: 'Pushed mutations decided, by status (applied, duplicate, rejected)',
    labelNames: ['status'] as const,
    registers: [registry],
  }),
  syncRejections: new Counter({
    name: `${PREFIX}sync_rejections_total`,
    help: 'Pushed mutations rejected, by reason code (forbidden, out_of_scope, conflict, invalid …)',
    labelNames: ['reason'] as const,
    registers: [registry],
  }),
  syncChangesSent: new Counter({
    name: `${PREFIX}sync_pull_changes_total`,
    help: 'Changes sent to devices by pull',
    registers: [registry],
  }),
  importRuns: new Counter({
    name: `${PREFIX}import_runs_total`,
    help: 'Portfolio imports run by this process, by outcome (applied, dry_run, refused)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  }),
  importCases: new Counter({
    name: `${PREFIX}import_cases_total`,
    help: 'Cases in imports applied by this process, by result (new, updated, unchanged, closed, rejected)',
    labelNames: ['result'] as const,
    registers: [registry],
  }),
};

/** What an import reports, as far as the metrics need it (server/import/apply.ts ImportResult). */
export interface ImportOutcome {
  dryRun?: boolean;
  fileError?: string | null | undefined;
  counts: { new: number; updated: number; unchanged: number; closed: number; rejected: number };
}

/** Counts one import: its outcome, and its cases by result unless it wrote nothing. */
export function recordImport(result: ImportOutcome): void {
  const outcome = result.fileError ? 'refused' : result.dryRun ? 'dry_run' : 'applied';
  metrics.importRuns.inc({ outcome });
  if (outcome !== 'applied') return;
  for (const key of ['new', 'updated', 'unchanged', 'closed', 'rejected'] as const) metrics.importCases.inc({ result: key }, result.counts[key]);
}

/** Compared in constant time: hashes of equal length, so neither the length nor a prefix leaks. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** The route pattern for labels: `/devices/:id/revoke`, never the id; unknown routes as one label. */
export function routeLabel(routeUrl: string | undefined): string {
  return routeUrl ?? '(no route)';
}

/** Counts every answer and its time (a hook on the root instance, so it sees every route). */
export function countRequests(app: FastifyInstance): void {
  app.addHook('onResponse', async (req, reply) => {
    const route = routeLabel(req.routeOptions.url);
    const labels = { method: req.method, route };
    metrics.httpRequests.inc({ ...labels, status_code: String(reply.statusCode) });
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
  });
}

/**
 * GET /metrics in Prometheus' text format. With a token set (METRICS_TOKEN), it asks for that bearer token;
 * without, anyone who reaches the port may read it (bind it to the internal network, docs/operations.md).
 */
export function metricsRoute(app: FastifyInstance, options: { token: string | undefined }): void {
  app.get(
    '/metrics',
    {
      schema: {
        summary: 'Prometheus metrics of this process',
        description: 'Text exposition format 0.0.4. Needs `Authorization: Bearer <METRICS_TOKEN>` when METRICS_TOKEN is set.',
        tags: ['operations'],
        response: {
          200: { description: 'metrics in Prometheus text format', type: 'string' },
          401: { description: 'METRICS_TOKEN is set and was not given', type: 'object' },
        },
      },
    },
    async (req, reply) => {
      if (options.token && !sameSecret(req.headers.authorization ?? '', `Bearer ${options.token}`)) {
        metrics.rejections.inc({ route: '/metrics', code: 'unauthorized' });
        return reply.status(401).send({ error: { code: 'unauthorized', message: 'GET /metrics needs the METRICS_TOKEN bearer token' } });
      }
      return reply.header('content-type', registry.contentType).send(await registry.metrics());
    },
  );
}
