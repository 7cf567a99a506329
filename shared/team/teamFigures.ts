import { addDays, instantMs } from '../calendar';
import type { Role } from '../domain/staff';
import type { CaseRow } from '../domain/caseSummary';
import { OUTCOMES, type OutcomeTable } from '../fieldwork/outcomes';
import { evaluatePromises } from '../fieldwork/promises';
import { countOnce } from '../payments/countOnce';
import type { Activity, Dispute, Payment, PromiseToPay, Receipt } from '../fieldwork/records';
import type { TeamPeriod } from './teamPeriod';

/**
 * The supervisor's team view (团队, docs/domain.md "Team view"): one row per member of the branch, from the
 * records on the device as of its last sync. Two kinds of figure:
 * - by who did it (the record's user): contacts, receipts, letters, overrides;
 * - by who holds the case now (its list row's officer): cases, amount, promises, open disputes and complaints.
 * Only records of the cases in `rows` count (the branch's cases on this device; the demo store holds every
 * branch), and records outside the period are ignored, so a caller may pass more than the period (the device
 * reads only what the period needs; the test passes everything).
 */

export interface TeamMember {
  id: string;
  name: string;
  role: Role;
  /** The latest sync of the member's devices (not revoked); null: never synced; undefined: not known here. */
  lastSyncAt: string | null | undefined;
}

/** What a letter-register entry must say for the team view (the register's row type is the renderer's). */
export interface IssuedLetter {
  caseId: string;
  issuerId: string;
  issuedAt: string;
  /** A re-print (副本) under the same number: not another letter. */
  copy: boolean;
  voided: unknown;
}

export interface TeamRecords {
  rows: readonly Pick<CaseRow, 'id' | 'officerId' | 'officerName' | 'totalFen'>[];
  /** `override` and `voided` are only tested for null (the device reads them sealed, without decrypting). */
  activities: readonly (Pick<Activity, 'caseId' | 'userId' | 'outcome' | 'at'> & { override: unknown })[];
  promises: readonly Pick<PromiseToPay, 'id' | 'caseId' | 'amountFen' | 'dueDate' | 'createdAt'>[];
  payments: readonly Pick<Payment, 'id' | 'caseId' | 'amountFen' | 'paidOn' | 'recordedAt' | 'source' | 'reference'>[];
  receipts: readonly (Pick<Receipt, 'caseId' | 'userId' | 'amountFen' | 'receivedAt'> & { voided: unknown })[];
  letters: readonly IssuedLetter[];
  disputes: readonly Pick<Dispute, 'caseId' | 'kind' | 'resolvedAt'>[];
}

export interface TeamCounts {
  cases: number;
  amountFen: number;
  attemptsToday: number;
  connectedToday: number;
  rightPartyToday: number;
  promisesDueToday: number;
  promisesBrokenThisWeek: number;
  receiptsToday: number;
  receiptsTodayFen: number;
  lettersToday: number;
  lettersThisWeek: number;
  overridesThisWeek: number;
  disputesOpen: number;
  complaintsOpen: number;
}

export const TEAM_COUNT_KEYS = [
  'cases', 'amountFen', 'attemptsToday', 'connectedToday', 'rightPartyToday', 'promisesDueToday', 'promisesBrokenThisWeek',
  'receiptsToday', 'receiptsTodayFen', 'lettersToday', 'lettersThisWeek', 'overridesThisWeek', 'disputesOpen', 'complaintsOpen',
] as const satisfies readonly (keyof TeamCounts)[];

export type TeamRowKind = 'member' | 'former' | 'unassigned';

export interface TeamRow extends TeamCounts {
  /** The staff id; '' for the unassigned row. */
  key: string;
  kind: TeamRowKind;
  /** The member's name; for a former officer the name their cases still carry (null if none). */
  name: string | null;
  role: Role | null;
  lastSyncAt: string | null | undefined;
}

export interface TeamFigures {
  rows: TeamRow[];
  totals: TeamCounts;
}

export interface TeamOptions {
  graceDays: number;
  outcomes?: OutcomeTable;
}

export const emptyCounts = (): TeamCounts => ({
  cases: 0, amountFen: 0, attemptsToday: 0, connectedToday: 0, rightPartyToday: 0, promisesDueToday: 0, promisesBrokenThisWeek: 0,
  receiptsToday: 0, receiptsTodayFen: 0, lettersToday: 0, lettersThisWeek: 0, overridesThisWeek: 0, disputesOpen: 0, complaintsOpen: 0,
});

const present = (v: unknown) => v !== null && v !== undefined;

