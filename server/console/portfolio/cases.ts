import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CaseListQuerySchema, CaseListSchema, PortfolioDirectorySchema } from '../../../shared/portfolio/cases';
import { parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { assertBranchVisible, consoleReader } from '../authorize';
import type { ConsoleDeps } from '../deps';
import { findCases, whereOf } from './caseQuery';

/** Roles a case may be given to (as server/sync/apply/assignment.ts): those who work cases. */
export const HOLDS_CASES = ['collector', 'supervisor'] as const;

const DirectoryQuerySchema = z.strictObject({ branch: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, 'not a branch code').optional() });

/**
 * The console's case list and the branches and collectors to assign to (docs/server.md, "Portfolio in the
 * console"). A head-office admin sees every branch; a supervisor their own, read-only.
 */
export function caseRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;

  app.get(
    '/admin/portfolio/cases',
    { schema: routeSchema({ summary: 'Cases, filtered and paged by head office', tags: ['console', 'portfolio'], bearer: true, querystring: CaseListQuerySchema, answer: CaseListSchema, errors: [401, 403] }), preHandler: authenticate },
    async (req) => {
      const reader = consoleReader(req);
      const { page, pageSize, ...filter } = parseWith(CaseListQuerySchema, req.query, 'query');
      if (filter.branch) assertBranchVisible(reader, filter.branch);
      const found = await findCases(db, whereOf(filter, reader.branchCode), page, pageSize);
      return { cases: found.cases.map(({ district: _d, ...c }) => c), total: found.total, page, pageSize };
    },
  );

  app.get(
    '/admin/portfolio/directory',
    {
      schema: routeSchema({ summary: 'Branches and the staff who hold cases, with their open cases', tags: ['console', 'portfolio'], bearer: true, querystring: DirectoryQuerySchema, answer: PortfolioDirectorySchema, errors: [401, 403] }),
      preHandler: authenticate,
    },
    async (req) => {
      const reader = consoleReader(req);
      const q = parseWith(DirectoryQuerySchema, req.query, 'query');
      if (q.branch) assertBranchVisible(reader, q.branch);
      const only = q.branch ?? reader.branchCode;
      const branches = await db.query<{ code: string; name: string; open: number }>(
        `SELECT b.code, b.name, (SELECT count(*)::integer FROM cases c WHERE c.branch_code = b.code AND c.status NOT IN ('settled', 'closed')) AS open
           FROM branches b WHERE ($1::text IS NULL OR b.code = $1) ORDER BY b.code`,
        [only],
      );
      const officers = await db.query<{ id: string; name: string; role: string; branch_code: string; open: number; open_fen: string | number }>(
        `SELECT u.id, u.name, u.role, u.branch_code, count(c.id)::integer AS open,
                COALESCE(sum((SELECT sum((e->'amounts'->>'principalFen')::bigint + (e->'amounts'->>'interestFen')::bigint + (e->'amounts'->>'penaltyFen')::bigint
                     + (e->'amounts'->>'compoundFen')::bigint + (e->'amounts'->>'feesFen')::bigint) FROM jsonb_array_elements(c.data->'accounts') e)), 0) AS open_fen
           FROM users u LEFT JOIN cases c ON c.officer_id = u.id AND c.status NOT IN ('settled', 'closed')
          WHERE u.role = ANY($2::text[]) AND ($1::text IS NULL OR u.branch_code = $1)
          GROUP BY u.id, u.name, u.role, u.branch_code ORDER BY u.branch_code, u.role, u.id`,
        [only, [...HOLDS_CASES]],
      );
      return {
        branches: branches.rows.map((b) => ({ code: b.code, name: b.name, openCases: b.open })),
        officers: officers.rows.map((u) => ({ id: u.id, name: u.name, role: u.role, branchCode: u.branch_code, openCases: u.open, openFen: Number(u.open_fen) })),
      };
    },
  );
}
