import { addDays, addMonths, DEFAULT_TIME_ZONE, instantMs, isLocalDate, localDateOf } from '../calendar';
import type { Payment } from '../records/payment';
import type { Instalment, PlanApproval, RepaymentPlan } from '../records/plan';
import { PLAN_MAX_INSTALMENTS } from '../records/limits';

export { validateCustomSchedule, type ScheduleProblem, type ScheduleProblemCode } from '../records/schedule';

// ---------------------------------------------------------------------------------------------------------
// Schedules
// ---------------------------------------------------------------------------------------------------------

export type ScheduleInterval = 'monthly' | 'weekly' | 'biweekly';

export interface ScheduleInput {
  /** The agreed total, down payment included. */
  totalFen: number;
  downPaymentFen: number;
  /** Instalments after the down payment. */
  count: number;
  firstDueDate: string;
  interval: ScheduleInterval;
}

/** shared/records/limits.ts says why 360. */
export const MAX_INSTALMENTS = PLAN_MAX_INSTALMENTS;

export type ScheduleInputCode = 'total_invalid' | 'down_payment_invalid' | 'count_invalid' | 'date_invalid' | 'instalment_too_small';

export class ScheduleInputError extends Error {
  override readonly name = 'ScheduleInputError';
  constructor(readonly code: ScheduleInputCode) {
    super(`cannot build the schedule: ${code}`);
  }
}

/** What is wrong with the input of buildSchedule, or null: lets a form explain before building. */
export function checkScheduleInput(input: ScheduleInput): ScheduleInputCode | null {
  const { totalFen, downPaymentFen, count, firstDueDate } = input;
  if (!Number.isSafeInteger(totalFen) || totalFen <= 0) return 'total_invalid';
  if (!Number.isSafeInteger(downPaymentFen) || downPaymentFen < 0 || downPaymentFen >= totalFen) return 'down_payment_invalid';
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALMENTS) return 'count_invalid';
  if (!isLocalDate(firstDueDate)) return 'date_invalid';
  if (totalFen - downPaymentFen < count) return 'instalment_too_small'; // some instalment would be 0 fen
  return null;
}

function dueDateAt(first: string, interval: ScheduleInterval, periods: number): string {
  if (interval === 'monthly') return addMonths(first, periods);
  return addDays(first, periods * (interval === 'weekly' ? 7 : 14));
}

/**
 * An equal-instalment schedule. The down payment (when > 0) is seq 0, due on firstDueDate; instalments 1…count
 * follow one interval apart (the first on firstDueDate when there is no down payment). Amounts sum exactly to
 * totalFen: each instalment is floor(rest / count) and the remainder fen are spread one by one onto the
 * first instalments, so no instalment differs from another by more than 1 fen and the customer pays the odd
 * fen early rather than in a larger last instalment. Monthly dates keep firstDueDate's day of month, clamped
 * to the month's end (01-31 → 02-28/29 → 03-31). Throws ScheduleInputError (see checkScheduleInput).
 */
export function buildSchedule(input: ScheduleInput): Instalment[] {
  const problem = checkScheduleInput(input);
  if (problem) throw new ScheduleInputError(problem);
  const { totalFen, downPaymentFen, count, firstDueDate, interval } = input;
  const rest = totalFen - downPaymentFen;
  const base = Math.floor(rest / count);
  const remainder = rest - base * count;
  const offset = downPaymentFen > 0 ? 1 : 0;
  const instalments: Instalment[] = downPaymentFen > 0 ? [{ seq: 0, dueDate: firstDueDate, amountFen: downPaymentFen }] : [];
  for (let seq = 1; seq <= count; seq++) {
    instalments.push({ seq, dueDate: dueDateAt(firstDueDate, interval, seq - 1 + offset), amountFen: base + (seq <= remainder ? 1 : 0) });
  }
  return instalments;
}

// ---------------------------------------------------------------------------------------------------------
// Drafting and approval (maker-checker)
// ---------------------------------------------------------------------------------------------------------

/** A waiver above the branch's limit needs a supervisor's approval before the plan binds. */
export function needsApproval(plan: Pick<RepaymentPlan, 'waiverFen'>, branchWaiverLimitFen: number): boolean {
  return plan.waiverFen > branchWaiverLimitFen;
}

export interface PlanDraft {
  id: string;
  caseId: string;
  outstandingFen: number;
  /** Down payment (if any) as seq 0; the agreed total is their sum. */
  instalments: Instalment[];
  kind: RepaymentPlan['kind'];
  createdAt: string;
  makerId: string;
}

/** A new plan with its totals and waiver derived and its approval pending when the waiver is above the limit. */
export function draftPlan(draft: PlanDraft, branchWaiverLimitFen: number): RepaymentPlan {
  const agreedTotalFen = draft.instalments.reduce((s, i) => s + i.amountFen, 0);
  if (agreedTotalFen > draft.outstandingFen) throw new RangeError('the agreed total is more than the outstanding balance');
  const waiverFen = draft.outstandingFen - agreedTotalFen;
  const first = draft.instalments[0];
  const approval: PlanApproval = {
    status: waiverFen > branchWaiverLimitFen ? 'pending' : 'not_needed',
    approverId: null,
    decidedAt: null,
    reason: null,
  };
  return {
    ...draft,
    instalments: [...draft.instalments],
    agreedTotalFen,
    waiverFen,
    downPaymentFen: first?.seq === 0 ? first.amountFen : 0,
    approval,
  };
}

export interface Approver {
  id: string;
  role: string;
}

export type PlanDecisionCode = 'not_supervisor' | 'maker_cannot_approve' | 'not_pending' | 'reason_required';
export type PlanDecisionResult = { ok: true; plan: RepaymentPlan } | { ok: false; code: PlanDecisionCode };

