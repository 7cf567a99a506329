import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { ApplyImportBodySchema, ImportListSchema, ImportViewSchema, UploadQuerySchema } from '../../shared/portfolio/imports';
import type { ImportProblem } from '../../shared/portfolio/importMessages';
import { HttpError, parseWith } from '../http/errors';
import { routeSchema } from '../http/openapi';
import type { ImportResult } from '../import/apply';
import { ExtractError, readExtract, type Extract } from '../import/extract';
import { expireImports, type ImportKind, listImports, loadImport, loadImportFile, markApplied, markDiscarded, newImportId, recordImport, replaceDryRun, type StoredImport } from '../import/history';
import { languageOf } from '../import/messages';
import { rejectionReportCsv } from '../import/report';
import { consoleAdmin } from './authorize';
import type { ConsoleDeps } from './deps';
import { acceptFileBodies } from './upload';

/**
 * Extract imports from the console (docs/server.md, "Portfolio in the console"): an upload is read and run as
 * a dry run (nothing written but its history row and its bytes), shown, then applied — the same bytes, checked
 * to still make the same plan — or discarded. Head-office admins only: an extract is the whole bank's. The
 * portfolio extract and the repayment extract (docs/server.md, "Payments from core banking") both go this way,
 * each under its own path and kind in the history.
 */

export interface ExtractImportOptions {
  dryRun?: boolean;
  now: Date;
  expectPlan?: string;
  confirmClosures?: number;
}

export interface ExtractImport {
  kind: ImportKind;
  /** Where the routes live, e.g. /admin/portfolio/imports. */
  path: string;
  tag: string;
  /** What the file is, for the API description: "a core-banking extract". */
  what: string;
  run(db: ConsoleDeps['db'], extract: Extract, options: ExtractImportOptions): Promise<ImportResult>;
  /** A file to start from: every column and an example row (CSV, UTF-8 with BOM), served at `${path}/template`. */
  template?: { fileName: string; csv(now: Date): string };
}

const EXTRACT_TYPES = new Set(['application/octet-stream', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
const IdParamsSchema = z.strictObject({ id: z.string().regex(/^imp-[0-9a-f-]{36}$/, 'not an import id') });
const ListQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) });
/** The body of an upload: the file's bytes, as they are (documented only: the handler checks them). */
const FileBodySchema = z.string().meta({ format: 'binary', description: 'the extract file’s bytes (CSV in UTF-8 or GB18030, or XLSX)' });
const DiscardBodySchema = z.strictObject({});
const ReportQuerySchema = z.strictObject({ lang: z.enum(['zh-CN', 'en']).optional() });

const refused = (status: number, p: ImportProblem) => new HttpError(status, 'extract_refused', p.reason, { problem: { code: p.code, params: p.params } });
const notFound = () => new HttpError(404, 'import_not_found', 'there is no such import');

/** The answer when an import is not pending: applied, discarded or expired (410: upload it again). */
function notPending(found: StoredImport): HttpError {
  const status = found.view.status;
  if (status === 'expired') return new HttpError(410, 'import_expired', 'the uploaded file was kept too long and is gone: upload it again');
  if (status === 'applied') return new HttpError(409, 'import_already_applied', 'this upload was applied already');
  return new HttpError(409, 'import_discarded', `this upload is ${status}, not waiting to be applied`);
}

async function readUpload(bytes: Uint8Array, fileName: string) {
  try {
    return await readExtract(bytes, fileName);
  } catch (err) {
    if (err instanceof ExtractError) throw refused(400, err.problem);
    throw err;
  }
}

function fileBody(req: FastifyRequest): Buffer {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!EXTRACT_TYPES.has(type) || !Buffer.isBuffer(req.body)) throw new HttpError(415, 'unsupported_media_type', 'send the extract’s bytes as application/octet-stream, text/csv or an XLSX type');
  if (req.body.byteLength === 0) throw new HttpError(400, 'empty_file', 'file: the file is empty');
  return req.body;
}

