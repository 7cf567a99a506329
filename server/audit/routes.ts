import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { salvageAuditEntry, type AuditEntry } from '../../shared/audit';
import { AuditUploadAnswerSchema, AuditUploadEnvelopeSchema, AuditUploadRequestSchema } from '../../shared/audit/upload';
import { principalOf } from '../auth/authenticate';
import type { Db } from '../db/types';
import { badRequest, forbidden, parseWith } from '../http/errors';
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
    const request = parseWith(AuditUploadEnvelopeSchema, req.body, 'body');
    if (request.deviceId !== who.deviceId) throw forbidden('a device sends its own audit entries only', 'other_device');
    const entries: AuditEntry[] = [];
    const invalid = new Set<number>();
    request.entries.forEach((raw, i) => {
      const salvaged = salvageAuditEntry(raw, who.deviceId);
      if (!salvaged.ok) throw badRequest(`body.entries.${i}${salvaged.path ? `.${salvaged.path}` : ''}: ${salvaged.message}`);
      if (salvaged.entry.deviceId !== who.deviceId) throw forbidden(`body.entries.${i}.deviceId: a device sends its own audit entries only`, 'other_device');
      if (salvaged.invalid.length > 0) invalid.add(i);
      entries.push(salvaged.entry);
    });
    const answer = await receiveAuditEntries(db, who.deviceId, entries, invalid, new Date(now()));
    req.log.info({ deviceId: who.deviceId, received: answer.received, duplicates: answer.duplicates, acknowledgedSeq: answer.acknowledgedSeq, breaks: answer.breaks.length }, 'audit entries');
    if (answer.breaks.length > 0) req.log.warn({ deviceId: who.deviceId, breaks: answer.breaks }, 'audit chain break');
    return answer;
  });
}
