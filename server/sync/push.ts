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
import { readUnderId } from './apply/records';
import type { KnownRecords } from './apply/storedRecord';
import { recheckConduct } from '../conduct/recheck';
import type { DeviceReport } from './deviceReport';

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
export async function applyPush(db: Db, who: Principal, req: PushEnvelope, scope: CaseScopeCheck, nowMs: number, report: DeviceReport): Promise<PushResponse> {
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
    // Entries' savepoints are left open (COMMIT ends them all) rather than released one by one, a round trip an
    // entry. The first of every ENTRY_SAVEPOINTS_OPEN is named push_entries; releasing it releases the ones after it
    // too, so a push of 500 never nests 500 deep.
    let open = 0;
    for (const raw of req.mutations) {
      if (raw.mutationId <= last) {
        // A retry after a lost answer: a refusal is told again (with its reason), or the user would never see it.
        results.push(earlier.get(raw.mutationId) ?? { mutationId: raw.mutationId, status: 'duplicate' });
        continue;
      }
      if (open === ENTRY_SAVEPOINTS_OPEN) {
        await tx.query('RELEASE SAVEPOINT push_entries');
        open = 0;
      }
      const decision = await decideAlone(tx, who, raw, scope, receivedAt, () => open++ === 0);
      const e = decision.entry;
      // A message may quote what the user typed, cut at 1000 characters: keep it storable (half a surrogate pair).
      const reason = decision.status === 'rejected' ? { code: decision.reason.code, message: toStorableText(decision.reason.message) } : undefined;
      decided.push({ mutationId: raw.mutationId, id: e?.id ?? stringOrNull(raw.id), name: e?.name ?? stringOrNull(raw.name), userId: e?.userId ?? null, caseId: e?.caseId ?? null, status: decision.status, reason });
      results.push(reason ? { mutationId: raw.mutationId, status: 'rejected', reason } : { mutationId: raw.mutationId, status: decision.status });
      last = raw.mutationId;
    }
    await closePush(tx, req.deviceId, decided, { from: initial, to: last }, receivedAt, report);
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

/**
 * The end of a push: every decision into mutations_applied (a push of 500 was 500 inserts) and the device's sync
 * noted with its report (deviceReport.ts recordSync, the same update) in one statement, and the device's cursor moved
 * past the last decision, in the push's transaction.
 */
async function closePush(tx: Queryable, deviceId: string, rows: readonly DecidedRow[], moved: { from: number; to: number }, receivedAt: Date, report: DeviceReport): Promise<void> {
  await tx.query(
    `WITH decided AS (
       INSERT INTO mutations_applied (device_id, mutation_id, id, name, user_id, case_id, status, reason_code, reason_message, received_at)
       SELECT $1, u.mutation_id, u.id, u.name, u.user_id, u.case_id, u.status, u.reason_code, u.reason_message, $2
         FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
              AS u(mutation_id, id, name, user_id, case_id, status, reason_code, reason_message)
     )
     UPDATE devices SET last_sync_at = $2, pending_changes = COALESCE($11, pending_changes), app_version = COALESCE($12, app_version) WHERE id = $1`,
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
      report.pendingChanges,
      report.appVersion,
    ],
  );
  // Only when it moved, and a statement of its own: the sync simulation plants its "forgotten cursor" fault on it
  // (test/sync/simulation/headOffice.ts), and that test must keep catching the fault.
  if (moved.to !== moved.from) {
    await tx.query('UPDATE device_cursors SET last_mutation_id = $2, updated_at = $3 WHERE device_id = $1', [deviceId, moved.to, receivedAt]);
  }
}

/** Entry savepoints a push leaves open at most before it releases them (applyPush). */
const ENTRY_SAVEPOINTS_OPEN = 16;

/**
 * Decides one mutation; what it reads and writes at head office inside a savepoint, taken once the entry is read
 * and allowed (`firstOfGroup`: the savepoint that starts a group, applyPush), so a rejection leaves nothing of it
 * written. Any other error fails the push (500) rather than rejecting for good what a retry may apply. A savepoint
 * name used again is a new savepoint; rolling back goes to the newest of the name, the entry's own.
 */
async function decideAlone(tx: Queryable, who: Principal, raw: Record<string, unknown>, scope: CaseScopeCheck, receivedAt: Date, firstOfGroup: () => boolean): Promise<Decision> {
  const read = readEntry(who, raw);
  if (read.status === 'rejected') return read;
  const first = firstOfGroup();
  const lockedBefore = holdsChangesLock(tx);
  const rollBack = async () => {
    if (first) await tx.query('ROLLBACK TO SAVEPOINT push_entries');
    else await tx.query('ROLLBACK TO SAVEPOINT push_entry');
    if (!lockedBefore) changesLockReleased(tx);
  };
  if (first) await tx.query('SAVEPOINT push_entries');
  else await tx.query('SAVEPOINT push_entry');
  try {
    const decision = await decide(tx, who, read.entry, scope, receivedAt);
    if (decision.status === 'rejected') await rollBack();
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

/** The entry read and checked against who pushed it, before head office reads anything for it. */
function readEntry(who: Principal, raw: Record<string, unknown>): { status: 'read'; entry: OutboxEntry } | Extract<Decision, { status: 'rejected' }> {
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
  return { status: 'read', entry };
}

async function decide(tx: Queryable, who: Principal, entry: OutboxEntry, scope: CaseScopeCheck, receivedAt: Date): Promise<Decision> {
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
  const { clash, known } = await recordIdClash(tx, entry);
  if (clash) return { status: 'rejected', entry, reason: { code: 'invalid', message: clash } };
  const decision = await policyFor(entry.name)({ tx, who, entry, receivedAt, known });
  // Accepted, then judged again at head office: a broken rule is flagged, never refused (server/conduct/recheck.ts).
  if (decision.status === 'applied') await recheckConduct({ tx, who, entry, receivedAt });
  return decision;
}

/**
 * A new record's id must name nothing else: not a case, not a record of another kind (a planned visit done
 * is the one exception: recordVisit carries the planned visit's id). Ids are UUIDv7 made on the device, so
 * only a device that plants an id gets here. What it read under the id is returned too, for the entry's
 * duplicate check (records.ts recordOf): one read of field_records an entry, not two.
 */
async function recordIdClash(tx: Queryable, entry: OutboxEntry): Promise<{ clash: string | null; known?: KnownRecords }> {
  const id = 'id' in entry.args ? entry.args.id : undefined;
  if (typeof id !== 'string') return { clash: null };
  const sameRecord = entry.name === 'recordVisit' ? ['recordVisit', 'planVisit'] : [entry.name];
  const { caseHasId, known } = await readUnderId(tx, id);
  // A record of another kind names this id when its own args.id is this id (a correction is kept under the id of
  // the record it corrects, with an id of its own in its args).
  const other = known.records.find((r) => !sameRecord.includes(r.kind) && jsonText(r.args.id) === id);
  const clash = caseHasId ? 'a case' : other ? `a ${other.kind} record` : null;
  return { clash: clash && `record id ${id} already names ${clash}; a new record needs a new id`, known };
}

/** A JSON value as PostgreSQL's ->> gives it: a string as itself, anything else as its JSON text, null as null. */
const jsonText = (v: unknown): string | null => (v === undefined || v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));

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
