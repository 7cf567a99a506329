import { z } from 'zod';
import { OutboxEntrySchema, type OutboxEntry } from '../../shared/sync/mutations';
import { DeviceIdSchema, toStorableText } from '../../shared/sync/primitives';
import { PUSH_MAX_MUTATIONS, type PushResponse, type PushResult } from '../../shared/sync/protocol';
import { VersionsSchema } from './versions';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import type { Principal } from '../auth/principal';
import type { Db, Queryable } from '../db/types';
import { HttpError, badRequest, parseWith, unauthorized } from '../http/errors';
import { mayApplyMutation } from '../../shared/domain/permissions';
import { changesLockReleased, holdsChangesLock } from '../db/changeLogLock';
import { policyFor, type Decision } from './apply';
import type { CaseScopeCheck } from './scope';
import { recheckConduct } from '../conduct/recheck';

/**
 * The push request, read loosely: each mutation is only required to carry a usable mutationId here, and is
 * checked against OutboxEntrySchema on its own, so one malformed entry is rejected with a reason (and the
 * cursor moves past it) instead of failing the whole push and wedging the device.
 */
const PushEnvelopeSchema = z.object({
  protocolVersion: z.number().int(),
  schemaVersion: z.number().int(),
  deviceId: DeviceIdSchema,
  mutations: z
    .array(z.looseObject({ mutationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER), deviceId: z.unknown() }))
    .max(PUSH_MAX_MUTATIONS, `at most ${PUSH_MAX_MUTATIONS} mutations per push`),
});
type PushEnvelope = z.output<typeof PushEnvelopeSchema>;

const unsupportedProtocol = (message: string) => new HttpError(409, 'unsupported_protocol', message, { minProtocolVersion: PROTOCOL_VERSION });

/** Checks versions first (a newer client may send another shape), then the envelope; throws HttpError. */
export function readPushRequest(body: unknown, who: Principal): PushEnvelope {
  const versions = parseWith(VersionsSchema, body, 'body');
  if (versions.protocolVersion !== PROTOCOL_VERSION) {
    throw unsupportedProtocol(`protocol version ${versions.protocolVersion} is not spoken here; head office speaks ${PROTOCOL_VERSION}`);
  }
  if (versions.schemaVersion !== MUTATION_SCHEMA_VERSION) {
    throw unsupportedProtocol(`schema version ${versions.schemaVersion} is not read here; head office reads ${MUTATION_SCHEMA_VERSION}`);
  }
  const req = parseWith(PushEnvelopeSchema, body, 'body');
  if (req.deviceId !== who.deviceId) throw unauthorized('the access token was issued to another device');
  req.mutations.forEach((m, i) => {
    if (m.deviceId !== req.deviceId) throw badRequest(`body.mutations.${i}.deviceId: a push carries one device’s mutations`);
    const prev = req.mutations[i - 1];
    if (prev && m.mutationId <= prev.mutationId) throw badRequest(`body.mutations.${i}.mutationId: mutation ids must strictly increase`);
  });
  return req;
}


/**
 * Applies a push in ONE transaction with the device's cursor: ids at or below the cursor are skipped as
 * duplicates and write nothing; each newer one is applied or rejected (with a reason) and the cursor moves
 * past it either way. A retried push after a lost response therefore changes nothing.
 */