const isMemberShown = (m: TeamMember, counts: TeamCounts) => m.role === 'collector' || TEAM_COUNT_KEYS.some((k) => counts[k] !== 0);

export function teamFigures(members: readonly TeamMember[], records: TeamRecords, period: TeamPeriod, options: TeamOptions): TeamFigures {
  const outcomes = options.outcomes ?? OUTCOMES;
  const counts = new Map<string, TeamCounts>();
  const former = new Map<string, string | null>();
  const of = (key: string) => {
    let c = counts.get(key);
    if (!c) counts.set(key, (c = emptyCounts()));
    return c;
  };
  const inToday = (ms: number) => ms >= period.todayStartMs && ms < period.todayEndMs;
  const inWeek = (ms: number) => ms >= period.weekStartMs && ms < period.todayEndMs;

  const holder = new Map<string, string>();
  for (const r of records.rows) {
    const key = r.officerId ?? '';
    holder.set(r.id, key);
    const c = of(key);
    c.cases += 1;
    c.amountFen += r.totalFen;
    if (r.officerId !== null && !former.has(key)) former.set(key, r.officerName);
  }

  for (const a of records.activities) {
    if (!holder.has(a.caseId)) continue;
    const ms = instantMs(a.at);
    if (!inWeek(ms)) continue;
    const c = of(a.userId);
    if (present(a.override)) c.overridesThisWeek += 1;
    if (!inToday(ms)) continue;
    c.attemptsToday += 1;
    if (outcomes[a.outcome].connected) c.connectedToday += 1;
    if (outcomes[a.outcome].rightParty) c.rightPartyToday += 1;
  }

  const held = records.promises.filter((p) => holder.has(p.caseId));
  const evaluations = evaluatePromises(held, countOnce(records.payments), period.today, { graceDays: options.graceDays, timeZone: period.timeZone });
  for (const e of evaluations) {
    const c = of(holder.get(e.caseId)!);
    if (e.dueDate === period.today) c.promisesDueToday += 1;
    const brokeOn = addDays(e.graceEndsOn, 1);
    if (e.state === 'broken' && brokeOn >= period.weekStart && brokeOn <= period.today) c.promisesBrokenThisWeek += 1;
  }

  for (const r of records.receipts) {
    if (!holder.has(r.caseId) || present(r.voided) || !inToday(instantMs(r.receivedAt))) continue;
    const c = of(r.userId);
    c.receiptsToday += 1;
    c.receiptsTodayFen += r.amountFen;
  }

  for (const l of records.letters) {
    if (!holder.has(l.caseId) || l.copy || present(l.voided)) continue;
    const ms = instantMs(l.issuedAt);
    if (!inWeek(ms)) continue;
    const c = of(l.issuerId);
    c.lettersThisWeek += 1;
    if (inToday(ms)) c.lettersToday += 1;
  }

  for (const d of records.disputes) {
    const key = holder.get(d.caseId);
    if (key === undefined || d.resolvedAt !== null) continue;
    of(key)[d.kind === 'complaint' ? 'complaintsOpen' : 'disputesOpen'] += 1;
  }

  return assemble(members, counts, former);
}

const byName = (a: TeamRow, b: TeamRow) => (a.name ?? a.key).localeCompare(b.name ?? b.key, 'zh-CN') || a.key.localeCompare(b.key);

/** Members first (collectors, then others with work), then former officers and people not in the list, then unassigned. */
function assemble(members: readonly TeamMember[], counts: Map<string, TeamCounts>, former: Map<string, string | null>): TeamFigures {
  const rows: TeamRow[] = [];
  const listed = new Set<string>();
  for (const m of members) {
    if (listed.has(m.id)) continue;
    listed.add(m.id);
    const c = counts.get(m.id) ?? emptyCounts();
    if (isMemberShown(m, c)) rows.push({ ...c, key: m.id, kind: 'member', name: m.name, role: m.role, lastSyncAt: m.lastSyncAt });
  }
  rows.sort((a, b) => Number(b.role === 'collector') - Number(a.role === 'collector') || byName(a, b));
  const others: TeamRow[] = [];
  for (const [key, c] of counts) {
    if (key === '' || listed.has(key)) continue;
    others.push({ ...c, key, kind: 'former', name: former.get(key) ?? null, role: null, lastSyncAt: undefined });
  }
  rows.push(...others.sort(byName));
  const unassigned = counts.get('');
  if (unassigned) rows.push({ ...unassigned, key: '', kind: 'unassigned', name: null, role: null, lastSyncAt: undefined });
  const totals = emptyCounts();
  for (const r of rows) for (const k of TEAM_COUNT_KEYS) totals[k] += r[k];
  return { rows, totals };
}
