import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { principalOf } from '../../auth/authenticate';
import type { Principal } from '../../auth/principal';
import { HttpError, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { ChunkQuerySchema, EvidenceStateSchema, HeldAnswerSchema, HeldRequestSchema } from '../../../shared/evidence/protocol';
import { Sha256HexSchema } from '../../../shared/sync/primitives';
import type { CaseScopeCheck } from '../../sync/scope';
import { acceptFileBodies } from '../upload';
import { receiveChunk, statesOf, type ReceiveDeps } from './receive';
import { hashesInScope, refsOfHashes, type EvidenceRef } from './registry';

export const HashParamsSchema = z.strictObject({ sha256: Sha256HexSchema });

export interface EvidenceDeviceDeps extends ReceiveDeps {
  authenticate: preHandlerAsyncHookHandler;
  caseScope: CaseScopeCheck;
}

/**
 * The device's half of evidence upload (docs/server.md, "Evidence"), bearer and device scope: which hashes
 * head office holds, how much of one arrived, and the next chunk. POST, not PUT/HEAD: the desktop app calls
 * from a browser engine, and head office's CORS grants GET and POST only.
 */
export function evidenceDeviceRoutes(app: FastifyInstance, deps: EvidenceDeviceDeps): void {
  const { db, authenticate, caseScope } = deps;

  /** The records naming `sha256` on cases the caller may see; 404 when none names it, 403 when none is theirs. */
  async function refsInScope(who: Principal, sha256: string): Promise<EvidenceRef[]> {
    const refs = await refsOfHashes(db, [sha256]);
    if (refs.length === 0) throw new HttpError(404, 'not_registered', `no record at head office names ${sha256}: push the record that attaches it first`);
    const visible = await hashesInScope(db, who, refs, caseScope);
    if (!visible.has(sha256)) throw new HttpError(403, 'out_of_scope', 'the cases this evidence is attached to are not yours');
    return refs;
  }

  const heldSchema = routeSchema({
    summary: 'Which of these evidence hashes head office holds, and how much of each upload under way arrived',
    description: 'Only hashes a record on a case in the caller’s scope names are answered; others are left out.',
    tags: ['evidence'],
    bearer: true,
    body: HeldRequestSchema,
    answer: HeldAnswerSchema,
    errors: [401, 403],
  });
  app.post('/evidence/held', { schema: heldSchema, preHandler: authenticate }, async (req) => {
    const who = principalOf(req);
    const { hashes } = parseWith(HeldRequestSchema, req.body, 'body');
    const unique = [...new Set(hashes)];
    const visible = await hashesInScope(db, who, await refsOfHashes(db, unique), caseScope);
    return { states: await statesOf(db, unique.filter((h) => visible.has(h))) };
  });

  const stateSchema = routeSchema({
    summary: 'Where one evidence hash stands: held, or how many bytes of its upload arrived (where to resume)',
    tags: ['evidence'],
    bearer: true,
    params: HashParamsSchema,
    answer: EvidenceStateSchema,
    errors: [401, 403, 404],
  });
  app.get('/evidence/:sha256', { schema: stateSchema, preHandler: authenticate }, async (req) => {
    const { sha256 } = parseWith(HashParamsSchema, req.params, 'params');
    await refsInScope(principalOf(req), sha256);
    const [state] = await statesOf(db, [sha256]);
    return state!;
  });

  const chunkSchema = routeSchema({
    summary: 'The next chunk of an evidence file (raw bytes) at `offset` of `size`; the last completes and verifies it',
    description:
      '409 offset_mismatch (with receivedBytes) when the offset is not what head office has; 415 wrong_type when the bytes are not JPEG, PNG or PDF; ' +
      '413 too_large; 422 hash_mismatch when the whole file does not hash to its name (nothing is kept). Held already: answered held, nothing written.',
    tags: ['evidence'],
    bearer: true,
    params: HashParamsSchema,
    querystring: ChunkQuerySchema,
    body: z.string().describe('the chunk’s raw bytes, sent as application/octet-stream (not JSON)'),
    answer: EvidenceStateSchema,
    errors: [401, 403, 404, 409, 413, 415, 422],
  });
  void app.register(async (scope) => {
    acceptFileBodies(scope, deps.uploadLimitBytes);
    scope.post('/evidence/:sha256', { schema: chunkSchema, preHandler: authenticate }, async (req) => {
      const who = principalOf(req);
      const { sha256 } = parseWith(HashParamsSchema, req.params, 'params');
      const query = parseWith(ChunkQuerySchema, req.query, 'query');
      if (!Buffer.isBuffer(req.body)) throw new HttpError(400, 'bad_request', 'body: send the chunk as application/octet-stream');
      const refs = await refsInScope(who, sha256);
      const state = await receiveChunk(deps, who, sha256, refs, query, req.body);
      if (state.held) req.log.info({ sha256, deviceId: who.deviceId }, 'evidence held');
      return state;
    });
  });
}
