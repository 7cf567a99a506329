import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { todayIn } from '../../../shared/calendar';
import { DepositFilesAnswerSchema, ExportQuerySchema, ReportAnswerSchema, ReportQuerySchema, UploadAnswerSchema, UploadQuerySchema } from '../../../shared/reconciliation/api';
import type { Queryable } from '../../db/types';
import { badRequest, HttpError, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { assertBranchVisible, consoleAdmin, consoleReader, type ConsoleReader } from '../authorize';
import { acceptFileBodies, FILE_CONTENT_TYPES } from '../upload';
import { filesOfDay } from './depositFiles';
import { storeDepositFile } from './depositUpload';
import { reportCsv, reportXlsx } from './export';
import { loadDayReport } from './load';

/**
 * Receipts reconciliation 回款核对 (docs/server.md, "Receipts reconciliation"; docs/reconciliation.md):
 * head office uploads the bank's deposit records for a day; anyone who may read the console sees the day's
 * matching, in their branch, and exports it.
 */

/**
 * What these routes use of the console's ConsoleDeps (server/console/routes.ts), spelled out here: importing
 * the type from there would close an import cycle (routes.ts registers this module).
 */
import type { ConsoleDeps } from '../deps';

const BASE = '/admin/reconciliation';
const FilesQuerySchema = ReportQuerySchema.pick({ day: true, branch: true });
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function assertBranchExists(db: Queryable, code: string): Promise<void> {
  const found = await db.query('SELECT 1 FROM branches WHERE code = $1', [code]);
  if (found.rowCount === 0) throw new HttpError(400, 'bad_request', `query.branch: no branch ${code}`);
}

/** The branch a reader asks for: theirs (a supervisor, whatever they ask), or any (head office), or the whole bank. */
function scopeOf(reader: ConsoleReader, asked: string | undefined): string | null {
  if (asked !== undefined) assertBranchVisible(reader, asked);
  return reader.branchCode ?? asked ?? null;
}

export function reconciliationRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;
  const today = () => todayIn(undefined, new Date(deps.now()));

  void app.register(async (scope) => {
    acceptFileBodies(scope, deps.config.uploadLimitBytes);
    scope.post(
      `${BASE}/deposit-files`,
      {
        schema: {
          ...routeSchema({
            summary: 'Upload the bank’s deposit records for a day (CSV or XLSX as the raw body); the same file again changes nothing',
            tags: ['console'],
            bearer: true,
            body: z.string().describe('the file’s bytes: CSV (UTF-8 or GB18030) or XLSX (docs/reconciliation.md)'),
            querystring: UploadQuerySchema,
            answer: UploadAnswerSchema,
            errors: [401, 403, 409, 413, 415],
          }),
          consumes: [...FILE_CONTENT_TYPES],
        },
        preHandler: authenticate,
      },
      async (req) => {
        const admin = consoleAdmin(req);
        const query = parseWith(UploadQuerySchema, req.query, 'query');
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw badRequest('body: send the file’s bytes (CSV or XLSX), not empty');
        if (query.branch !== undefined) await assertBranchExists(db, query.branch);
        return storeDepositFile(db, { bytes: req.body, fileName: query.fileName, day: query.day, branchCode: query.branch ?? null, userId: admin.userId, at: new Date(deps.now()) });
      },
    );
  });

  app.get(
    `${BASE}/deposit-files`,
    {
      schema: routeSchema({ summary: 'The deposit files of a day, with who uploaded them and the rows each refused', tags: ['console'], bearer: true, querystring: FilesQuerySchema, answer: DepositFilesAnswerSchema, errors: [401, 403] }),
      preHandler: authenticate,
    },
    async (req) => {
      const reader = consoleReader(req);
      const query = parseWith(FilesQuerySchema, req.query, 'query');
      return { files: await filesOfDay(db, query.day, scopeOf(reader, query.branch)) };
    },
  );

  app.get(
    BASE,
    {
      schema: routeSchema({ summary: 'A day’s reconciliation of field receipts with the bank’s deposits, in a branch or the whole bank', tags: ['console'], bearer: true, querystring: ReportQuerySchema, answer: ReportAnswerSchema, errors: [401, 403] }),
      preHandler: authenticate,
    },
    async (req) => {
      const reader = consoleReader(req);
      const query = parseWith(ReportQuerySchema, req.query, 'query');
      const branchCode = scopeOf(reader, query.branch);
      const [report, files, branches] = await Promise.all([
        loadDayReport(db, { day: query.day, branchCode, lagDays: query.lagDays, today: today() }),
        filesOfDay(db, query.day, branchCode),
        db.query<{ code: string; name: string }>('SELECT code, name FROM branches WHERE $1::text IS NULL OR code = $1 ORDER BY code', [reader.branchCode]),
      ]);
      return { ...report, lagDays: query.lagDays, today: today(), branches: branches.rows, files: files.map(({ rejections: _r, ...f }) => f) };
    },
  );

  app.get(
    `${BASE}/export`,
    {
      schema: routeSchema({ summary: 'A day’s reconciliation as CSV (UTF-8 with BOM) or XLSX, headers in Chinese', tags: ['console'], bearer: true, querystring: ExportQuerySchema, answer: z.string(), errors: [401, 403] }),
      preHandler: authenticate,
    },
    async (req, reply) => {
      const reader = consoleReader(req);
      const query = parseWith(ExportQuerySchema, req.query, 'query');
      const branchCode = scopeOf(reader, query.branch);
      const report = await loadDayReport(db, { day: query.day, branchCode, lagDays: query.lagDays, today: today() });
      const name = `reconciliation-${query.day}-${branchCode ?? 'all'}.${query.format}`;
      reply.header('Content-Disposition', `attachment; filename="${name}"`);
      if (query.format === 'xlsx') return reply.type(XLSX_TYPE).send(await reportXlsx(report));
      return reply.type('text/csv; charset=utf-8').send(reportCsv(report));
    },
  );
}
