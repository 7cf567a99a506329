import { PullRequestSchema, type PullChange, type PullRequest, type PullResponse } from '../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import { VersionsSchema } from './versions';
import type { Principal } from '../auth/principal';
import type { Db, Queryable } from '../db/types';
import { HttpError, badRequest, parseWith, unauthorized } from '../http/errors';
import { exceptionOfRow, type ExceptionRow } from '../conduct/store';
import { CONDUCT_EXCEPTION_RECORD } from '../../shared/conduct';
import { recordSync, type DeviceReport } from './deviceReport';

/**
 * Pull: pages through the change log (table `changes`) after a server-made cursor, in seq order, filtered by
 * the caller's scope as it is now (from the access token's user, never from the cursor):
 * - collector: changes made while a case was assigned to them (the case, or a tombstone when it left them);
 * - supervisor, clerk: their branch's changes (a reassignment inside the branch is no tombstone for them);
 *   a supervisor also the branch's conduct exceptions (server/conduct/publish.ts);
 * - head-office admin: every case, and tombstones of deleted records only.
 * A case change is sent only at the case's latest change (cases.updated_seq), with the case as it is now,
 * so a page never carries a case twice or an old copy, and a case that has since left the scope is not sent.
 * Field records (activities, promises, plans, receipts …, from every device) go the same way: logged for
 * their case's scope, again on reassignment, and sent at their latest change (field_records.updated_seq).
 *
 * The cursor is `v1.<seq>.<issued ms>`: the last seq the device has seen and when head office issued it. Each
 * answer echoes the cursor it was asked from (`from`), so a device can tell it answers its own request.
 * One issued longer ago than tombstones are kept (retention) gets resetRequired, since tombstones it would
 * need may have been pruned.
 */

export const DEFAULT_TOMBSTONE_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

export interface PullSettings {
  tombstoneRetentionDays: number;
}

const unsupportedProtocol = (message: string) => new HttpError(409, 'unsupported_protocol', message, { minProtocolVersion: PROTOCOL_VERSION });

export function readPullRequest(body: unknown, who: Principal): PullRequest {
  const versions = parseWith(VersionsSchema, body, 'body');
  if (versions.protocolVersion !== PROTOCOL_VERSION) {
    throw unsupportedProtocol(`protocol version ${versions.protocolVersion} is not spoken here; head office speaks ${PROTOCOL_VERSION}`);
  }
  if (versions.schemaVersion !== MUTATION_SCHEMA_VERSION) {
    throw unsupportedProtocol(`schema version ${versions.schemaVersion} is not read here; head office reads ${MUTATION_SCHEMA_VERSION}`);
  }
  const req = parseWith(PullRequestSchema, body, 'body');
  if (req.deviceId !== who.deviceId) throw unauthorized('the access token was issued to another device');
  return req;
}

export function formatCursor(seq: number, issuedMs: number): string {
  return `v1.${seq}.${issuedMs}`;
}

export function parseCursor(cursor: string): { seq: number; issuedMs: number } {
  const m = /^v1\.(\d{1,16})\.(\d{1,16})$/.exec(cursor);
  const seq = m ? Number(m[1]) : NaN;
  const issuedMs = m ? Number(m[2]) : NaN;
  if (!Number.isSafeInteger(seq) || !Number.isSafeInteger(issuedMs)) throw badRequest('body.cursor: not a cursor head office issued; pull from null');
  return { seq, issuedMs };
}

/** Published configuration for the whole bank ('*') or the user's branch (server/console/config/store.ts). */
const configOf = (branchParam: number) => `(ch.kind = 'config' AND ch.branch_code IN ('*', $${branchParam}))`;

function scopeFilter(who: Principal, params: unknown[]): string {
  switch (who.role) {
    case 'collector':
      params.push(who.userId, who.branchCode);
      return `(ch.officer_id = $${params.length - 1} OR ${configOf(params.length)} OR ${branchRecordOf(params.length)})`;
    case 'supervisor':
      params.push(who.branchCode);
      return `((ch.branch_code = $${params.length} AND ch.audience = 'branch') OR ${configOf(params.length)})`;
    case 'clerk':
      // Conduct exceptions are the supervisor's to review (server/conduct/publish.ts), not a clerk's.
      params.push(who.branchCode);
      return `((ch.branch_code = $${params.length} AND ch.audience = 'branch' AND ch.kind <> 'conduct') OR ${configOf(params.length)})`;
    case 'head_office_admin':
      return `(ch.kind IN ('case', 'record', 'config') OR ch.reason = 'deleted')`;
  }
}