export async function applyPush(db: Db, who: Principal, req: PushEnvelope, scope: CaseScopeCheck, nowMs: number): Promise<PushResponse> {
  const receivedAt = new Date(nowMs);
  return db.transaction(async (tx) => {
    // The device's cursor row, made on its first push and locked (as FOR UPDATE would) in one statement.
    const cursor = await tx.query<{ last_mutation_id: number }>(
      `INSERT INTO device_cursors (device_id) VALUES ($1)
       ON CONFLICT (device_id) DO UPDATE SET device_id = EXCLUDED.device_id
       RETURNING last_mutation_id`,
      [req.deviceId],
    );
    const initial = Number(cursor.rows[0]?.last_mutation_id ?? 0);
    let last = initial;
    const results: PushResult[] = [];
    const decided: DecidedRow[] = [];
    // The change-log lock is taken by the first change that writes to the log (server/import/apply.ts
    // lockChanges), so the work before it — parsing, scope and permission checks, reads — runs in parallel.
    const earlier = await earlierDecisions(tx, req.deviceId, req.mutations.filter((m) => m.mutationId <= initial).map((m) => m.mutationId));
    for (const raw of req.mutations) {
      if (raw.mutationId <= last) {
        // A retry after a lost answer: a refusal is told again (with its reason), or the user would never see it.
        results.push(earlier.get(raw.mutationId) ?? { mutationId: raw.mutationId, status: 'duplicate' });
        continue;
      }
      const decision = await decideAlone(tx, who, raw, scope, receivedAt);
      const e = decision.entry;
      // A message may quote what the user typed, cut at 1000 characters: keep it storable (half a surrogate pair).
      const reason = decision.status === 'rejected' ? { code: decision.reason.code, message: toStorableText(decision.reason.message) } : undefined;
      decided.push({ mutationId: raw.mutationId, id: e?.id ?? stringOrNull(raw.id), name: e?.name ?? stringOrNull(raw.name), userId: e?.userId ?? null, caseId: e?.caseId ?? null, status: decision.status, reason });
      results.push(reason ? { mutationId: raw.mutationId, status: 'rejected', reason } : { mutationId: raw.mutationId, status: decision.status });
      last = raw.mutationId;
    }
    await recordDecisions(tx, req.deviceId, decided, receivedAt);
    if (last !== initial) {
      await tx.query('UPDATE device_cursors SET last_mutation_id = $2, updated_at = $3 WHERE device_id = $1', [req.deviceId, last, receivedAt]);
    }
    return { lastMutationId: last, results };
  });
}

/** What mutations_applied keeps of one decided mutation. */
interface DecidedRow {
  mutationId: number;
  id: string | null;
  name: string | null;
  userId: string | null;
  caseId: string | null;
  status: Decision['status'];
  reason: { code: string; message: string } | undefined;
}

/** Every decision of the push in one statement (a push of 500 was 500 inserts), in the push's transaction. */
async function recordDecisions(tx: Queryable, deviceId: string, rows: readonly DecidedRow[], receivedAt: Date): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO mutations_applied (device_id, mutation_id, id, name, user_id, case_id, status, reason_code, reason_message, received_at)
     SELECT $1, u.mutation_id, u.id, u.name, u.user_id, u.case_id, u.status, u.reason_code, u.reason_message, $2
       FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
            AS u(mutation_id, id, name, user_id, case_id, status, reason_code, reason_message)`,
    [
      deviceId,
      receivedAt,
      rows.map((r) => r.mutationId),
      rows.map((r) => r.id),
      rows.map((r) => r.name),
      rows.map((r) => r.userId),
      rows.map((r) => r.caseId),
      rows.map((r) => r.status),
      rows.map((r) => r.reason?.code ?? null),
      rows.map((r) => r.reason?.message ?? null),
    ],
  );
}

/**
 * Decides one mutation inside a savepoint, so a rejection leaves nothing of it written. Any other error fails
 * the push (500) rather than rejecting for good what a retry may apply.
 */
async function decideAlone(tx: Queryable, who: Principal, raw: Record<string, unknown>, scope: CaseScopeCheck, receivedAt: Date): Promise<Decision> {
  const lockedBefore = holdsChangesLock(tx);
  const rollBack = async () => {
    await tx.query('ROLLBACK TO SAVEPOINT push_entry');
    if (!lockedBefore) changesLockReleased(tx);
  };
  await tx.query('SAVEPOINT push_entry');
  try {
    const decision = await decide(tx, who, raw, scope, receivedAt);
    if (decision.status === 'rejected') await rollBack();
    else await tx.query('RELEASE SAVEPOINT push_entry');
    return decision;
  } catch (err) {
    await rollBack();
    // Two receipts racing for one number: the unique index refuses the second.
    if ((err as { code?: string }).code === '23505') {
      return { status: 'rejected', reason: { code: 'conflict', message: 'a record with the same id or number was received at the same time; sync again' } };
    }
    throw err;
  }
}

async function decide(tx: Queryable, who: Principal, raw: Record<string, unknown>, scope: CaseScopeCheck, receivedAt: Date): Promise<Decision> {
  if (raw.schemaVersion !== MUTATION_SCHEMA_VERSION) {
    return { status: 'rejected', reason: { code: 'unsupported_version', message: `mutation schema version ${String(raw.schemaVersion)} is not read here` } };
  }
  const parsed = OutboxEntrySchema.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(entry)'}: ${i.message}`)
      .join('; ');
    return { status: 'rejected', reason: { code: 'invalid', message: toStorableText(message.slice(0, 1000)) } };
  }
  const entry = parsed.data;
  if (entry.userId !== who.userId) {
    return { status: 'rejected', entry, reason: { code: 'forbidden', message: `written by user ${entry.userId}, but this device is enrolled to ${who.userId}` } };
  }
  // The role's right to this kind of change (shared/domain/permissions.ts, the same table the UI reads); which
  // case is checked by the scope below, so records made while a case was assigned still count.
  const allowed = mayApplyMutation({ id: who.userId, role: who.role, branchCode: who.branchCode }, entry.name, null);
  if (!allowed.ok) {
    return { status: 'rejected', entry, reason: { code: 'forbidden', message: `a ${who.role} may not ${entry.name} (permission refused: ${allowed.refusal})` } };
  }
  if (entry.caseId !== null) {
    const inScope = await scope(tx, entry.caseId, who);
    if (inScope === 'out_of_scope') {
      return { status: 'rejected', entry, reason: { code: 'out_of_scope', message: `case ${entry.caseId} is not in your scope` } };
    }
    // Not kept for whoever head office later assigns the case to: the user hears now, and can ask.
    if (inScope === 'unknown') {
      return { status: 'rejected', entry, reason: { code: 'unknown_case', message: `head office has no case ${entry.caseId}; nothing was recorded` } };
    }
  }
  const clash = await recordIdClash(tx, entry);
  if (clash) return { status: 'rejected', entry, reason: { code: 'invalid', message: clash } };
  const decision = await policyFor(entry.name)({ tx, who, entry, receivedAt });
  // Accepted, then judged again at head office: a broken rule is flagged, never refused (server/conduct/recheck.ts).
  if (decision.status === 'applied') await recheckConduct({ tx, who, entry, receivedAt });
  return decision;
}

