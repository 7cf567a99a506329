import { isDeepStrictEqual } from 'node:util';
import type { Table } from 'dexie';
import { SYNC_META, type StoredRejection } from '../../../renderer/src/sync/syncClient';
import { CaseSchema } from '../../../shared/domain/case';
import { PullResponseSchema, type PullChange } from '../../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import type { SimDevice } from './device';
import type { HeadOffice } from './headOffice';

/** Objects compared whatever their key order (jsonb does not keep it). */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : value,
  );

/**
 * A record by what it says, not by the key head office files it under (that depends on the kind's policy):
 * the mutation name and its arguments.
 */
const contentKey = (name: string, args: unknown) => `${name} ${canonical(args)}`;

/**
 * Refusals that are the protocol working, not a loss: a status change the state machine refused (another
 * device moved the case first), and a second void of a receipt or letter another device of the same
 * collector had already voided (a record is voided once; it is void either way).
 */
const legitimateRejection = (name: string, code: string, message: string) =>
  // A supervisor's move from an assignment head office has since changed (the import or another move came first).
  (name === 'assignCase' && (code === 'conflict' || code === 'out_of_scope')) ||
  // Two laptops proposed the same case for outsourcing offline: head office keeps the first.
  (name === 'proposeOutsourcing' && code === 'conflict' && /already has outsourcing proposal|already with an agency/.test(message)) ||
  code === 'conflict' && (name === 'setCaseStatus' || ((name === 'voidReceipt' || name === 'voidLetter') && /already voided/.test(message)));

interface FieldRecord {
  kind: string;
  id: string;
  device_id: string;
  data: { args: Record<string, unknown> };
}

/**
 * No acknowledged write lost: every entry the device no longer holds (head office answered applied or
 * duplicate) exists at head office with the same content; none was rejected (the simulation only does
 * valid work; a status change the state machine refuses is the one legitimate rejection).
 * No duplicates: every record once at head office (by content, by receipt number, by original letter
 * number), and every record head office holds for a device is one the device made.
 */
export async function checkNoLossNoDuplicates(ho: HeadOffice, devices: readonly SimDevice[]): Promise<string[]> {
  const problems: string[] = [];
  const records = (await ho.db.query<FieldRecord>('SELECT kind, id, device_id, data FROM field_records')).rows;
  const byContent = new Map<string, FieldRecord[]>();
  for (const r of records) {
    const key = contentKey(r.kind, r.data.args);
    byContent.set(key, [...(byContent.get(key) ?? []), r]);
  }
  for (const [key, same] of byContent) if (same.length > 1) problems.push(`head office holds one record ${same.length} times: ${key.slice(0, 160)}`);
  for (const d of devices) {
    await d.trackOutbox();
    const still = new Set((await d.db.outbox.toCollection().primaryKeys()) as number[]);
    const rejections = ((await d.db.meta.get(SYNC_META.rejections))?.value as StoredRejection[] | undefined) ?? [];
    for (const r of rejections) {
      if (!legitimateRejection(r.name, r.reason.code, r.reason.message)) problems.push(`${d.name}: head office rejected mutation ${r.mutationId} (${r.name} on ${r.caseId}): ${r.reason.code} ${r.reason.message}`);
    }
    const rejected = new Set(rejections.map((r) => r.mutationId));
    const decisions = (
      await ho.db.query<{ mutation_id: number; status: string; reason_code: string | null; reason_message: string | null }>(
        'SELECT mutation_id, status, reason_code, reason_message FROM mutations_applied WHERE device_id = $1',
        [d.deviceId],
      )
    ).rows;
    const decided = new Map(decisions.map((r) => [Number(r.mutation_id), r.status]));
    const reasons = new Map(decisions.map((r) => [Number(r.mutation_id), `${r.reason_code}: ${r.reason_message}`]));
    const made = new Set<string>();
    for (const e of d.queued) {
      const key = contentKey(e.name, JSON.parse(JSON.stringify(e.args)));
      made.add(key);
      if (still.has(e.mutationId) || rejected.has(e.mutationId)) continue;
      const what = `${d.name}: acknowledged mutation ${e.mutationId} (${e.name} on ${e.caseId})`;
      const status = decided.get(e.mutationId);
      if (status === 'rejected') {
        // Head office refused it, but the device dropped it as if accepted: the collector never sees why.
        problems.push(`${what} was rejected at head office (${reasons.get(e.mutationId)}) but the device holds no rejection for it`);
        continue;
      }
      if (status !== 'applied' && status !== 'duplicate') problems.push(`${what} has no applied decision at head office (${status ?? 'none'})`);
      // A status change to where the case already is was a no-op at head office: nothing to store.
      if ((e.name === 'setCaseStatus' || e.name === 'assignCase') && status === 'duplicate') continue;
      if (!byContent.has(key)) problems.push(`${what} is missing from head office`);
    }
    for (const r of records) {
      if (r.device_id === d.deviceId && !made.has(contentKey(r.kind, r.data.args))) problems.push(`${d.name}: head office holds ${r.kind} ${r.id} that the device never made`);
    }
  }
  const numbers = new Map<string, number>();
  for (const r of records) {
    const isReceipt = r.kind === 'recordReceipt';
    const isLetter = r.kind === 'issueLetter' && r.data.args.copy === false;
    if (!isReceipt && !isLetter) continue;
    const key = `${isReceipt ? 'receipt' : 'letter'} ${String(r.data.args.number)}`;
    numbers.set(key, (numbers.get(key) ?? 0) + 1);
  }
  for (const [key, n] of numbers) if (n > 1) problems.push(`head office holds ${key} ${n} times`);
  return problems;
}

