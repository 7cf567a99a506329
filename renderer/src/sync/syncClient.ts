import type { z } from 'zod';
import {
  PULL_MAX_LIMIT,
  PUSH_MAX_MUTATIONS,
  PullResponseSchema,
  PushResponseSchema,
  SyncErrorSchema,
  type PullRequest,
  type PullResponse,
  type PushRequest,
} from '../../../shared/sync/protocol';
import type { OutboxEntry } from '../../../shared/sync/mutations';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import type { RecoveryDeskDb } from '../db/database';
import { applyPulledRecord, caseRecordTables, evictCaseRecords, pulledRecordTables, type RecordChange } from '../db/sync/applyRecords';
import { editsCase } from '../db/sync/caseEdits';
import { preparePulledCase, putPulledCases, type PulledCase } from '../db/sync/pulledCases';
import { BRANCH_WAIVER_LIMIT_FEN } from '../features/fieldwork/panels/limits';

/**
 * The device's half of the sync protocol (architecture.md, Sync protocol): push the outbox, then pull the
 * scope's changes page by page. Every answer is checked with the shared schemas; every failure comes back as
 * a typed result, never as an exception into the UI.
 */

/** Keys in the `meta` table. */
export const SYNC_META = {
  cursor: 'sync.cursor',
  lastSuccessAt: 'sync.lastSuccessAt',
  rejections: 'sync.rejections',
  /** Cases whose tombstone arrived while the outbox still named them: evicted after the next push. */
  pendingEvictions: 'sync.pendingEvictions',
  /** Cases evicted from this device (what the Sync screen shows). */
  evicted: 'sync.evicted',
  /** Records head office sent that did not pass their schema (reported, not applied). */
  badRecords: 'sync.badRecords',
  /** A fresh download after resetRequired: the case ids it has brought so far. */
  reset: 'sync.reset',
} as const;

export type SyncFailureCode = 'network' | 'unauthorized' | 'version' | 'server';
export interface SyncFailure {
  code: SyncFailureCode;
  message: string;
}

export interface StoredRejection {
  mutationId: number;
  name: string;
  caseId: string | null;
  reason: { code: string; message: string };
  at: string;
}

export interface EvictedCase {
  caseId: string;
  caseNumber: string | null;
  reason: 'out_of_scope' | 'deleted' | 'reset';
  at: string;
}

export interface BadRecord {
  kind: string;
  id: string;
  message: string;
  at: string;
}

export interface PushSummary {
  batches: number;
  applied: number;
  duplicate: number;
  rejected: number;
  evicted: number;
}

export interface PullSummary {
  pages: number;
  cases: number;
  /** Field records (activities, promises, plans, receipts … from any device) new or changed on this device. */
  records: number;
  evicted: number;
  /** Tombstones whose case still has pending outbox entries: kept until they are pushed. */
  deferred: number;
  badRecords: number;
  reset: boolean;
}

export type SyncResult<T> = { ok: true; value: T } | { ok: false; error: SyncFailure };

export interface SyncCredentials {
  accessToken: string;
  deviceId: string;
}

export interface SyncClientOptions {
  baseUrl: string;
  fetch: typeof fetch;
  db: RecoveryDeskDb;
  /** Null (or a throw) when nobody is signed in: the sync fails as unauthorized. */
  credentials: () => SyncCredentials | null | Promise<SyncCredentials | null>;
  /** Changes per pull page (at most PULL_MAX_LIMIT). */
  pullLimit?: number;
  /** Mutations per push (at most PUSH_MAX_MUTATIONS). */
  pushBatch?: number;
  /** The branch's waiver limit: a plan pulled from another device above it arrives pending approval. */
  branchWaiverLimitFen?: number;
  now?: () => Date;
}

export interface SyncClient {
  /** Push, then pull, then record the success. */
  syncOnce(): Promise<SyncResult<{ push: PushSummary; pull: PullSummary; at: string }>>;
  push(): Promise<SyncResult<PushSummary>>;
  pull(): Promise<SyncResult<PullSummary>>;
}

const REJECTIONS_KEPT = 1000;
const EVICTED_KEPT = 1000;
const BAD_RECORDS_KEPT = 200;

class Failure extends Error {
  constructor(readonly failure: SyncFailure) {
    super(failure.message);
  }
}

const fail = (code: SyncFailureCode, message: string): never => {
  throw new Failure({ code, message });
};

function parseAnswer<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('server', `head office sent a malformed ${what} answer (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`);
  }
  return parsed.data;
}

