import type { ConsoleDeps } from '../deps';
import type { FastifyInstance } from 'fastify';
import {
  AuditChainsAnswerSchema,
  AuditDeviceParamsSchema,
  AuditEntriesAnswerSchema,
  AuditEntriesQuerySchema,
  AuditFindingsAnswerSchema,
  AuditListQuerySchema,
} from '../../../shared/audit/chainReport';
import { HttpError, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { assertBranchVisible, consoleReader, type ConsoleReader } from '../authorize';
import { deviceOwner, readChains, readEntriesAround, readFindings } from './queries';

/**
 * The devices' audit chains in the console (docs/server.md, "Audit chain at head office"). Read-only: an
 * admin sees every branch (or names one), a supervisor their own branch's devices.
 */
export function auditConsoleRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;

  /** The branch the lists are narrowed to: a supervisor's own; an admin's choice or the whole bank. */
  const scopeOf = (reader: ConsoleReader, branchCode: string | undefined): string | null => {
    if (branchCode !== undefined) assertBranchVisible(reader, branchCode);
    return reader.branchCode ?? branchCode ?? null;
  };

  const chainsSchema = routeSchema({ summary: 'Each device’s audit chain: entries held, last seq, verified up to, status', tags: ['console', 'audit'], bearer: true, querystring: AuditListQuerySchema, answer: AuditChainsAnswerSchema, errors: [401, 403] });
  app.get('/admin/audit/chains', { schema: chainsSchema, preHandler: authenticate }, async (req) => {
    const reader = consoleReader(req);
    const query = parseWith(AuditListQuerySchema, req.query, 'query');
    return { chains: await readChains(db, { branchCode: scopeOf(reader, query.branchCode), deviceId: query.deviceId }) };
  });

  const findingsSchema = routeSchema({ summary: 'The breaks found in devices’ audit chains, newest first', tags: ['console', 'audit'], bearer: true, querystring: AuditListQuerySchema, answer: AuditFindingsAnswerSchema, errors: [401, 403] });
  app.get('/admin/audit/findings', { schema: findingsSchema, preHandler: authenticate }, async (req) => {
    const reader = consoleReader(req);
    const query = parseWith(AuditListQuerySchema, req.query, 'query');
    return { findings: await readFindings(db, { branchCode: scopeOf(reader, query.branchCode), deviceId: query.deviceId }) };
  });

  const entriesSchema = routeSchema({
    summary: 'A device’s audit entries around a seq (what each did and to which record; no personal data)',
    tags: ['console', 'audit'],
    bearer: true,
    params: AuditDeviceParamsSchema,
    querystring: AuditEntriesQuerySchema,
    answer: AuditEntriesAnswerSchema,
    errors: [401, 403, 404],
  });
  app.get('/admin/audit/devices/:deviceId/entries', { schema: entriesSchema, preHandler: authenticate }, async (req) => {
    const reader = consoleReader(req);
    const { deviceId } = parseWith(AuditDeviceParamsSchema, req.params, 'params');
    const query = parseWith(AuditEntriesQuerySchema, req.query, 'query');
    const owner = await deviceOwner(db, deviceId);
    if (owner === null) throw new HttpError(404, 'not_found', `no device ${deviceId}`);
    assertBranchVisible(reader, owner.branchCode);
    return { deviceId, deviceCode: owner.deviceCode, userId: owner.userId, entries: await readEntriesAround(db, deviceId, query.around, query.radius) };
  });
}
