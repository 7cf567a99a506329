import { CaseEvidenceAnswerSchema, LookupAnswerSchema } from '../../../shared/evidence/consoleApi';
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HttpError, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { IdSchema } from '../../../shared/sync/primitives';
import { assertBranchVisible, consoleReader } from '../authorize';
import { HashParamsSchema } from './deviceRoutes';
import type { ConsoleDeps } from '../deps';
import { refsOfCase, refsOfHashes } from './registry';
import type { EvidenceStore } from './storeTypes';

const CaseParamsSchema = z.strictObject({ id: IdSchema });
const LookupQuerySchema = z.strictObject({ q: z.string().trim().min(1, 'type a case id or case number').max(128) });


const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The console's evidence (docs/server.md, "Evidence"): find a case, list the evidence its records name and
 * whether head office holds each, and open the bytes. Read-only; a supervisor sees their branch's cases only.
 */
export function evidenceConsoleRoutes(app: FastifyInstance, deps: ConsoleDeps & { store: EvidenceStore }): void {
  const { db, authenticate, store } = deps;

  const lookupSchema = routeSchema({ summary: 'Find cases by id or case number (at most 20)', tags: ['console', 'evidence'], bearer: true, querystring: LookupQuerySchema, answer: LookupAnswerSchema, errors: [401, 403] });
  app.get('/admin/cases/lookup', { schema: lookupSchema, preHandler: authenticate }, async (req) => {
    const reader = consoleReader(req);
    const { q } = parseWith(LookupQuerySchema, req.query, 'query');
    const found = await db.query<{ id: string; case_number: string; branch_code: string; borrower: string | null }>(
      `SELECT id, case_number, branch_code, data->'parties'->0->>'name' AS borrower FROM cases
        WHERE (id = $1 OR case_number = $1) AND ($2::text IS NULL OR branch_code = $2) ORDER BY case_number LIMIT 20`,
      [q, reader.branchCode],
    );
    return { cases: found.rows.map((r) => ({ id: r.id, caseNumber: r.case_number, branchCode: r.branch_code, borrowerName: r.borrower })) };
  });

  const caseSchema = routeSchema({
    summary: 'The evidence a case’s records name, and whether head office holds each (verified by its SHA-256)',
    tags: ['console', 'evidence'],
    bearer: true,
    params: CaseParamsSchema,
    answer: CaseEvidenceAnswerSchema,
    errors: [401, 403, 404],
  });
  app.get('/admin/cases/:id/evidence', { schema: caseSchema, preHandler: authenticate }, async (req) => {
    const reader = consoleReader(req);
    const { id } = parseWith(CaseParamsSchema, req.params, 'params');
    const found = await db.query<{ case_number: string; branch_code: string }>('SELECT case_number, branch_code FROM cases WHERE id = $1', [id]);
    const c = found.rows[0];
    if (!c) throw new HttpError(404, 'not_found', `no case ${id}`);
    assertBranchVisible(reader, c.branch_code);
    const refs = await refsOfCase(db, id);
    const hashes = [...new Set(refs.map((r) => r.sha256))];
    const held = await db.query<{ sha256: string; mime_type: string; size_bytes: string | number; stored_at: Date | string }>(
      'SELECT sha256, mime_type, size_bytes, stored_at FROM evidence WHERE sha256 = ANY($1::text[])',
      [hashes],
    );
    const heldBy = new Map(held.rows.map((r) => [r.sha256, r]));
    const items = refs.map((r) => {
      const h = heldBy.get(r.sha256);
      return {
        sha256: r.sha256,
        kind: r.kind,
        recordId: r.recordId,
        label: (r.kind === 'attachment' ? text(r.args.fileName) : r.kind === 'legal_bundle' ? `证据材料 ${r.recordId}` : text(r.args.number)) ?? r.recordId,
        declaredType: r.kind === 'attachment' ? text(r.args.mimeType) : 'application/pdf',
        recordedAt: text(r.args.addedAt) ?? text(r.args.issuedAt) ?? text(r.args.builtAt) ?? r.receivedAt,
        recordedBy: r.userId,
        held: h !== undefined,
        mimeType: h?.mime_type ?? null,
        sizeBytes: h ? Number(h.size_bytes) : null,
        storedAt: h ? new Date(h.stored_at).toISOString() : null,
      };
    });
    return { caseId: id, caseNumber: c.case_number, branchCode: c.branch_code, items };
  });

  const bytesSchema = routeSchema({
    summary: 'The bytes of one piece of evidence, checked against its SHA-256 on the way out (header x-evidence-sha256)',
    tags: ['console', 'evidence'],
    bearer: true,
    params: HashParamsSchema,
    answer: z.string().describe('the file: image/jpeg, image/png or application/pdf'),
    errors: [401, 403, 404],
  });
  app.get('/admin/evidence/:sha256', { schema: bytesSchema, preHandler: authenticate }, async (req, reply) => {
    const reader = consoleReader(req);
    const { sha256 } = parseWith(HashParamsSchema, req.params, 'params');
    const refs = await refsOfHashes(db, [sha256]);
    const caseIds = [...new Set(refs.map((r) => r.caseId))];
    const branches = await db.query<{ branch_code: string }>('SELECT DISTINCT branch_code FROM cases WHERE id = ANY($1::text[])', [caseIds]);
    if (branches.rows.length === 0) throw new HttpError(404, 'not_found', `no case names evidence ${sha256}`);
    if (reader.branchCode !== null && !branches.rows.some((b) => b.branch_code === reader.branchCode)) assertBranchVisible(reader, branches.rows[0]!.branch_code);
    const row = await db.query<{ mime_type: string }>('SELECT mime_type FROM evidence WHERE sha256 = $1', [sha256]);
    const bytes = row.rows[0] ? await store.read(sha256) : null;
    if (!row.rows[0] || !bytes) throw new HttpError(404, 'not_held', `head office does not hold ${sha256} yet: the device has not uploaded it`);
    // Checked again on the way out: a file changed on disk or in the table is refused, never shown as evidence.
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha256) {
      req.log.error({ sha256, actual }, 'stored evidence does not match its hash');
      throw new HttpError(500, 'evidence_corrupt', `the stored copy of ${sha256} no longer matches its hash`);
    }
    return reply
      .header('content-type', row.rows[0].mime_type)
      .header('x-evidence-sha256', actual)
      .header('cache-control', 'private, no-store')
      .header('content-disposition', 'inline')
      .send(bytes);
  });
}