/** Records about the branch itself, not a case (a target, server/sync/apply/targets.ts): every device of the branch. */
const branchRecordOf = (branchParam: number) => `(ch.kind = 'record' AND ch.record_kind = 'setTarget' AND ch.branch_code = $${branchParam})`;

const reset = (from: string | null): PullResponse => ({ cursor: null, from, hasMore: false, changes: [], resetRequired: true });

/**
 * The next page for the device, and its sync noted (deviceReport.ts recordSync: last sync and its report) in the
 * same statement: one round trip, one commit.
 */
export async function pull(db: Db, who: Principal, req: PullRequest, settings: PullSettings, nowMs: number, report: DeviceReport): Promise<PullResponse> {
  let after = 0;
  if (req.cursor !== null) {
    const c = parseCursor(req.cursor);
    if (nowMs - c.issuedMs > settings.tombstoneRetentionDays * DAY_MS) {
      await recordSync(db, who.deviceId, new Date(nowMs), report);
      return reset(req.cursor);
    }
    after = c.seq;
  }
  // One statement, so one snapshot and one round trip: the top of the log and the page under it. Writers hold
  // an exclusive lock on changes and commit seqs in order, so every seq up to the top is visible in the snapshot
  // that sees the top, and none can appear below it later. The page joins the top (LEFT JOIN LATERAL), so an
  // empty page is still one row, carrying the top.
  const params: unknown[] = [after, req.limit + 1, who.deviceId, new Date(nowMs), report.pendingChanges, report.appVersion];
  const scope = scopeFilter(who, params);
  const res = await db.query<ChangeRow & { top: string | number }>(
    `WITH seen AS (
       UPDATE devices SET last_sync_at = $4, pending_changes = COALESCE($5, pending_changes), app_version = COALESCE($6, app_version) WHERE id = $3
     ), top AS (SELECT coalesce(max(seq), 0) AS top FROM changes)
     SELECT top.top, page.* FROM top LEFT JOIN LATERAL (
       SELECT ch.seq, ch.kind, ch.record_id, ch.record_kind, ch.reason, c.data, fr.case_id, fr.user_id, fr.device_id, fr.received_at, fr.data -> 'args' AS args,
              pc.kind AS config_kind, pc.scope AS config_scope, pc.key AS config_key, pc.version AS config_version, pc.payload AS config_payload,
              pc.published_by AS config_by, pc.published_at AS config_at,
              to_jsonb(cx) AS conduct, (SELECT cc.case_number FROM cases cc WHERE cc.id = cx.case_id) AS conduct_case_number
         FROM changes ch
         LEFT JOIN cases c ON ch.kind = 'case' AND c.id = ch.record_id
         LEFT JOIN field_records fr ON ch.kind = 'record' AND fr.kind = ch.record_kind AND fr.id = ch.record_id
         LEFT JOIN published_configs pc ON ch.kind = 'config' AND pc.change_seq = ch.seq
         LEFT JOIN conduct_exceptions cx ON ch.kind = 'conduct' AND cx.change_seq = ch.seq
        WHERE ch.seq > $1 AND ch.seq <= top.top AND ${scope}
          AND (ch.kind = 'tombstone' OR c.updated_seq = ch.seq OR fr.updated_seq = ch.seq OR cx.change_seq = ch.seq
               OR pc.version = (SELECT max(p2.version) FROM published_configs p2 WHERE p2.kind = pc.kind AND p2.scope = pc.scope AND p2.key = pc.key))
        ORDER BY ch.seq
        LIMIT $2
     ) page ON true
     ORDER BY page.seq`,
    params,
  );
  const top = Number(res.rows[0]!.top);
  const found = res.rows.filter((r) => r.seq !== null);
  const hasMore = found.length > req.limit;
  const rows = hasMore ? found.slice(0, req.limit) : found;
  const changes: PullChange[] = rows.map(toChange);
  // Pruning may have removed the newest rows: a cursor never moves back.
  const last = hasMore ? Number(rows[rows.length - 1]!.seq) : Math.max(top, after);
  // `from` names the request this page answers (a device refuses a page of another request).
  return { cursor: formatCursor(last, nowMs), from: req.cursor, hasMore, changes, resetRequired: false };
}