/**
 * A new record's id must name nothing else: not a case, not a record of another kind (a planned visit done
 * is the one exception: recordVisit carries the planned visit's id). Ids are UUIDv7 made on the device, so
 * only a device that plants an id gets here.
 */
async function recordIdClash(tx: Queryable, entry: OutboxEntry): Promise<string | null> {
  const id = 'id' in entry.args ? entry.args.id : undefined;
  if (typeof id !== 'string') return null;
  const sameRecord = entry.name === 'recordVisit' ? ['recordVisit', 'planVisit'] : [entry.name];
  const taken = await tx.query<{ kind: string }>(
    `SELECT 'case' AS kind FROM cases WHERE id = $1
     UNION ALL
     SELECT kind FROM field_records WHERE id = $1 AND kind <> ALL($2::text[]) AND data -> 'args' ->> 'id' = $1
     LIMIT 1`,
    [id, sameRecord],
  );
  const kind = taken.rows[0]?.kind;
  return kind ? `record id ${id} already names a ${kind === 'case' ? 'case' : `${kind} record`}; a new record needs a new id` : null;
}

/** What the push echoes of a malformed entry, storable whatever the device sent (a NUL fails a text column). */
const stringOrNull = (v: unknown) => (typeof v === 'string' ? toStorableText(v.slice(0, 200)) : null);

/** The rejections head office recorded for mutation ids it has already seen (applied ones answer duplicate). */
async function earlierDecisions(tx: Queryable, deviceId: string, ids: number[]): Promise<Map<number, PushResult>> {
  const out = new Map<number, PushResult>();
  if (ids.length === 0) return out;
  const res = await tx.query<{ mutation_id: number; reason_code: string; reason_message: string | null }>(
    `SELECT mutation_id, reason_code, reason_message FROM mutations_applied
      WHERE device_id = $1 AND mutation_id = ANY($2::bigint[]) AND status = 'rejected'`,
    [deviceId, ids],
  );
  for (const r of res.rows) {
    const mutationId = Number(r.mutation_id);
    out.set(mutationId, { mutationId, status: 'rejected', reason: { code: r.reason_code, message: r.reason_message ?? '' } });
  }
  return out;
}