type Held = Record<string, unknown> & { id: string };
type Tables = (d: SimDevice) => Table<Held, string>;

/** Where a record head office sends lands on the device, by the mutation that made it. */
const CREATED_IN: Record<string, Tables> = {
  recordActivity: (d) => d.db.activities as never,
  createPromise: (d) => d.db.promises as never,
  recordPayment: (d) => d.db.payments as never,
  createPlan: (d) => d.db.plans as never,
  recordReceipt: (d) => d.db.receipts as never,
  planVisit: (d) => d.db.visits as never,
  openDispute: (d) => d.db.disputes as never,
  issueLetter: (d) => d.db.letters as never,
  proposeArrangement: (d) => d.db.arrangements as never,
  requestOverride: (d) => d.db.overrideRequests as never,
  referLegal: (d) => d.db.legalReferrals as never,
  recordLegalStep: (d) => d.db.legalSteps as never,
  recordLegalBundle: (d) => d.db.legalBundles as never,
  proposeOutsourcing: (d) => d.db.outsourcingProposals as never,
  recordCustomerFacts: (d) => d.db.customerFacts as never,
  addRelatedParty: (d) => d.db.relatedParties as never,
};
/** Corrections: the corrected record on the device must show them. */
const VOIDS: Record<string, { table: Tables; ref: string }> = {
  voidReceipt: { table: (d) => d.db.receipts as never, ref: 'receiptId' },
  voidLetter: { table: (d) => d.db.letters as never, ref: 'letterId' },
};
/** A dispute's review and resolution: the dispute on the device shows head office's (the first it took). */
const DISPUTE_STEPS: Record<string, { at: string; fields: readonly string[] }> = {
  reviewDispute: { at: 'reviewedAt', fields: ['reviewedAt'] },
  resolveDispute: { at: 'resolvedAt', fields: ['resolvedAt', 'outcome', 'resolution'] },
};
/** Fields a record keeps under the same name as its mutation's args, compared when both have them. */
const SAME_NAMED = ['caseId', 'amountFen', 'number', 'outcome', 'channel', 'partyId', 'payerName', 'method', 'dueDate', 'agreedTotalFen', 'type'];