export function createSyncClient(options: SyncClientOptions): SyncClient {
  const { db } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const now = options.now ?? (() => new Date());
  // Pages of 2,000 rather than PULL_MAX_LIMIT even for a first sync: with the next page fetched while one is
  // written, a smaller first page starts the overlap sooner (docs/benchmarks.md, Sync).
  const pullLimit = Math.min(Math.max(1, Math.floor(options.pullLimit ?? 2000)), PULL_MAX_LIMIT);
  const pushBatch = Math.min(Math.max(1, Math.floor(options.pushBatch ?? PUSH_MAX_MUTATIONS)), PUSH_MAX_MUTATIONS);
  const branchWaiverLimitFen = options.branchWaiverLimitFen ?? BRANCH_WAIVER_LIMIT_FEN;

  async function credentials(): Promise<SyncCredentials> {
    let creds: SyncCredentials | null;
    try {
      creds = await options.credentials();
    } catch (err) {
      return fail('unauthorized', `not signed in: ${String((err as Error)?.message ?? err)}`);
    }
    if (!creds || !creds.accessToken || !creds.deviceId) return fail('unauthorized', 'not signed in to head office');
    return creds;
  }

  async function post(path: string, body: unknown, token: string): Promise<unknown> {
    let res: Response;
    try {
      res = await options.fetch(baseUrl + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    } catch (err) {
      return fail('network', `head office did not answer: ${String((err as Error)?.message ?? err)}`);
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      return fail('network', `the answer was cut off: ${String((err as Error)?.message ?? err)}`);
    }
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      if (res.ok) return fail('server', `head office sent an answer that is not JSON (HTTP ${res.status})`);
    }
    if (res.ok) return json;
    const parsed = SyncErrorSchema.safeParse((json as { error?: unknown } | undefined)?.error);
    const detail = parsed.success ? `${parsed.data.code}: ${parsed.data.message}` : `HTTP ${res.status}`;
    if (res.status === 401 || res.status === 403) return fail('unauthorized', detail);
    if (res.status === 409 && parsed.success && parsed.data.code === 'unsupported_protocol') return fail('version', detail);
    return fail('server', detail);
  }

  async function run<T>(work: () => Promise<T>): Promise<SyncResult<T>> {
    try {
      return { ok: true, value: await work() };
    } catch (err) {
      if (err instanceof Failure) return { ok: false, error: err.failure };
      // A local store failure (quota, a closed database) or a bug: still a result, never a throw.
      return { ok: false, error: { code: 'server', message: `sync stopped: ${String((err as Error)?.message ?? err)}` } };
    }
  }

  async function readList<T>(key: string): Promise<T[]> {
    return ((await db.meta.get(key))?.value as T[] | undefined) ?? [];
  }

  async function appendList<T>(key: string, items: readonly T[], keep: number): Promise<void> {
    if (items.length === 0) return;
    const list = [...(await readList<T>(key)), ...items];
    await db.meta.put({ key, value: list.slice(Math.max(0, list.length - keep)) });
  }

  /** Deletes a case, its list row and its records; call inside a transaction over cases, caseRows, meta and caseRecordTables. */
  async function evict(caseId: string, reason: EvictedCase['reason'], at: string, log: EvictedCase[]): Promise<boolean> {
    const existing = await db.cases.get(caseId);
    await db.cases.delete(caseId);
    await db.caseRows.delete(caseId);
    // A case that left the user's scope takes its history with it (contacts, receipts, plans …).
    await evictCaseRecords(db, caseId);
    if (existing) log.push({ caseId, caseNumber: existing.caseNumber, reason, at });
    return existing !== undefined;
  }

  async function hasPending(caseId: string): Promise<boolean> {
    return (await db.outbox.where('caseId').equals(caseId).count()) > 0;
  }

  /** Evicts the cases whose tombstones waited for their outbox entries, now that those may be pushed. */
  async function retryEvictions(): Promise<number> {
    return db.transaction('rw', [db.cases, db.caseRows, db.outbox, db.meta, ...caseRecordTables(db)], async () => {
      const pending = await readList<{ caseId: string; reason: EvictedCase['reason'] }>(SYNC_META.pendingEvictions);
      if (pending.length === 0) return 0;
      const at = now().toISOString();
      const still: typeof pending = [];
      const log: EvictedCase[] = [];
      for (const p of pending) {
        if (await hasPending(p.caseId)) still.push(p);
        else await evict(p.caseId, p.reason, at, log);
      }
      await db.meta.put({ key: SYNC_META.pendingEvictions, value: still });
      await appendList(SYNC_META.evicted, log, EVICTED_KEPT);
      return log.length;
    });
  }

  async function pushAll(): Promise<PushSummary> {
    const { accessToken, deviceId } = await credentials();
    const summary: PushSummary = { batches: 0, applied: 0, duplicate: 0, rejected: 0, evicted: 0 };
    for (;;) {
      const entries = await db.outbox.orderBy('mutationId').limit(pushBatch).toArray();
      if (entries.length === 0) break;
      const request: PushRequest = { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId, mutations: entries };
      const answer = parseAnswer(PushResponseSchema, await post('/sync/push', request, accessToken), 'push');
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
        await appendList(SYNC_META.rejections, rejections, REJECTIONS_KEPT);
        // A device whose counter is behind head office (a restored store) must not reuse ids head office has seen.
        const counter = (await db.counters.get('mutation'))?.value ?? 0;
        if (counter < answer.lastMutationId) await db.counters.put({ name: 'mutation', value: answer.lastMutationId });
      });
      const sentUpTo = entries[entries.length - 1]!.mutationId;
      // Head office did not get through this batch: stop rather than send it again in a loop.
      if (answer.lastMutationId < sentUpTo) return fail('server', `head office stopped at mutation ${answer.lastMutationId} of ${sentUpTo}`);
      if (entries.length < pushBatch) break;
    }
    summary.evicted = await retryEvictions();
    return summary;
  }

  /**
   * A pull page checked as far as it can be outside its transaction: the answer's schema, and each case's
   * own schema and list row (see db/sync/pulledCases). Runs as soon as the page arrives, so it overlaps with
   * the previous page's write.
   */
  interface PreparedPage {
    /** The cursor the page was asked from. */
    from: string | null;
    page: PullResponse;
    /** By change index: the checked case of each case change. */
    cases: Map<number, PulledCase | { error: string }>;
  }

  function preparePage(from: string | null, page: PullResponse): PreparedPage {
    const cases = new Map<number, PulledCase | { error: string }>();
    page.changes.forEach((ch, i) => {
      if (ch.kind === 'case') cases.set(i, preparePulledCase(ch.id, ch.data));
    });
    return { from, page, cases };
  }

  async function applyPage({ page, cases }: PreparedPage, summary: PullSummary): Promise<void> {
    const { changes, hasMore } = page;
    const cursor = page.cursor!;
    const at = now().toISOString();
    await db.transaction('rw', [db.outbox, db.meta, ...pulledRecordTables(db)], async () => {
      const pendingList = await readList<{ caseId: string; reason: EvictedCase['reason'] }>(SYNC_META.pendingEvictions);
      const pending = new Map(pendingList.map((p) => [p.caseId, p]));
      const reset = (await db.meta.get(SYNC_META.reset))?.value as { seen: string[] } | undefined;
      const seen = reset ? new Set(reset.seen) : null;
      // By case id, in the order of each case's last change in the page (a Map keeps insertion order).
      const puts = new Map<string, PulledCase>();
      const bad: BadRecord[] = [];
      const log: EvictedCase[] = [];
      const records: RecordChange[] = [];
      for (let i = 0; i < changes.length; i++) {
        const ch = changes[i]!;
        if (ch.kind === 'record') {
          records.push(ch);
        } else if (ch.kind === 'tombstone') {
          if (ch.of !== 'case') continue; // other kinds are not stored from pulls yet
          seen?.delete(ch.id);
          puts.delete(ch.id);
          if (await hasPending(ch.id)) {
            pending.set(ch.id, { caseId: ch.id, reason: ch.reason });
            summary.deferred++;
          } else {
            pending.delete(ch.id);
            // The case's records before its tombstone go with it; any after it (the case came back, e.g.
            // reassigned to this user again, its history re-sent) are applied (SIM_SEED=2019).
            dropRecordsOf(records, ch.id);
            if (await evict(ch.id, ch.reason, at, log)) summary.evicted++;
          }
        } else if (ch.kind === 'case') {
          const checked = cases.get(i)!;
          if ('error' in checked) {
            bad.push({ kind: ch.kind, id: ch.id, message: checked.error, at });
            continue;
          }
          pending.delete(ch.id);
          seen?.add(ch.id);
          puts.delete(ch.id);
          puts.set(ch.id, checked);
        }
        // Other kinds (rule packs, letter templates …) are not sent by head office yet.
      }
      if (puts.size > 0) {
        // The same derivation as CaseRepository.putCases: a case and its list row together.
        await putPulledCases(db, [...puts.values()]);
        summary.cases += puts.size;
      }
      // In head office's order, so a void follows its receipt. No outbox or audit entries: these records are
      // head office's, not made here. A phone or status record whose case came in this page is in that copy
      // already (head office sends a case after every record that changed it).
      for (const rec of records) {
        if (puts.has(rec.caseId) && editsCase(rec.name)) continue;
        const outcome = await applyPulledRecord(db, rec, { branchWaiverLimitFen });
        if (outcome.status === 'applied') summary.records++;
        else if (outcome.status === 'bad') bad.push({ kind: rec.name, id: rec.id, message: outcome.message, at });
      }
      if (seen && !hasMore) {
        // The fresh download is complete: cases it did not bring have left the scope (their tombstones may be gone).
        const local = (await db.cases.toCollection().primaryKeys()) as string[];
        for (const id of local) {
          if (seen.has(id)) continue;
          if (await hasPending(id)) {
            pending.set(id, { caseId: id, reason: 'reset' });
            summary.deferred++;
          } else if (await evict(id, 'reset', at, log)) summary.evicted++;
        }
        await db.meta.delete(SYNC_META.reset);
      } else if (seen) {
        await db.meta.put({ key: SYNC_META.reset, value: { seen: [...seen] } });
      }
      summary.badRecords += bad.length;
      await appendList(SYNC_META.badRecords, bad, BAD_RECORDS_KEPT);
      await appendList(SYNC_META.evicted, log, EVICTED_KEPT);
      await db.meta.put({ key: SYNC_META.pendingEvictions, value: [...pending.values()] });
      await db.meta.put({ key: SYNC_META.cursor, value: cursor });
    });
  }

  async function pullAll(): Promise<PullSummary> {
    const { accessToken, deviceId } = await credentials();
    const summary: PullSummary = { pages: 0, cases: 0, records: 0, evicted: 0, deferred: 0, badRecords: 0, reset: false };
    const cursor = ((await db.meta.get(SYNC_META.cursor))?.value as string | undefined) ?? null;
    const fetchPage = (from: string | null): Promise<PreparedPage> => {
      const request: PullRequest = { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId, cursor: from, limit: pullLimit };
      const prepared = post('/sync/pull', request, accessToken).then((body) => preparePage(from, parseAnswer(PullResponseSchema, body, 'pull')));
      // A page fetched ahead may never be awaited (the pull stopped at an earlier one): not an unhandled rejection.
      prepared.catch(() => undefined);
      return prepared;
    };
    let next = fetchPage(cursor);
    for (;;) {
      const prepared = await next;
      const { page } = prepared;
      if (page.resetRequired) {
        if (prepared.from === null) return fail('server', 'head office asked for a fresh download of a fresh download');
        // Start again from nothing; the outbox is kept and still pushed.
        await db.transaction('rw', db.meta, async () => {
          await db.meta.delete(SYNC_META.cursor);
          await db.meta.put({ key: SYNC_META.reset, value: { seen: [] } });
        });
        summary.reset = true;
        next = fetchPage(null);
        continue;
      }
      summary.pages++;
      // Head office builds the next page while this one is written. Pages are still applied one at a time, in
      // order, each with its cursor in one transaction: a pull stopped anywhere resumes from the last one written.
      if (page.hasMore) next = fetchPage(page.cursor);
      await applyPage(prepared, summary);
      if (!page.hasMore) return summary;
    }
  }

  return {
    push: () => run(pushAll),
    pull: () => run(pullAll),
    syncOnce: () =>
      run(async () => {
        const push = await pushAll();
        const pull = await pullAll();
        // Tombstones deferred during this pull may be evictable already (their entries were pushed above).
        const after = await retryEvictions();
        pull.evicted += after;
        pull.deferred = Math.max(0, pull.deferred - after);
        const at = now().toISOString();
        await db.meta.put({ key: SYNC_META.lastSuccessAt, value: at });
        return { push, pull, at };
      }),
  };
}

/** Removes, in place, the records of one case collected so far in a page. */
function dropRecordsOf(records: { caseId: string }[], caseId: string): void {
  let kept = 0;
  for (const r of records) if (r.caseId !== caseId) records[kept++] = r;
  records.length = kept;
}