function decide(plan: RepaymentPlan, approver: Approver): PlanDecisionCode | null {
  if (plan.approval.status !== 'pending') return 'not_pending';
  if (approver.role !== 'supervisor') return 'not_supervisor';
  if (approver.id === plan.makerId) return 'maker_cannot_approve';
  return null;
}

/** Maker-checker: only a supervisor who did not make the plan may approve it, and only while it is pending. */
export function approvePlan(plan: RepaymentPlan, approver: Approver, decidedAt: string, reason: string | null = null): PlanDecisionResult {
  const code = decide(plan, approver);
  if (code) return { ok: false, code };
  return { ok: true, plan: { ...plan, approval: { status: 'approved', approverId: approver.id, decidedAt, reason: reason?.trim() || null } } };
}

/** Same rules as approvePlan; a rejection must say why (the maker sees it). */
export function rejectPlan(plan: RepaymentPlan, approver: Approver, decidedAt: string, reason: string): PlanDecisionResult {
  const code = decide(plan, approver);
  if (code) return { ok: false, code };
  if (!reason.trim()) return { ok: false, code: 'reason_required' };
  return { ok: true, plan: { ...plan, approval: { status: 'rejected', approverId: approver.id, decidedAt, reason: reason.trim() } } };
}

// ---------------------------------------------------------------------------------------------------------
// Progress and status
// ---------------------------------------------------------------------------------------------------------

/**
 * pending_approval / rejected: not binding (a rejected plan never binds; a new plan is drafted instead).
 * completed: every instalment paid. broken: an instalment is still unpaid after its grace period; paying it
 * late makes the plan active again (the instalment shows as paid_late), since whether a late payer keeps the
 * plan is the supervisor's call, recorded as a status change, not something this function decides.
 */
export type PlanStatus = 'pending_approval' | 'rejected' | 'active' | 'completed' | 'broken';
export type InstalmentState = 'paid' | 'paid_late' | 'due' | 'upcoming' | 'missed';

export interface InstalmentProgress extends Instalment {
  graceEndsOn: string;
  paidFen: number;
  /** The day the payment that completed it was made, or null. */
  paidInFullOn: string | null;
  state: InstalmentState;
}

export interface PlanProgress {
  planId: string;
  caseId: string;
  status: PlanStatus;
  instalments: InstalmentProgress[];
  paidFen: number;
  remainingFen: number;
  /** The first instalment not fully paid, or null. */
  nextDue: InstalmentProgress | null;
  /** The day after the grace period of the first instalment still unpaid past it, when broken. */
  brokenOn: string | null;
}

export interface PlanOptions {
  graceDays: number;
  timeZone?: string;
}

type PlanPayment = Pick<Payment, 'id' | 'caseId' | 'amountFen' | 'paidOn' | 'recordedAt'>;
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Payments of the case made from the plan's creation day up to today go to the instalments in order, the
 * earliest unpaid first, whatever their date: a late payment still pays the oldest instalment. A payment
 * made before the plan was agreed does not count toward it.
 */
export function planProgress(plan: RepaymentPlan, payments: readonly PlanPayment[], today: string, options: PlanOptions): PlanProgress {
  const { graceDays } = options;
  if (!Number.isInteger(graceDays) || graceDays < 0) throw new RangeError(`graceDays must be a whole number ≥ 0: ${graceDays}`);
  const createdOn = localDateOf(plan.createdAt, options.timeZone ?? DEFAULT_TIME_ZONE);
  const rows = plan.instalments.map((i) => ({ ...i, paidFen: 0, paidInFullOn: null as string | null }));
  const ordered = payments
    .filter((p) => p.caseId === plan.caseId && p.paidOn >= createdOn && p.paidOn <= today)
    .sort((a, b) => byText(a.paidOn, b.paidOn) || instantMs(a.recordedAt) - instantMs(b.recordedAt) || byText(a.id, b.id));
  for (const pay of ordered) {
    let left = pay.amountFen;
    for (const row of rows) {
      if (left === 0) break;
      const take = Math.min(left, row.amountFen - row.paidFen);
      if (take === 0) continue;
      row.paidFen += take;
      left -= take;
      if (row.paidFen === row.amountFen) row.paidInFullOn = pay.paidOn;
    }
  }
  const instalments: InstalmentProgress[] = rows.map((row) => {
    const graceEndsOn = addDays(row.dueDate, graceDays);
    let state: InstalmentState;
    if (row.paidInFullOn !== null) state = row.paidInFullOn <= graceEndsOn ? 'paid' : 'paid_late';
    else if (today > graceEndsOn) state = 'missed';
    else if (today >= row.dueDate) state = 'due';
    else state = 'upcoming';
    return { ...row, graceEndsOn, state };
  });
  const paidFen = instalments.reduce((s, i) => s + i.paidFen, 0);
  const firstMissed = instalments.find((i) => i.state === 'missed');
  let status: PlanStatus;
  if (plan.approval.status === 'pending') status = 'pending_approval';
  else if (plan.approval.status === 'rejected') status = 'rejected';
  else if (instalments.every((i) => i.paidInFullOn !== null)) status = 'completed';
  else if (firstMissed) status = 'broken';
  else status = 'active';
  return {
    planId: plan.id,
    caseId: plan.caseId,
    status,
    instalments,
    paidFen,
    remainingFen: plan.agreedTotalFen - paidFen,
    nextDue: instalments.find((i) => i.paidInFullOn === null) ?? null,
    brokenOn: status === 'broken' && firstMissed ? addDays(firstMissed.graceEndsOn, 1) : null,
  };
}

export function planStatus(plan: RepaymentPlan, payments: readonly PlanPayment[], today: string, options: PlanOptions): PlanStatus {
  return planProgress(plan, payments, today, options).status;
}