export function extractImportRoutes(app: FastifyInstance, deps: ConsoleDeps, spec: ExtractImport): void {
  const { db, authenticate } = deps;
  const { kind, path, what } = spec;
  const tags = ['console', spec.tag];
  const now = () => new Date(deps.now());
  const found = async (id: string) => {
    await expireImports(db, now());
    const f = await loadImport(db, id, kind);
    if (!f) throw notFound();
    return f;
  };

  void app.register(async (scope) => {
    acceptFileBodies(scope, deps.config.uploadLimitBytes);
    scope.post(
      path,
      {
        schema: {
          ...routeSchema({ summary: `Upload ${what}: its dry run (nothing applied yet)`, tags, bearer: true, querystring: UploadQuerySchema, body: FileBodySchema, answer: ImportViewSchema, errors: [401, 403, 413, 415] }),
          consumes: [...EXTRACT_TYPES],
        },
        preHandler: authenticate,
      },
      async (req) => {
        const admin = consoleAdmin(req);
        const { fileName } = parseWith(UploadQuerySchema, req.query, 'query');
        const bytes = fileBody(req);
        const result = await spec.run(db, await readUpload(bytes, fileName), { dryRun: true, now: now() });
        // A file refused whole (missing columns, no rows, older than the last): nothing to apply, nothing kept.
        if (result.fileError) throw refused(400, result.fileError);
        const id = newImportId();
        await recordImport(db, { id, file: { fileName, bytes }, uploadedBy: admin.userId, uploadedAt: now(), status: 'pending', result, keepFile: true, kind });
        return (await found(id)).view;
      },
    );
  });

  app.get(
    path,
    { schema: routeSchema({ summary: `The history of imports of ${what}, newest first`, tags, bearer: true, querystring: ListQuerySchema, answer: ImportListSchema, errors: [401, 403] }), preHandler: authenticate },
    async (req) => {
      consoleAdmin(req);
      const q = parseWith(ListQuerySchema, req.query, 'query');
      await expireImports(db, now());
      return listImports(db, q.limit, q.offset, kind);
    },
  );

  const { template } = spec;
  if (template) {
    app.get(
      `${path}/template`,
      {
        schema: routeSchema({ summary: `A template of ${what}: every column, the required ones first, and an example row (CSV, UTF-8 with BOM)`, tags, bearer: true, answer: z.string(), errors: [401, 403] }),
        preHandler: authenticate,
      },
      async (req, reply) => {
        consoleAdmin(req);
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${template.fileName}"`)
          .send(template.csv(now()));
      },
    );
  }

  app.get(
    `${path}/:id`,
    { schema: routeSchema({ summary: `One import of ${what}: its dry run or what it did, by branch, with its rejections`, tags, bearer: true, params: IdParamsSchema, answer: ImportViewSchema, errors: [401, 403, 404] }), preHandler: authenticate },
    async (req) => {
      consoleAdmin(req);
      return (await found(parseWith(IdParamsSchema, req.params, 'params').id)).view;
    },
  );

  app.get(
    `${path}/:id/rejections.csv`,
    {
      schema: routeSchema({ summary: `The rejection report of an import of ${what} (CSV, UTF-8 with BOM, zh-CN headers)`, tags, bearer: true, params: IdParamsSchema, querystring: ReportQuerySchema, answer: z.string(), errors: [401, 403, 404] }),
      preHandler: authenticate,
    },
    async (req, reply) => {
      consoleAdmin(req);
      const { id } = parseWith(IdParamsSchema, req.params, 'params');
      const { lang } = parseWith(ReportQuerySchema, req.query, 'query');
      const f = await found(id);
      const name = `${f.view.fileName}.rejections.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="rejections.csv"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(rejectionReportCsv(f.rejections, languageOf(lang)));
    },
  );

  app.post(
    `${path}/:id/apply`,
    {
      schema: routeSchema({ summary: `Apply an upload of ${what}, if it still makes the plan its dry run showed`, tags, bearer: true, params: IdParamsSchema, body: ApplyImportBodySchema, answer: ImportViewSchema, errors: [401, 403, 404, 409, 410] }),
      preHandler: authenticate,
    },
    async (req) => {
      const admin = consoleAdmin(req);
      const { id } = parseWith(IdParamsSchema, req.params, 'params');
      const body = parseWith(ApplyImportBodySchema, req.body ?? {}, 'body');
      const f = await found(id);
      if (f.view.status !== 'pending') throw notPending(f);
      const bytes = await loadImportFile(db, id);
      if (!bytes) throw notPending({ ...f, view: { ...f.view, status: 'expired' } });
      const extract = await readUpload(bytes, f.view.fileName);
      const result: ImportResult = await spec.run(db, extract, { expectPlan: f.plan, confirmClosures: body.confirmClosures, now: now() });
      if (result.fileError) {
        if (result.fileError.code === 'changed_since_dry_run') {
          // Show the admin what the upload would do now; they look again and apply that.
          await replaceDryRun(db, id, await spec.run(db, extract, { dryRun: true, now: now() }));
          throw new HttpError(409, 'changed_since_dry_run', result.fileError.reason);
        }
        throw refused(409, result.fileError);
      }
      if (!(await markApplied(db, id, admin.userId, now(), result))) throw notPending(await found(id));
      return (await found(id)).view;
    },
  );

  app.post(
    `${path}/:id/discard`,
    { schema: routeSchema({ summary: `Discard an upload of ${what} without applying it`, tags, bearer: true, params: IdParamsSchema, body: DiscardBodySchema, answer: ImportViewSchema, errors: [401, 403, 404, 409, 410] }), preHandler: authenticate },
    async (req) => {
      consoleAdmin(req);
      const { id } = parseWith(IdParamsSchema, req.params, 'params');
      parseWith(DiscardBodySchema, req.body ?? {}, 'body');
      const f = await found(id);
      if (f.view.status !== 'pending' || !(await markDiscarded(db, id, now()))) throw notPending(await found(id));
      return (await found(id)).view;
    },
  );
}
