import { PUSH_MAX_MUTATIONS, PushResponseSchema, type PushRequest } from '../../../shared/sync/protocol';
import type { OutboxEntry } from '../../../shared/sync/mutations';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import type { RecoveryDeskDb } from '../store/database';
import { appendSyncList, SYNC_META, type StoredRejection } from './repository/syncStatus';
import { retryEvictions } from './evictions';
import { fail } from './failure';
import { parseAnswer, type Transport } from './transport';

/**
 * Push: the outbox goes to head office oldest first, in batches. Each answered batch leaves the outbox in one
 * transaction with its rejections noted; cases whose removal waited for these entries are then removed.
 */

export interface PushSummary {
  batches: number;
  applied: number;
  duplicate: number;
  rejected: number;
  evicted: number;
}

export interface PushOptions {
  db: RecoveryDeskDb;
  transport: Transport;
  /** Mutations per push (at most PUSH_MAX_MUTATIONS). */
  batchSize?: number;
  now: () => Date;
}

export function pushBatchSize(requested: number | undefined): number {
  return Math.min(Math.max(1, Math.floor(requested ?? PUSH_MAX_MUTATIONS)), PUSH_MAX_MUTATIONS);
}

export function createPush({ db, transport, batchSize, now }: PushOptions): () => Promise<PushSummary> {
  const pushBatch = pushBatchSize(batchSize);

  return async function pushAll(): Promise<PushSummary> {
    const { accessToken, deviceId } = await transport.credentials();
    const summary: PushSummary = { batches: 0, applied: 0, duplicate: 0, rejected: 0, evicted: 0 };
    for (;;) {
      const entries = await db.outbox.orderBy('mutationId').limit(pushBatch).toArray();
      if (entries.length === 0) break;
      const request: PushRequest = { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId, mutations: entries };
      const answer = parseAnswer(PushResponseSchema, await transport.post('/sync/push', request, accessToken), 'push');
      summary.batches++;
      const byId = new Map<number, OutboxEntry>(entries.map((e) => [e.mutationId, e]));
      const at = now().toISOString();
      const rejections: StoredRejection[] = [];
      for (const r of answer.results) {
        if (r.status === 'applied') summary.applied++;
        else if (r.status === 'duplicate') summary.duplicate++;
        else {
          summary.rejected++;
          const e = byId.get(r.mutationId);
          rejections.push({ mutationId: r.mutationId, name: e?.name ?? 'unknown', caseId: e?.caseId ?? null, reason: r.reason ?? { code: 'internal', message: '' }, at });
        }
      }
      await db.transaction('rw', [db.outbox, db.meta, db.counters], async () => {
        await db.outbox.where('mutationId').belowOrEqual(answer.lastMutationId).delete();
        await appendSyncList(db, SYNC_META.rejections, rejections);
        // A device whose counter is behind head office (a restored store) must not reuse ids head office has seen.
        const counter = (await db.counters.get('mutation'))?.value ?? 0;
        if (counter < answer.lastMutationId) await db.counters.put({ name: 'mutation', value: answer.lastMutationId });
      });
      const sentUpTo = entries[entries.length - 1]!.mutationId;
      // Head office did not get through this batch: stop rather than send it again in a loop.
      if (answer.lastMutationId < sentUpTo) return fail('server', `head office stopped at mutation ${answer.lastMutationId} of ${sentUpTo}`);
      if (entries.length < pushBatch) break;
    }
    summary.evicted = await retryEvictions(db, () => now().toISOString());
    return summary;
  };
}
