import type { DisputeHold } from '../../shared/compliance/holds';
import { attemptOf, recheckRecord, type RecheckSubject } from '../../shared/conduct';
import { CaseSchema, type Case } from '../../shared/domain/case';
import type { RecordActivityArgs } from '../../shared/records/activity';
import type { OutboxEntry } from '../../shared/sync/mutations';
import { changesLockReleased, holdsChangesLock } from '../db/changeLogLock';
import type { Queryable } from '../db/types';
import type { Applying } from '../sync/apply/context';
import { branchPack, type PackStamp } from './branchPack';
import { coverByOverride, storeExceptions } from './store';

/** How far back the case's history is read: no rule looks further than 7 days (the device reads 31, as here). */
const HISTORY_DAYS = 31;
const DAY_MS = 86_400_000;

/**
 * Head office's re-check of an applied push entry (issue 17 §6; docs/compliance.md, "Re-check at head office"):
 * a contact, a visit done or a letter issued is judged again with the rule pack of its case's branch, the case's
 * history from every device, and head office's clock when the device's is suspect; each rule it broke is kept as
 * a conduct exception. An override that arrives later covers the exceptions of the rules it names. Runs in the
 * push's transaction, after the record was written: a record is never refused for what this finds.
 */
export async function recheckConduct(a: Applying): Promise<void> {
  // What it writes goes in a savepoint of its own, taken before its first write: a re-check that fails leaves the
  // record accepted and the push going, rather than failing every retry of it. Its reads come first and need none (a
  // savepoint an entry is a round trip): a failure outside a statement (a case head office cannot read, a rule that
  // throws) changed nothing to roll back. Only a statement that failed before the savepoint leaves the transaction
  // unusable; the entry then fails as on any database error, and the device sends the push again.
  // Not released when it succeeds: releasing (or rolling back to) the push entry's savepoint around it ends it too.
  const lockedBefore = holdsChangesLock(a.tx);
  let writing = false;
  let readFailed = false;
  const reads: Queryable = {
    query<R>(sql: string, params?: readonly unknown[]) {
      return a.tx.query<R>(sql, params).catch((err: unknown) => {
        readFailed = true;
        throw err;
      });
    },
  };
  const beforeWriting = async () => {
    await a.tx.query('SAVEPOINT conduct_recheck');
    writing = true;
  };
  try {
    await recheck(a, reads, beforeWriting);
  } catch (err) {
    if (!writing && readFailed) throw err;
    if (writing) {
      await a.tx.query('ROLLBACK TO SAVEPOINT conduct_recheck');
      // A change-log lock first taken inside the savepoint went with it.
      if (!lockedBefore) changesLockReleased(a.tx);
    }
    console.error(`conduct re-check of ${a.entry.name} ${a.entry.id} failed; the record is kept unchecked:`, err instanceof Error ? err.message : err);
  }
}

/** The record an applied entry makes, when it is judged at all: a contact, a visit done, a letter issued (not a copy). */
function judgedRecordId(e: OutboxEntry): string | null {
  if (e.name === 'recordActivity' || e.name === 'recordVisit') return e.args.id;
  // A copy re-prints a letter already judged when it was issued.
  if (e.name === 'issueLetter' && !e.args.copy) return e.args.id;
  return null;
}

/** `reads` for every read (it notes a failed one), `a.tx` for the writes, after `beforeWriting`. */
async function recheck(a: Applying, reads: Queryable, beforeWriting: () => Promise<void>): Promise<void> {
  const e = a.entry;
  if (e.name === 'recordOverride') {
    if (e.args.subject === null) return;
    await beforeWriting();
    await coverByOverride(a.tx, e.args.subject.id, e.args.ruleIds, e.args.id, a.receivedAt.toISOString());
    return;
  }
  const recordId = judgedRecordId(e);
  if (e.caseId === null || recordId === null) return;
  const found = await loadCase(reads, e.caseId, recordId);
  if (found === null) return;
  const subject = subjectOf(e, found.caseRecord, a.receivedAt.toISOString());
  if (subject === null) return;
  const pack = await branchPack(reads, found.stamp);
  const history = historyOf(found.caseRecord, subject, found.records.filter((r) => r.kind === 'recordActivity'));
  const result = recheckRecord({ pack, subject, history, disputes: disputesOf(found.records) });
  if (result.findings.length === 0) return;
  const overridden = await overridesOf(reads, subject.recordId);
  await beforeWriting();
  await storeExceptions(a.tx, { subject, branchCode: found.branchCode, userId: e.userId, deviceId: e.deviceId, result, overridden });
}