async function checkRecord(d: SimDevice, ch: PulledChange): Promise<string | null> {
  const args = ((ch.data as { args?: Record<string, unknown> } | null)?.args ?? {}) as Record<string, unknown>;
  const created = CREATED_IN[ch.name ?? ''];
  if (created) {
    const held = await created(d).get(ch.id);
    if (!held) return `${ch.name} ${ch.id} of its scope is at head office but not on the device`;
    const differ = SAME_NAMED.filter((k) => k in args && k in held && !isDeepStrictEqual(args[k], held[k]));
    return differ.length > 0 ? `${ch.name} ${ch.id} differs from head office's in ${differ.join(', ')}` : null;
  }
  const voids = VOIDS[ch.name ?? ''];
  if (voids) {
    const target = String(args[voids.ref]);
    const held = await voids.table(d).get(target);
    if (!held) return `${ch.name}: the voided record ${target} is not on the device`;
    const voided = held.voided as { at?: string; reason?: string } | null | undefined;
    if (!voided) return `${ch.name}: ${target} is voided at head office but not on the device`;
    // Head office's void (the first one it took) is the one every device shows.
    return voided.at === args.voidedAt && voided.reason === args.reason ? null : `${ch.name}: ${target} shows a void of ${String(voided.at)} on the device, head office's is of ${String(args.voidedAt)}`;
  }
  if (ch.name === 'retireRelatedParty') {
    // Head office's retirement (the first it took) is the one every device shows.
    const held = await d.db.relatedParties.get(String(args.partyId));
    if (!held) return `retireRelatedParty: the person ${String(args.partyId)} is not on the device`;
    const r = held.retired;
    if (!r) return `retireRelatedParty: ${held.id} is retired at head office but not on the device`;
    return r.at === args.retiredAt && r.reason === args.reason && r.replacedBy === args.replacedBy ? null : `retireRelatedParty: ${held.id} shows a retirement of ${r.at} on the device, head office's is of ${String(args.retiredAt)}`;
  }
  if (ch.name === 'decideLegalReferral' || ch.name === 'reviewLegalReferral') {
    // The supervisor's decision, then head office's review: the referral on the device shows the first each took.
    const held = await d.db.legalReferrals.get(String(args.referralId));
    if (!held) return `${ch.name}: referral ${String(args.referralId)} is not on the device`;
    const decision = ch.name === 'decideLegalReferral' ? held.supervisorDecision : held.headOfficeDecision;
    return decision && decision.reason === args.reason && decision.at === args.decidedAt ? null : `${ch.name}: referral ${held.id} on the device does not show head office's decision of ${String(args.decidedAt)}`;
  }
  if (ch.name === 'decideOutsourcing') {
    // The supervisor's decision (the first head office took) is the one every device shows.
    const held = await d.db.outsourcingProposals.get(String(args.proposalId));
    if (!held) return `decideOutsourcing: proposal ${String(args.proposalId)} is not on the device`;
    return held.decision && held.decision.reason === args.reason && held.decision.at === args.decidedAt ? null : `decideOutsourcing: proposal ${held.id} on the device does not show head office's decision of ${String(args.decidedAt)}`;
  }
  if (ch.name === 'decideArrangement') {
    // Head office's decision (the first it took) is the one every device shows.
    const held = await d.db.arrangements.get(String(args.arrangementId));
    if (!held) return `decideArrangement: the arrangement ${String(args.arrangementId)} is not on the device`;
    const status = args.decision === 'approve' ? 'approved' : 'rejected';
    return held.decision.status === status && held.decision.reason === args.reason ? null : `decideArrangement: ${held.id} is ${held.decision.status} on the device, ${status} at head office`;
  }
  const step = DISPUTE_STEPS[ch.name ?? ''];
  if (step) {
    const held = (await d.db.disputes.get(String(args.disputeId))) as Record<string, unknown> | undefined;
    if (!held) return `${ch.name}: dispute ${String(args.disputeId)} is not on the device`;
    const differ = step.fields.filter((k) => !isDeepStrictEqual(held[k], args[k]));
    return differ.length > 0 ? `${ch.name}: dispute ${String(args.disputeId)} differs from head office's in ${differ.join(', ')}` : null;
  }
  // Status, phones and addresses show in the case's data, compared above; other kinds are not kept apart.
  return null;
}

type PulledChange = PullChange & { data: unknown; name?: string };

