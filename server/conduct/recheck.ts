import { getPack, DEFAULT_PACK_ID, type Pack } from '../../shared/compliance';
import type { DisputeHold } from '../../shared/compliance/holds';
import { attemptOf, recheckRecord, type RecheckSubject } from '../../shared/conduct';
import { CaseSchema, type Case } from '../../shared/domain/case';
import { packWithParams, RulePackParamsSchema } from '../../shared/publishedConfig';
import type { RecordActivityArgs } from '../../shared/records/activity';
import type { OutboxEntry } from '../../shared/sync/mutations';
import { currentConfigs } from '../console/config/store';
import { changesLockReleased, holdsChangesLock } from '../db/changeLogLock';
import type { Queryable } from '../db/types';
import type { Applying } from '../sync/apply/context';
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
  // In a savepoint of its own: a re-check that fails (a case head office cannot read) leaves the record accepted and
  // the push going, rather than failing every retry of it. Not released here when it succeeds: releasing (or rolling
  // back to) the push entry's savepoint around it ends it too, as the commit would, one round trip fewer an entry.
  const lockedBefore = holdsChangesLock(a.tx);
  await a.tx.query('SAVEPOINT conduct_recheck');
  try {
    await recheck(a);
  } catch (err) {
    await a.tx.query('ROLLBACK TO SAVEPOINT conduct_recheck');
    // A change-log lock first taken inside the savepoint went with it.
    if (!lockedBefore) changesLockReleased(a.tx);
    console.error(`conduct re-check of ${a.entry.name} ${a.entry.id} failed; the record is kept unchecked:`, err instanceof Error ? err.message : err);
  }
}

async function recheck(a: Applying): Promise<void> {
  const e = a.entry;
  if (e.name === 'recordOverride') {
    if (e.args.subject !== null) await coverByOverride(a.tx, e.args.subject.id, e.args.ruleIds, e.args.id, a.receivedAt.toISOString());
    return;
  }
  if (e.caseId === null) return;
  const found = await loadCase(a.tx, e.caseId);
  if (found === null) return;
  const subject = subjectOf(e, found.caseRecord, a.receivedAt.toISOString());
  if (subject === null) return;
  const pack = await packOf(a.tx, found.branchCode);
  const { history, disputes } = await caseRecordsOf(a.tx, found.caseRecord, subject);
  const result = recheckRecord({ pack, subject, history, disputes });
  if (result.findings.length === 0) return;
  const overridden = await overridesOf(a.tx, subject.recordId);
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

async function loadCase(tx: Queryable, caseId: string): Promise<{ caseRecord: Case; branchCode: string } | null> {
  const res = await tx.query<{ data: unknown; branch_code: string }>('SELECT data, branch_code FROM cases WHERE id = $1', [caseId]);
  const row = res.rows[0];
  if (!row) return null;
  const parsed = CaseSchema.safeParse(row.data);
  return parsed.success ? { caseRecord: parsed.data, branchCode: row.branch_code } : null;
}

/**
 * Packs read in one transaction (a push), by branch: a push's entries are usually of one branch, and neither the
 * branch's pack nor its published parameters change inside a push. Never kept across transactions: the console
 * may publish new parameters at any time, and the next push must judge by them.
 */
const packsOfTransaction = new WeakMap<Queryable, Map<string, Promise<Pack>>>();

/** The pack head office set for the branch (branches.rule_pack), with the parameters it published for the branch. */
function packOf(tx: Queryable, branchCode: string): Promise<Pack> {
  let packs = packsOfTransaction.get(tx);
  if (!packs) packsOfTransaction.set(tx, (packs = new Map()));
  let pack = packs.get(branchCode);
  if (!pack) {
    pack = readPack(tx, branchCode);
    packs.set(branchCode, pack);
    // A failed read is not kept: the re-check's savepoint rolls back, and the next entry reads again.
    pack.catch(() => packs.delete(branchCode));
  }
  return pack;
}

async function readPack(tx: Queryable, branchCode: string): Promise<Pack> {
  const res = await tx.query<{ rule_pack: string }>('SELECT rule_pack FROM branches WHERE code = $1', [branchCode]);
  let pack: Pack;
  try {
    pack = getPack(res.rows[0]?.rule_pack ?? DEFAULT_PACK_ID);
  } catch {
    pack = getPack(DEFAULT_PACK_ID);
  }
  const published = (await currentConfigs(tx, 'rulePackParams', branchCode)).find((c) => c.scope === branchCode);
  const params = published ? RulePackParamsSchema.safeParse(published.payload) : null;
  return packWithParams(pack, params?.success ? params.data : null);
}

/**
 * What the rules read of the case's other records, in one query: its contacts from every device around both times
 * the record is judged at (later contacts of the same day count too: the engine counts a day's attempts, and the
 * one that arrives last is the one over the cap), and its disputes and complaints, open or resolved.
 */
async function caseRecordsOf(tx: Queryable, c: Case, s: RecheckSubject): Promise<{ history: ReturnType<typeof attemptOf>[]; disputes: DisputeHold[] }> {
  const res = await tx.query<{ kind: string; args: RecordActivityArgs & DisputeArgs }>(
    "SELECT kind, data -> 'args' AS args FROM field_records WHERE case_id = $1 AND (kind IN ('openDispute', 'resolveDispute') OR (kind = 'recordActivity' AND id <> $2))",
    [c.id, s.recordId],
  );
  return { history: historyOf(c, s, res.rows.filter((r) => r.kind === 'recordActivity')), disputes: disputesOf(res.rows) };
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
