import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { AuditUploadAnswerSchema, AuditUploadRequestSchema } from '../../shared/audit/upload';
import { principalOf } from '../auth/authenticate';
import type { Db } from '../db/types';
import { forbidden, parseWith } from '../http/errors';
import { routeSchema } from '../http/openapi';
import { receiveAuditEntries } from './receive';

/**
 * POST /audit/entries: a device's own audit entries reach head office (docs/server.md, "Audit chain at head
 * office"). The device is the one the access token was issued to; a body naming another device, or an entry
 * of another device's chain, is refused with 403 and nothing is kept.
 */
export function auditRoutes(app: FastifyInstance, deps: { db: Db; now: () => number; authenticate: preHandlerAsyncHookHandler }): void {
  const { db, now, authenticate } = deps;
  const schema = routeSchema({
    summary: 'Send the device’s audit entries; head office keeps them and checks the chain',
    description: 'Oldest first, after the last acknowledged seq. Re-sending entries already held is harmless. A break (changed, removed, reordered, rewritten) is recorded as a finding and named in the answer.',
    tags: ['audit'],
    bearer: true,
    body: AuditUploadRequestSchema,
    answer: AuditUploadAnswerSchema,
    errors: [401, 403, 413],
  });
  app.post('/audit/entries', { schema, preHandler: authenticate }, async (req) => {
    const who = principalOf(req);
    const request = parseWith(AuditUploadRequestSchema, req.body, 'body');
    if (request.deviceId !== who.deviceId) throw forbidden('a device sends its own audit entries only', 'other_device');
    const foreign = request.entries.findIndex((e) => e.deviceId !== who.deviceId);
    if (foreign >= 0) throw forbidden(`body.entries.${foreign}.deviceId: a device sends its own audit entries only`, 'other_device');
    const answer = await receiveAuditEntries(db, who.deviceId, request.entries, new Date(now()));
    req.log.info({ deviceId: who.deviceId, received: answer.received, duplicates: answer.duplicates, acknowledgedSeq: answer.acknowledgedSeq, breaks: answer.breaks.length }, 'audit entries');
    if (answer.breaks.length > 0) req.log.warn({ deviceId: who.deviceId, breaks: answer.breaks }, 'audit chain break');
    return answer;
  });
}