function subjectOf(e: OutboxEntry, caseRecord: Case, receivedAt: string): RecheckSubject | null {
  const base = { caseRecord, receivedAt };
  switch (e.name) {
    case 'recordActivity':
      return { ...base, recordKind: 'recordActivity', recordId: e.args.id, partyId: e.args.partyId, channel: e.args.channel, phoneId: e.args.phoneId, claimedAt: e.args.at, text: e.args.notes };
    case 'recordVisit': {
      // The party whose address was visited; nobody on the case: a visit to a third party's address.
      const owner = caseRecord.parties.find((p) => p.addresses.some((ad) => ad.id === e.args.addressId));
      return { ...base, recordKind: 'recordVisit', recordId: e.args.id, partyId: owner?.id ?? null, channel: 'visit', phoneId: null, claimedAt: e.args.visitedAt, text: e.args.notes, staffCount: e.args.staff.length };
    }
    case 'issueLetter':
      // A copy re-prints a letter already judged when it was issued.
      if (e.args.copy) return null;
      return { ...base, recordKind: 'issueLetter', recordId: e.args.id, partyId: e.args.partyId, channel: 'letter', phoneId: null, claimedAt: e.args.issuedAt, text: '' };
    default:
      return null;
  }
}

/**
 * Everything the re-check reads of the case, in one statement: the case; what decides its branch's pack
 * (branchPack.ts: the pack is rebuilt only when head office set another pack for the branch or published new
 * parameters for it); and its other records the rules read: its contacts from every device (historyOf keeps those
 * around both times the record is judged at: later contacts of the same day count too, the engine counts a day's
 * attempts and the one that arrives last is the one over the cap), and its disputes and complaints, open or resolved.
 */
async function loadCase(tx: Queryable, caseId: string, recordId: string): Promise<{ caseRecord: Case; branchCode: string; stamp: PackStamp; records: CaseRecordRow[] } | null> {
  const res = await tx.query<{ data: unknown; branch_code: string; rule_pack: string | null; params_seq: number | string | null; records: CaseRecordRow[] }>(
    `SELECT c.data, c.branch_code, b.rule_pack,
            (SELECT max(pc.change_seq) FROM published_configs pc WHERE pc.kind = 'rulePackParams' AND pc.scope = c.branch_code) AS params_seq,
            (SELECT coalesce(json_agg(json_build_object('kind', fr.kind, 'args', fr.data -> 'args')), '[]'::json)
               FROM field_records fr
              WHERE fr.case_id = c.id AND (fr.kind IN ('openDispute', 'resolveDispute') OR (fr.kind = 'recordActivity' AND fr.id <> $2))) AS records
       FROM cases c LEFT JOIN branches b ON b.code = c.branch_code
      WHERE c.id = $1`,
    [caseId, recordId],
  );
  const row = res.rows[0];
  if (!row) return null;
  const parsed = CaseSchema.safeParse(row.data);
  if (!parsed.success) return null;
  const stamp = { branchCode: row.branch_code, rulePack: row.rule_pack, paramsSeq: row.params_seq === null ? null : Number(row.params_seq) };
  return { caseRecord: parsed.data, branchCode: row.branch_code, stamp, records: row.records };
}

/** One of the case's other records, as the re-check reads it. */
interface CaseRecordRow {
  kind: string;
  args: RecordActivityArgs & DisputeArgs;
}

interface DisputeArgs {
  id?: string;
  disputeId?: string;
  kind?: string;
  openedAt?: string;
  resolvedAt?: string;
}

function historyOf(c: Case, s: RecheckSubject, rows: readonly { args: RecordActivityArgs }[]) {
  const times = [Date.parse(s.claimedAt), Date.parse(s.receivedAt)];
  const from = Math.min(...times) - HISTORY_DAYS * DAY_MS;
  const to = Math.max(...times) + DAY_MS;
  return rows
    .filter((r) => {
      const at = Date.parse(r.args.at);
      return at >= from && at <= to;
    })
    .map((r) => attemptOf(c, r.args));
}

function disputesOf(rows: readonly { kind: string; args: DisputeArgs }[]): DisputeHold[] {
  const resolved = new Map(rows.filter((r) => r.kind === 'resolveDispute').map((r) => [r.args.disputeId, r.args.resolvedAt ?? null]));
  return rows
    .filter((r) => r.kind === 'openDispute' && (r.args.kind === 'dispute' || r.args.kind === 'complaint') && r.args.openedAt !== undefined)
    .map((r) => ({ kind: r.args.kind as DisputeHold['kind'], openedAt: r.args.openedAt!, resolvedAt: resolved.get(r.args.id) ?? null }));
}

/** Rules an override already on head office covers for this record (an override pushed before its contact). */
async function overridesOf(tx: Queryable, recordId: string): Promise<Map<string, string>> {
  const res = await tx.query<{ id: string; rule_ids: string[] }>(
    "SELECT id, data -> 'args' -> 'ruleIds' AS rule_ids FROM field_records WHERE kind = 'recordOverride' AND data -> 'args' -> 'subject' ->> 'id' = $1",
    [recordId],
  );
  const out = new Map<string, string>();
  for (const r of res.rows) for (const rule of r.rule_ids) out.set(rule, r.id);
  return out;
}
