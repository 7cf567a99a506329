import type { FastifyInstance } from 'fastify';
import { importPayments } from '../../payments/apply';
import { paymentsTemplateCsv } from '../../payments/template';
import type { ConsoleDeps } from '../deps';
import { extractImportRoutes } from '../extractImports';

/**
 * Issue 15 §1 (docs/server.md, "Payments from core banking"): the daily repayment extract, uploaded, dry run,
 * applied or discarded as the portfolio extract is, in the same history under kind 'payments'.
 */
export function paymentsRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  extractImportRoutes(app, deps, {
    kind: 'payments',
    path: '/admin/payments/imports',
    tag: 'payments',
    what: 'a repayment extract',
    run: (db, extract, options) => importPayments(db, extract, { dryRun: options.dryRun, now: options.now, expectPlan: options.expectPlan }),
    template: { fileName: 'repayment-extract-template.csv', csv: paymentsTemplateCsv },
  });
}
