import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar';
import { AgencyBodySchema, AgencySchema } from '../../../shared/outsourcing/agency';
import {
  AgenciesAnswerSchema, AgencyCaseSchema, BranchRecoverySchema, HandoverReadyAnswerSchema, RecoveryQuerySchema, AgencyCasesAnswerSchema, AgencyParamsSchema, AssignAnswerSchema, AssignToAgencyBodySchema, CaseParamsSchema, ExportQuerySchema, ExportsAnswerSchema,
  RecallBodySchema, ResultFilesAnswerSchema, ResultsQuerySchema, ResultUploadAnswerSchema,
} from '../../../shared/outsourcing/api';
import { badRequest, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { assertBranchVisible, consoleAdmin, consoleReader } from '../authorize';
import { branchRecovery } from './recovery';
import type { ConsoleDeps } from '../deps';
import { acceptFileBodies, FILE_CONTENT_TYPES } from '../upload';
import { agencyById, createAgency, listAgencies, updateAgency } from './agencies';
import { assignToAgency, casesOfAgency, readyForHandover, recallCase } from './cases';
import { exportForAgency, exportsOf } from './export';
import { resultFilesOf, storeResultFile } from './results';

const doc = (summary: string, more: { body?: z.ZodType; params?: z.ZodType; querystring?: z.ZodType; answer: z.ZodType; errors?: number[] }) =>
  routeSchema({ summary, tags: ['console', 'outsourcing'], bearer: true, errors: [401, 403, ...(more.errors ?? [])], ...more });

const BASE = '/admin/outsourcing';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Outsourcing 委外催收 (docs/server.md, "Outsourcing"): agencies, the cases they hold, exports to them and
 * their results files. Reading: a head-office admin every agency, a supervisor those serving their branch (and
 * of their cases, their branch's). Every change, and every export (it hands personal data out): head-office admins.
 */
export function outsourcingRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate, now } = deps;
  const opts = (schema: ReturnType<typeof doc>) => ({ schema, preHandler: authenticate });
  const at = () => new Date(now());

  app.get(`${BASE}/agencies`, opts(doc('Collection agencies (a supervisor: those serving their branch)', { answer: AgenciesAnswerSchema })), async (req) => {
    const reader = consoleReader(req);
    return { agencies: await listAgencies(db, reader.branchCode) };
  });

  app.post(`${BASE}/agencies`, opts(doc('Add an agency (head-office admin)', { body: AgencyBodySchema, answer: AgencySchema, errors: [400, 409] })), async (req) => {
    const admin = consoleAdmin(req);
    const body = parseWith(AgencyBodySchema, req.body, 'body');
    return createAgency(db, body, admin.userId, at());
  });

  app.put(`${BASE}/agencies/:id`, opts(doc('Edit an agency’s contract and details (head-office admin)', { params: AgencyParamsSchema, body: AgencyBodySchema, answer: AgencySchema, errors: [400, 404, 409] })), async (req) => {
    const admin = consoleAdmin(req);
    const { id } = parseWith(AgencyParamsSchema, req.params, 'params');
    const body = parseWith(AgencyBodySchema, req.body, 'body');
    return updateAgency(db, id, body, admin.userId, at());
  });

  app.get(`${BASE}/agencies/:id/cases`, opts(doc('The cases an agency holds or held (a supervisor: their branch’s)', { params: AgencyParamsSchema, answer: AgencyCasesAnswerSchema, errors: [404] })), async (req) => {
    const reader = consoleReader(req);
    const { id } = parseWith(AgencyParamsSchema, req.params, 'params');
    await agencyById(db, id, reader.branchCode);
    return { cases: await casesOfAgency(db, id, reader.branchCode) };
  });

  app.get(
    `${BASE}/recovery`,
    opts(doc('A branch’s recovery in a month: its own, and its agencies’ apart (a supervisor: their branch)', { querystring: RecoveryQuerySchema, answer: BranchRecoverySchema, errors: [400] })),
    async (req) => {
      const reader = consoleReader(req);
      const query = parseWith(RecoveryQuerySchema, req.query, 'query');
      assertBranchVisible(reader, query.branch);
      return branchRecovery(db, query.branch, query.month, todayIn(DEFAULT_TIME_ZONE, at()));
    },
  );

  app.get(
    `${BASE}/agencies/:id/proposals`,
    opts(doc('Proposals for an agency approved in the app and not yet handed over, each with its notice letter if registered (a supervisor: their branch’s)', { params: AgencyParamsSchema, answer: HandoverReadyAnswerSchema, errors: [404] })),
    async (req) => {
      const reader = consoleReader(req);
      const { id } = parseWith(AgencyParamsSchema, req.params, 'params');
      await agencyById(db, id, reader.branchCode);
      return { proposals: await readyForHandover(db, id, null, reader.branchCode) };
    },
  );

  app.post(`${BASE}/agencies/:id/cases`, opts(doc('Give cases to an agency, with a reason (head-office admin)', { params: AgencyParamsSchema, body: AssignToAgencyBodySchema, answer: AssignAnswerSchema, errors: [400, 404, 409] })), async (req) => {
    const admin = consoleAdmin(req);
    const { id } = parseWith(AgencyParamsSchema, req.params, 'params');
    const body = parseWith(AssignToAgencyBodySchema, req.body, 'body');
    const agency = await agencyById(db, id);
    return { assigned: await assignToAgency(db, agency, body.caseIds, body.reason, admin, at(), todayIn(DEFAULT_TIME_ZONE, at())) };
  });

  app.post(`${BASE}/cases/:caseId/recall`, opts(doc('Take a case back from its agency, with a reason (head-office admin)', { params: CaseParamsSchema, body: RecallBodySchema, answer: AgencyCaseSchema, errors: [400, 404] })), async (req) => {
    const admin = consoleAdmin(req);
    const { caseId } = parseWith(CaseParamsSchema, req.params, 'params');
    const body = parseWith(RecallBodySchema, req.body, 'body');
    return recallCase(db, caseId, body.reason, admin, at());
  });

  app.get(
    `${BASE}/agencies/:id/export`,
    opts(doc('The agency’s cases as its contract allows them exported, CSV or XLSX; every export is logged (head-office admin)', { params: AgencyParamsSchema, querystring: ExportQuerySchema, answer: z.string(), errors: [400, 404, 409] })),
    async (req, reply) => {
      const admin = consoleAdmin(req);
      const { id } = parseWith(AgencyParamsSchema, req.params, 'params');
      const query = parseWith(ExportQuerySchema, req.query, 'query');
      const agency = await agencyById(db, id);
      const { bytes, log } = await exportForAgency(db, agency, query.format, admin.userId, at());
      reply.header('Content-Disposition', `attachment; filename="agency-export-${log.exportedAt.slice(0, 10)}-${log.id}.${query.format}"`);
      reply.header('X-Export-Id', log.id);
      return reply.type(query.format === 'xlsx' ? XLSX_TYPE : 'text/csv; charset=utf-8').send(bytes);
    },
  );

  app.get(`${BASE}/agencies/:id/exports`, opts(doc('Every export to an agency: who, when, which cases and fields', { params: AgencyParamsSchema, answer: ExportsAnswerSchema, errors: [404] })), async (req) => {
    const reader = consoleReader(req);
    const { id } = parseWith(AgencyParamsSchema, req.params, 'params');
    await agencyById(db, id, reader.branchCode);
    return { exports: await exportsOf(db, id) };
  });

  app.get(`${BASE}/agencies/:id/results`, opts(doc('An agency’s results files, with the rows each refused', { params: AgencyParamsSchema, answer: ResultFilesAnswerSchema, errors: [404] })), async (req) => {
    const reader = consoleReader(req);
    const { id } = parseWith(AgencyParamsSchema, req.params, 'params');
    await agencyById(db, id, reader.branchCode);
    return { files: await resultFilesOf(db, id) };
  });

  void app.register(async (scope) => {
    acceptFileBodies(scope, deps.config.uploadLimitBytes);
    scope.post(
      `${BASE}/agencies/:id/results`,
      {
        schema: {
          ...doc('Import an agency’s results file (contacts, payments, promises; CSV or XLSX as the raw body); the same file again changes nothing (head-office admin)', {
            params: AgencyParamsSchema,
            querystring: ResultsQuerySchema,
            body: z.string().describe('the file’s bytes: CSV (UTF-8 or GB18030) or XLSX'),
            answer: ResultUploadAnswerSchema,
            errors: [400, 404, 409, 413, 415],
          }),
          consumes: [...FILE_CONTENT_TYPES],
        },
        preHandler: authenticate,
      },
      async (req) => {
        const admin = consoleAdmin(req);
        const { id } = parseWith(AgencyParamsSchema, req.params, 'params');
        const query = parseWith(ResultsQuerySchema, req.query, 'query');
        if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw badRequest('body: send the file’s bytes (CSV or XLSX), not empty');
        const agency = await agencyById(db, id);
        return storeResultFile(db, { bytes: req.body, fileName: query.fileName, agency, userId: admin.userId, at: at() });
      },
    );
  });
}
