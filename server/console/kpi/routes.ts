import type { FastifyInstance } from 'fastify';
import { todayIn, DEFAULT_TIME_ZONE } from '../../../shared/calendar';
import { emptyTally, figuresOf, kpiPeriod } from '../../../shared/kpi';
import { figuresDto, PerformanceAnswerSchema, PerformanceQuerySchema, TREND_POINTS, type PerformanceAnswer } from '../../../shared/kpi/consoleApi';
import { parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { readBankFigures, trendPeriods } from '../../kpi/bankFigures';
import { openingsOn } from '../../kpi/openingCache';
import { assertBranchVisible, consoleReader } from '../authorize';
import type { ConsoleDeps } from '../deps';
import { branchesWithTargets, graceDaysOf } from './branchTargets';
import { kpiReportRoute } from './reportRoute';

/**
 * 业绩 in the console (issue 15 §5; docs/server.md "Performance"): every branch's measures side by side for a
 * period, against its monthly target when the period lies in one month, the roll-rate matrix by product, and
 * the money recovered and the recovery rate month by month or week by week. A head-office admin sees every branch (or one), a
 * supervisor their own, read-only like the rest of their console.
 */
export function kpiRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;
  kpiReportRoute(app, deps);
  app.get('/admin/kpi/performance', {
    schema: routeSchema({
      summary: 'Recovery measures per branch for a period, roll rates by product and bucket, and the trend of money recovered',
      tags: ['console', 'kpi'], bearer: true, querystring: PerformanceQuerySchema, answer: PerformanceAnswerSchema, errors: [401, 403],
    }),
    preHandler: authenticate,
  }, async (req): Promise<PerformanceAnswer> => {
    const reader = consoleReader(req);
    const query = parseWith(PerformanceQuerySchema, req.query, 'query');
    if (query.branch !== undefined) assertBranchVisible(reader, query.branch);
    const branch = query.branch ?? reader.branchCode;
    const today = todayIn(DEFAULT_TIME_ZONE, new Date(deps.now()));
    // The trend reaches back before the period: its figures are taken as of the same day.
    const asOf = query.to < today ? query.to : today;
    const period = kpiPeriod(query.from, query.to, asOf < query.from ? query.from : asOf);

    const graceDays = await graceDaysOf(db, branch);
    const trend = trendPeriods(query.trend, query.to, TREND_POINTS[query.trend]);
    // The trend's opening balances are kept between requests (server/kpi/openingCache.ts); when they are not, they
    // are read beside the figures (their own connection on PostgreSQL).
    const [bank, openings] = await Promise.all([readBankFigures(db, branch, period, { graceDays }), openingsOn(db, trend.map((p) => p.from), branch)]);

    const month = query.from.slice(0, 7) === query.to.slice(0, 7) ? query.from.slice(0, 7) : null;
    const listed = await branchesWithTargets(db, branch, month);
    const empty = figuresOf(emptyTally());
    const branches = listed.map(({ code, name, target }) => {
      const k = bank.branches.get(code) ?? empty;
      return {
        code, name, figures: figuresDto(k), rolls: k.rolls,
        target: target && { month: target.month, recoveredFen: target.recoveredFen, curedAccounts: target.curedAccounts, successRateBps: target.successRateBps },
      };
    });

    const points = trend.map((p) => {
      const last = p.to < asOf ? p.to : asOf;
      const by: Record<string, number> = Object.fromEntries(listed.map((b) => [b.code, 0]));
      let recoveredFen = 0;
      for (const pay of bank.payments) {
        if (pay.paidOn < p.from || pay.paidOn > last) continue;
        by[pay.branchCode] = (by[pay.branchCode] ?? 0) + pay.amountFen;
        recoveredFen += pay.amountFen;
      }
      const opening = openings.get(p.from) ?? new Map<string, number>();
      const open: Record<string, number> = Object.fromEntries(listed.map((b) => [b.code, opening.get(b.code) ?? 0]));
      return { ...p, recoveredFen, branches: by, openingOverdueFen: Object.values(open).reduce((s, f) => s + f, 0), openings: open };
    });

    return {
      period: { from: period.from, to: period.to, asOf: period.asOf, timeZone: period.timeZone },
      branches,
      total: figuresDto(bank.total),
      totalRolls: bank.total.rolls,
      products: [...bank.products].sort(([a], [b]) => a.localeCompare(b)).map(([product, p]) => ({ product, cases: p.cases, rolls: p.rolls })),
      trend: { unit: query.trend, points },
    };
  });
}