/** Everything head office would send this device from scratch: its scope as pull sees it. */
async function freshPull(ho: HeadOffice, d: SimDevice): Promise<Map<string, PulledChange>> {
  const view = new Map<string, PulledChange>();
  let cursor: string | null = null;
  for (let page = 0; page < 10_000; page++) {
    const res = await fetch(`${ho.url()}/sync/pull`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${d.accessToken}` },
      body: JSON.stringify({ protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor, limit: 1000 }),
    });
    const body = PullResponseSchema.parse(await res.json());
    for (const ch of body.changes) {
      const named = ch as PulledChange;
      if (ch.kind === 'tombstone') {
        // A case that left the scope takes its records with it.
        view.delete(`${ch.of}/${ch.id}`);
        for (const [key, held] of view) if ((held as { caseId?: string }).caseId === ch.id) view.delete(key);
      }
      else view.set(`${ch.kind}/${named.name ?? ''}/${ch.id}`, named);
    }
    if (!body.hasMore) return view;
    cursor = body.cursor;
  }
  throw new Error('fresh pull did not end');
}

/**
 * After a fault-free round: the device holds exactly head office's cases of its scope (same ids, same data),
 * and every other record pull sends for its scope (once pull sends records); nothing is left to push.
 */
export async function checkConvergence(ho: HeadOffice, devices: readonly SimDevice[]): Promise<string[]> {
  const problems: string[] = [];
  for (const d of devices) {
    const pending = await d.db.outbox.count();
    if (pending > 0) problems.push(`${d.name}: ${pending} entries still in the outbox after the final round`);
    // Head office only sends what it checked: a record the device could not take is one it will lack.
    const bad = ((await d.db.meta.get(SYNC_META.badRecords))?.value as { kind: string; id: string; message: string }[] | undefined) ?? [];
    for (const b of bad) problems.push(`${d.name}: refused ${b.kind} ${b.id} from head office: ${b.message}`);
    // A supervisor's device holds the branch's cases (scope `branch`), a collector's their own.
    const branch = /^demo-supervisor-(\d+)$/.exec(d.userId)?.[1];
    const owned = branch
      ? (await ho.db.query<{ id: string; data: unknown }>('SELECT id, data FROM cases WHERE branch_code = $1 ORDER BY id', [branch])).rows
      : (await ho.db.query<{ id: string; data: unknown }>('SELECT id, data FROM cases WHERE officer_id = $1 ORDER BY id', [d.userId])).rows;
    const local = await d.db.cases.toArray();
    const localIds = local.map((c) => c.id).sort();
    const ownedIds = owned.map((c) => c.id);
    if (!isDeepStrictEqual(localIds, ownedIds)) {
      const extra = localIds.filter((id) => !ownedIds.includes(id));
      const missing = ownedIds.filter((id) => !localIds.includes(id));
      problems.push(`${d.name} (${d.userId}): cases differ from head office: extra [${extra.join(', ')}], missing [${missing.join(', ')}]`);
    }
    const localById = new Map(local.map((c) => [c.id, c]));
    for (const o of owned) {
      const mine = localById.get(o.id);
      if (mine && !isDeepStrictEqual(JSON.parse(JSON.stringify(mine)), JSON.parse(JSON.stringify(CaseSchema.parse(o.data))))) {
        problems.push(`${d.name}: case ${o.id} differs from head office's (${diffKeys(mine, CaseSchema.parse(o.data)).join(', ')})`);
      }
    }
    const view = await freshPull(ho, d);
    const pulledCases = [...view.values()].filter((ch) => ch.kind === 'case').map((ch) => ch.id).sort();
    if (!isDeepStrictEqual(pulledCases, ownedIds)) problems.push(`${d.name}: a fresh pull sends cases [${pulledCases.join(', ')}], head office assigns [${ownedIds.join(', ')}]`);
    let records = 0;
    for (const ch of view.values()) {
      if (ch.kind === 'case' || ch.kind === 'tombstone') continue;
      records++;
      const problem = await checkRecord(d, ch);
      if (problem) problems.push(`${d.name}: ${problem}`);
    }
    d.recordsCompared = records;
  }
  return problems;
}

function diffKeys(a: object, b: object): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => !isDeepStrictEqual(JSON.parse(JSON.stringify(ra[k] ?? null)), JSON.parse(JSON.stringify(rb[k] ?? null))));
}
