import { daysBetween } from '../calendar';
import type { Case } from '../domain/case';
import type { Arrangement } from '../records/arrangement';
import type { RepaymentPlan } from '../records/plan';
import { sumAmounts, waiverByComponent, type WaiverBreakdown } from './waiver';

/**
 * The supervisor's approvals inbox (待办审批, issue 13 §3): every request of the branch that waits for a
 * supervisor, each with what is asked, by whom, when, its evidence and its deadline, soonest deadline first.
 * Pure: the screen reads the records, this decides what is listed and in which order.
 */

/** The kinds of request the inbox lists; each has its section on the screen. */
export const INBOX_KINDS = ['plan', 'arrangement'] as const;
export type InboxKind = (typeof INBOX_KINDS)[number];

/** Where a request stands against its deadline, on the branch's today. */
export type Urgency = 'overdue' | 'due_today' | 'due_soon' | 'later' | 'no_deadline';
/** "Soon": within this many days of today. */
export const DUE_SOON_DAYS = 3;

interface ItemBase {
  id: string;
  caseId: string;
  caseNumber: string;
  /** The borrower's name (a case has exactly one borrower). */
  debtorName: string;
  /** Who asked (the record's maker). */
  makerId: string;
  askedAt: string;
  /** The local date by which a decision is needed, or null. */
  deadline: string | null;
  urgency: Urgency;
}

export interface PlanItem extends ItemBase {
  kind: 'plan';
  plan: RepaymentPlan;
  waiver: WaiverBreakdown;
  /** What the collector gave as the waiver's reason (the plan's notes); empty for plans made before it was required. */
  reason: string;
}

export interface ArrangementItem extends ItemBase {
  kind: 'arrangement';
  arrangement: Arrangement;
}

export type InboxItem = PlanItem | ArrangementItem;

/** The case fields an item needs (list rows do not carry balances per component). */
export type InboxCase = Pick<Case, 'id' | 'caseNumber' | 'parties' | 'accounts' | 'assignment'>;

/**
 * A pending plan's deadline: its first payment's due date. Until a supervisor approves it the plan does not
 * bind, so a decision after that day leaves the debtor unsure whether to pay.
 */
export const planDeadline = (plan: Pick<RepaymentPlan, 'instalments'>): string | null =>
  plan.instalments.reduce<string | null>((min, i) => (min === null || i.dueDate < min ? i.dueDate : min), null);

/** An arrangement's deadline: the date the collector said a decision is needed by, if any. */
export const arrangementDeadline = (a: Pick<Arrangement, 'decideBy'>): string | null => a.decideBy;

/** How a deadline stands on `today` (both local dates of the branch). */
export function urgencyOf(deadline: string | null, today: string): Urgency {
  if (deadline === null) return 'no_deadline';
  const days = daysBetween(today, deadline);
  if (days < 0) return 'overdue';
  if (days === 0) return 'due_today';
  return days <= DUE_SOON_DAYS ? 'due_soon' : 'later';
}

const borrowerName = (c: InboxCase): string => c.parties.find((p) => p.role === 'borrower')?.name ?? '';

export interface InboxInput {
  plans: readonly RepaymentPlan[];
  arrangements: readonly Arrangement[];
  cases: ReadonlyMap<string, InboxCase>;
  /** The supervisor's branch: only its cases are listed. */
  branchCode: string;
  /** The branch's today (a local date). */
  today: string;
}

/**
 * The requests waiting for a decision: plans pending approval and arrangements proposed, on cases of the
 * branch the device holds, sorted by deadline (soonest first; none last), then oldest request first.
 */
export function inboxItems(input: InboxInput): InboxItem[] {
  const items: InboxItem[] = [];
  const inBranch = (caseId: string) => {
    const c = input.cases.get(caseId);
    return c && c.assignment.branchCode === input.branchCode ? c : null;
  };
  const base = (c: InboxCase, id: string, makerId: string, askedAt: string, deadline: string | null) => ({
    id, caseId: c.id, caseNumber: c.caseNumber, debtorName: borrowerName(c), makerId, askedAt, deadline, urgency: urgencyOf(deadline, input.today),
  });
  for (const plan of input.plans) {
    const c = plan.approval.status === 'pending' ? inBranch(plan.caseId) : null;
    if (!c) continue;
    const waiver = waiverByComponent(sumAmounts(c.accounts.map((a) => a.amounts)), plan.waiverFen);
    items.push({ kind: 'plan', ...base(c, plan.id, plan.makerId, plan.createdAt, planDeadline(plan)), plan, waiver, reason: plan.notes?.trim() ?? '' });
  }
  for (const arrangement of input.arrangements) {
    const c = arrangement.decision.status === 'proposed' ? inBranch(arrangement.caseId) : null;
    if (!c) continue;
    items.push({ kind: 'arrangement', ...base(c, arrangement.id, arrangement.makerId, arrangement.proposedAt, arrangementDeadline(arrangement)), arrangement });
  }
  return items.sort(compareItems);
}

/** Soonest deadline first, no deadline last; then the oldest request; then by id, so the order is stable. */
export function compareItems(a: Pick<InboxItem, 'deadline' | 'askedAt' | 'id'>, b: Pick<InboxItem, 'deadline' | 'askedAt' | 'id'>): number {
  if (a.deadline !== b.deadline) {
    if (a.deadline === null) return 1;
    if (b.deadline === null) return -1;
    return a.deadline < b.deadline ? -1 : 1;
  }
  const at = Date.parse(a.askedAt) - Date.parse(b.askedAt);
  if (at !== 0) return at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** How many requests of each kind wait, and how many are overdue: the screen's header. */
export function inboxCounts(items: readonly InboxItem[]): { total: number; overdue: number; byKind: Record<InboxKind, number> } {
  const byKind = Object.fromEntries(INBOX_KINDS.map((k) => [k, 0])) as Record<InboxKind, number>;
  let overdue = 0;
  for (const item of items) {
    byKind[item.kind] += 1;
    if (item.urgency === 'overdue') overdue += 1;
  }
  return { total: items.length, overdue, byKind };
}
