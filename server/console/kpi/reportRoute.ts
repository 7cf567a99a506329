import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CN_MAINLAND_CALENDAR, DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar';
import { emptyTally, figuresOf } from '../../../shared/kpi';
import { BANK_REPORT_LABELS, bankMonthlyReport } from '../../../shared/kpi/bankReport';
import { ReportQuerySchema } from '../../../shared/kpi/consoleApi';
import { reportPeriod } from '../../../shared/kpi/reportMonth';
import { badRequest, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { readBankFigures } from '../../kpi/bankFigures';
import { reportPdfBytes, reportXlsxBytes } from '../../kpi/reportFiles';
import { assertBranchVisible, consoleReader } from '../authorize';
import { branchesWithTargets, graceDaysOf } from './branchTargets';
import type { ConsoleDeps } from '../deps';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The bank's monthly report (上报, issue 15 §6; docs/kpi.md "At head office") as XLSX or PDF: the 业绩 page's
 * figures for the month (readBankFigures, targets in force as there), in the device report's layout. A
 * supervisor gets their own branch only, as on the 业绩 page.
 */
export function kpiReportRoute(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;
  app.get('/admin/kpi/report', {
    schema: routeSchema({
      summary: 'The monthly report of every branch (or one) for a month, as XLSX or PDF, in Chinese or English',
      tags: ['console', 'kpi'], bearer: true, querystring: ReportQuerySchema, answer: z.string(), errors: [400, 401, 403],
    }),
    preHandler: authenticate,
  }, async (req, reply) => {
    const reader = consoleReader(req);
    const query = parseWith(ReportQuerySchema, req.query, 'query');
    if (query.branch !== undefined) assertBranchVisible(reader, query.branch);
    const branch = query.branch ?? reader.branchCode;
    const now = new Date(deps.now());
    const today = todayIn(DEFAULT_TIME_ZONE, now);
    let period;
    try {
      period = reportPeriod(query.month, today, DEFAULT_TIME_ZONE);
    } catch (e) {
      throw badRequest(`query.month: ${(e as Error).message}`);
    }
    const [bank, listed] = await Promise.all([
      graceDaysOf(db, branch).then((graceDays) => readBankFigures(db, branch, period, { graceDays })),
      branchesWithTargets(db, branch, query.month),
    ]);
    const empty = figuresOf(emptyTally());
    const labels = BANK_REPORT_LABELS[query.lang];
    const report = bankMonthlyReport({
      month: query.month, period, total: bank.total, payments: bank.payments, calendar: CN_MAINLAND_CALENDAR,
      branches: listed.map(({ code, name, target }) => (
        { code, name, figures: bank.branches.get(code) ?? empty, target: target && { recoveredFen: target.recoveredFen, curedAccounts: target.curedAccounts, successRateBps: target.successRateBps } }
      // A branch with no case and no target (head office's own unit) has no line.
      )).filter((b) => b.figures.cases > 0 || b.target !== null),
    }, labels.bankScope);
    const generatedAt = now.toISOString();
    const name = `report-${query.month}-${branch ?? 'all'}.${query.format}`;
    reply.header('Content-Disposition', `attachment; filename="${name}"`);
    if (query.format === 'xlsx') return reply.type(XLSX_TYPE).send(await reportXlsxBytes(report, labels, generatedAt));
    return reply.type('application/pdf').send(await reportPdfBytes(report, labels, generatedAt));
  });
}