interface ChangeRow {
  seq: string | number;
  kind: 'case' | 'tombstone' | 'record' | 'config' | 'conduct';
  record_id: string;
  record_kind: string | null;
  reason: 'out_of_scope' | 'deleted' | null;
  data: object | null;
  case_id: string | null;
  user_id: string | null;
  device_id: string | null;
  received_at: Date | string | null;
  args: object | null;
  config_kind: string | null;
  config_scope: string | null;
  config_key: string | null;
  config_version: number | null;
  config_payload: object | null;
  config_by: string | null;
  config_at: Date | string | null;
  /** A conduct_exceptions row as JSON (its timestamps as text). */
  conduct: Omit<ExceptionRow, 'case_number'> | null;
  conduct_case_number: string | null;
}

/** A field record goes down as what the device said (its args), who said it and when head office got it. */
function toChange(r: ChangeRow): PullChange {
  if (r.kind === 'case') return { kind: 'case', id: r.record_id, data: r.data };
  if (r.kind === 'tombstone') return { kind: 'tombstone', id: r.record_id, of: 'case', reason: r.reason ?? 'deleted' };
  if (r.kind === 'config') {
    const data = { kind: r.config_kind, scope: r.config_scope, key: r.config_key, version: Number(r.config_version), payload: r.config_payload, publishedBy: r.config_by, publishedAt: new Date(r.config_at!).toISOString() };
    return { kind: 'config', id: r.record_id, data };
  }
  if (r.kind === 'conduct') {
    // As a record about the branch (no case, like a target), named conductException: a device that does not know
    // the name skips it (shared/conduct/exceptions.ts CONDUCT_EXCEPTION_RECORD). Its maker is the collector.
    const x = exceptionOfRow({ ...r.conduct!, case_number: r.conduct_case_number });
    return { kind: 'record', id: x.id, caseId: null, name: CONDUCT_EXCEPTION_RECORD, data: { userId: x.userId, deviceId: x.deviceId, receivedAt: x.foundAt, args: x } };
  }
  return {
    kind: 'record',
    id: r.record_id,
    caseId: r.case_id,
    name: r.record_kind!,
    data: { userId: r.user_id, deviceId: r.device_id, receivedAt: new Date(r.received_at!).toISOString(), args: r.args },
  };
}

/**
 * Drops tombstones older than the retention (cursors that old get resetRequired) and case changes that a
 * later change of the same case supersedes (never sent). Returns how many rows went.
 */
export async function pruneChanges(db: Queryable, nowMs: number, settings: PullSettings): Promise<number> {
  const before = new Date(nowMs - settings.tombstoneRetentionDays * DAY_MS).toISOString();
  const tomb = await db.query(`DELETE FROM changes WHERE kind = 'tombstone' AND created_at < $1`, [before]);
  const superseded = await db.query(`DELETE FROM changes ch USING cases c WHERE ch.kind = 'case' AND c.id = ch.record_id AND c.updated_seq <> ch.seq`);
  const relogged = await db.query(
    `DELETE FROM changes ch USING field_records fr WHERE ch.kind = 'record' AND fr.kind = ch.record_kind AND fr.id = ch.record_id AND fr.updated_seq <> ch.seq`,
  );
  // A published configuration's older versions stay in published_configs; only their change-log rows go.
  const olderConfig = await db.query(
    `DELETE FROM changes ch USING published_configs pc WHERE ch.kind = 'config' AND pc.change_seq = ch.seq
        AND pc.version < (SELECT max(p2.version) FROM published_configs p2 WHERE p2.kind = pc.kind AND p2.scope = pc.scope AND p2.key = pc.key)`,
  );
  const olderConduct = await db.query(
    `DELETE FROM changes ch USING conduct_exceptions cx WHERE ch.kind = 'conduct' AND cx.id::text = ch.record_id AND cx.change_seq <> ch.seq`,
  );
  return tomb.rowCount + superseded.rowCount + relogged.rowCount + olderConfig.rowCount + olderConduct.rowCount;
}
