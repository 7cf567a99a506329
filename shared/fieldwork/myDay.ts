import type { CaseStatus, Risk } from '../domain/case';
import { formatFen } from '../domain/money';
import { addDays, daysBetween, instantMs, isLocalDate } from '../calendar';
import type { PlanProgress } from './plans';
import type { PromiseEvaluation } from './promises';
import { amountPoints, deadlinePoints, dpdPoints, promisePoints, riskPoints, totalScore, type ScoreParts } from './priority';
import type { Visit } from './records';
import type { Activity } from '../records/activity';

/** What My day reads of an activity: its time and the next action it set (回访/约定回电). */
export type MyDayActivity = Pick<Activity, 'id' | 'caseId' | 'at' | 'nextAction' | 'nextActionDate' | 'nextActionTime'>;

/**
 * My day (工作台): what a collector should do today, one entry per case, most urgent first, each with why.
 * `plan_broken` is listed beside the kinds of the brief: a broken plan sends the case back to the collector
 * just as a broken promise does. `follow_up_due` is a next action (回访/约定回电) the collector set on a contact for
 * a date that has come: it sits after the money items (a kept promise matters more than a callback) and before
 * visits and deadlines, which have their own dates.
 */
export const MYDAY_KINDS = [
  'promise_broken',
  'plan_broken',
  'promise_due',
  'plan_instalment_due',
  'follow_up_due',
  'visit_planned',
  'hearing_scheduled',
  'limitation_expiring',
  'guarantee_expiring',
  'enforcement_expiring',
  'new_high_risk',
] as const;
export type MyDayKind = (typeof MYDAY_KINDS)[number];

/** i18n keys of the reasons (templates in MYDAY_MESSAGES, under fieldwork.myDay). */
export const MYDAY_REASON_KEYS = {
  promiseDue: 'fieldwork.myDay.promiseDue',
  promiseBroken: 'fieldwork.myDay.promiseBroken',
  promisePartlyKept: 'fieldwork.myDay.promisePartlyKept',
  planInstalmentDue: 'fieldwork.myDay.planInstalmentDue',
  planBroken: 'fieldwork.myDay.planBroken',
  followUpDue: 'fieldwork.myDay.followUpDue',
  followUpOverdue: 'fieldwork.myDay.followUpOverdue',
  followUpDueUnnamed: 'fieldwork.myDay.followUpDueUnnamed',
  followUpOverdueUnnamed: 'fieldwork.myDay.followUpOverdueUnnamed',
  followUpDueAt: 'fieldwork.myDay.followUpDueAt',
  followUpDueAtUnnamed: 'fieldwork.myDay.followUpDueAtUnnamed',
  visitPlanned: 'fieldwork.myDay.visitPlanned',
  visitOverdue: 'fieldwork.myDay.visitOverdue',
  limitationExpiring: 'fieldwork.myDay.limitationExpiring',
  limitationExpiringActBy: 'fieldwork.myDay.limitationExpiringActBy',
  limitationExpiringUnchecked: 'fieldwork.myDay.limitationExpiringUnchecked',
  guaranteeExpiring: 'fieldwork.myDay.guaranteeExpiring',
  guaranteeExpiringActBy: 'fieldwork.myDay.guaranteeExpiringActBy',
  guaranteeExpiringUnchecked: 'fieldwork.myDay.guaranteeExpiringUnchecked',
  newHighRisk: 'fieldwork.myDay.newHighRisk',
  hearingScheduled: 'fieldwork.myDay.hearingScheduled',
  enforcementExpiring: 'fieldwork.myDay.enforcementExpiring',
  enforcementExpiringActBy: 'fieldwork.myDay.enforcementExpiringActBy',
  enforcementExpiringUnchecked: 'fieldwork.myDay.enforcementExpiringUnchecked',
} as const;
export type MyDayReasonKey = (typeof MYDAY_REASON_KEYS)[keyof typeof MYDAY_REASON_KEYS];

export interface MyDayReason {
  kind: MyDayKind;
  key: MyDayReasonKey;
  /** Template values: amounts both formatted (amount) and in fen (amountFen), dates as YYYY-MM-DD. */
  params: Record<string, string | number>;
}

export interface MyDayCase {
  id: string;
  caseNumber: string;
  borrowerName: string;
  totalFen: number;
  dpd: number;
  /** Core banking's grade; null when the extract carries none. */
  risk: Risk | null;
  status: CaseStatus;
  createdAt: string;
}

/** A limitation (诉讼时效) or guarantee (保证期间) end date, computed by the letters/limitation module. */
export interface MyDayDeadline {
  caseId: string;
  /** 'enforcement': the period to apply for enforcement of a judgment (shared/legal/enforcement.ts). */
  kind: 'limitation' | 'guarantee' | 'enforcement';
  date: string;
  /** The date is a public holiday or rest day: the last working day before it. */
  actBy?: string;
  /** The holiday calendar does not cover these years: whether the date is a holiday is unknown. */
  uncoveredYears?: string;
}

const DEADLINE_KEYS = {
  limitation: { plain: MYDAY_REASON_KEYS.limitationExpiring, actBy: MYDAY_REASON_KEYS.limitationExpiringActBy, unchecked: MYDAY_REASON_KEYS.limitationExpiringUnchecked },
  guarantee: { plain: MYDAY_REASON_KEYS.guaranteeExpiring, actBy: MYDAY_REASON_KEYS.guaranteeExpiringActBy, unchecked: MYDAY_REASON_KEYS.guaranteeExpiringUnchecked },
  enforcement: { plain: MYDAY_REASON_KEYS.enforcementExpiring, actBy: MYDAY_REASON_KEYS.enforcementExpiringActBy, unchecked: MYDAY_REASON_KEYS.enforcementExpiringUnchecked },
} as const;

/** A deadline's reason: what the holiday calendar could not check comes first, then a working day to act by. */
function deadlineReason(d: MyDayDeadline, days: number): MyDayReason {
  const keys = DEADLINE_KEYS[d.kind];
  const kind = d.kind === 'limitation' ? 'limitation_expiring' : d.kind === 'guarantee' ? 'guarantee_expiring' : 'enforcement_expiring';
  if (d.uncoveredYears) return { kind, key: keys.unchecked, params: { date: d.date, days, years: d.uncoveredYears } };
  if (d.actBy) return { kind, key: keys.actBy, params: { date: d.date, days, actBy: d.actBy } };
  return { kind, key: keys.plain, params: { date: d.date, days } };
}

/** A hearing (开庭) on a case: on My day from this many days before it until its day. */
export interface MyDayHearing {
  caseId: string;
  on: string;
  time: string;
  place: string;
}
export const HEARING_WINDOW_DAYS = 7;

export interface MyDayOptions {
  /** Deadlines this many days ahead or fewer are listed. */
  deadlineWindowDays: number;
  /** A broken promise or plan stays on the list this many days from the day it broke. */
  brokenShownDays: number;
}

export const DEFAULT_MYDAY_OPTIONS: MyDayOptions = { deadlineWindowDays: 90, brokenShownDays: 7 };

export interface MyDayInput {
  cases: readonly MyDayCase[];
  /** From evaluatePromises. */
  promises?: readonly PromiseEvaluation[];
  /** From planProgress. */
  plans?: readonly PlanProgress[];
  visits?: readonly Pick<Visit, 'id' | 'caseId' | 'plannedFor' | 'status'>[];
  /**
   * Activities, at least the latest of each case: only the latest can carry a next action not yet followed up
   * (any later activity on the case is the follow-up), so a caller may pass just those.
   */
  activities?: readonly MyDayActivity[];
  deadlines?: readonly MyDayDeadline[];
  /** Hearings (开庭) of the cases, for the people they concern (the caller filters by attendee). */
  hearings?: readonly MyDayHearing[];
  today: string;
  now: string;
  options?: Partial<MyDayOptions>;
}

export interface MyDayEntry {
  caseId: string;
  caseNumber: string;
  borrowerName: string;
  /** In MYDAY_KINDS order, each once. */
  kinds: MyDayKind[];
  /** In MYDAY_KINDS order; a case may have several of one kind (two visits, two deadlines). */
  reasons: MyDayReason[];
  score: number;
  scoreParts: ScoreParts;
}

const DAY_MS = 86_400_000;
const money = (fen: number, name: string) => ({ [name]: formatFen(fen), [`${name}Fen`]: fen });
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds My day. Settled and closed cases are left out; cases not in `cases` (not on this device) are
 * ignored. A broken promise is not listed when the case has a promise due later (the collector already
 * followed it up).
 */
export function buildMyDay(input: MyDayInput): MyDayEntry[] {
  const { today, now } = input;
  if (!isLocalDate(today)) throw new RangeError(`today must be YYYY-MM-DD: ${JSON.stringify(today)}`);
  const nowMs = instantMs(now);
  const opts = { ...DEFAULT_MYDAY_OPTIONS, ...input.options };
  const cases = new Map(input.cases.filter((c) => c.status !== 'settled' && c.status !== 'closed').map((c) => [c.id, c]));
  const reasons = new Map<string, MyDayReason[]>();
  const nearestDeadline = new Map<string, number>();
  const add = (caseId: string, reason: MyDayReason) => {
    if (!cases.has(caseId)) return;
    const list = reasons.get(caseId) ?? [];
    list.push(reason);
    reasons.set(caseId, list);
  };
  const brokenRecently = (brokenOn: string) => {
    const days = daysBetween(brokenOn, today);
    return days >= 0 && days < opts.brokenShownDays;
  };

  const promises = input.promises ?? [];
  const latestDue = new Map<string, string>();
  for (const p of promises) if (p.dueDate > (latestDue.get(p.caseId) ?? '')) latestDue.set(p.caseId, p.dueDate);
  for (const p of promises) {
    const params = { ...money(p.amountFen, 'amount'), ...money(p.paidFen, 'paid'), ...money(p.shortfallFen, 'shortfall'), dueDate: p.dueDate, graceEndsOn: p.graceEndsOn };
    if (p.state === 'pending' && p.dueDate <= today) {
      add(p.caseId, { kind: 'promise_due', key: MYDAY_REASON_KEYS.promiseDue, params });
    } else if ((p.state === 'broken' || p.state === 'partly_kept') && latestDue.get(p.caseId) === p.dueDate) {
      if (brokenRecently(addDays(p.graceEndsOn, 1))) {
        const key = p.state === 'broken' ? MYDAY_REASON_KEYS.promiseBroken : MYDAY_REASON_KEYS.promisePartlyKept;
        add(p.caseId, { kind: 'promise_broken', key, params });
      }
    }
  }

  for (const plan of input.plans ?? []) {
    const next = plan.nextDue;
    if (plan.status === 'broken' && plan.brokenOn !== null && brokenRecently(plan.brokenOn)) {
      const missed = plan.instalments.find((i) => i.state === 'missed');
      add(plan.caseId, {
        kind: 'plan_broken',
        key: MYDAY_REASON_KEYS.planBroken,
        params: { seq: missed?.seq ?? 0, dueDate: missed?.dueDate ?? '', ...money(plan.remainingFen, 'remaining') },
      });
    } else if (plan.status === 'active' && next !== null && next.dueDate <= today) {
      add(plan.caseId, {
        kind: 'plan_instalment_due',
        key: MYDAY_REASON_KEYS.planInstalmentDue,
        params: { seq: next.seq, dueDate: next.dueDate, graceEndsOn: next.graceEndsOn, ...money(next.amountFen, 'amount'), ...money(next.amountFen - next.paidFen, 'shortfall') },
      });
    }
  }

  for (const v of input.visits ?? []) {
    if (v.status !== 'planned' || v.plannedFor > today) continue;
    const late = daysBetween(v.plannedFor, today);
    add(v.caseId, {
      kind: 'visit_planned',
      key: late === 0 ? MYDAY_REASON_KEYS.visitPlanned : MYDAY_REASON_KEYS.visitOverdue,
      params: { plannedFor: v.plannedFor, days: late },
    });
  }

  for (const h of input.hearings ?? []) {
    const days = daysBetween(today, h.on);
    if (days < 0 || days > HEARING_WINDOW_DAYS) continue;
    add(h.caseId, { kind: 'hearing_scheduled', key: MYDAY_REASON_KEYS.hearingScheduled, params: { date: h.on, time: h.time, place: h.place, days } });
  }

  for (const a of latestPerCase(input.activities ?? [])) {
    if (a.nextActionDate === null || a.nextActionDate > today) continue;
    const late = daysBetween(a.nextActionDate, today);
    const action = a.nextAction?.trim() ?? '';
    // A callback agreed for a time of day (约定 15:00 回电) says the time on its day; once late, the day is what counts.
    const time = late === 0 ? (a.nextActionTime ?? null) : null;
    const key = time
      ? action ? MYDAY_REASON_KEYS.followUpDueAt : MYDAY_REASON_KEYS.followUpDueAtUnnamed
      : action
        ? late === 0 ? MYDAY_REASON_KEYS.followUpDue : MYDAY_REASON_KEYS.followUpOverdue
        : late === 0 ? MYDAY_REASON_KEYS.followUpDueUnnamed : MYDAY_REASON_KEYS.followUpOverdueUnnamed;
    add(a.caseId, { kind: 'follow_up_due', key, params: { action, date: a.nextActionDate, days: late, ...(time ? { time } : {}) } });
  }

  for (const d of [...(input.deadlines ?? [])].sort((a, b) => byText(a.date, b.date))) {
    const days = daysBetween(today, d.date);
    if (days < 0 || days > opts.deadlineWindowDays || !cases.has(d.caseId)) continue;
    nearestDeadline.set(d.caseId, Math.min(days, nearestDeadline.get(d.caseId) ?? Infinity));
    add(d.caseId, deadlineReason(d, days));
  }

  for (const c of cases.values()) {
    if (c.risk === 'high' && c.status === 'new') {
      add(c.id, { kind: 'new_high_risk', key: MYDAY_REASON_KEYS.newHighRisk, params: { days: Math.max(0, Math.floor((nowMs - instantMs(c.createdAt)) / DAY_MS)) } });
    }
  }

  const entries: MyDayEntry[] = [];
  for (const [caseId, list] of reasons) {
    const c = cases.get(caseId)!;
    const order = (k: MyDayKind) => MYDAY_KINDS.indexOf(k);
    const sorted = list.map((r, i) => ({ r, i })).sort((a, b) => order(a.r.kind) - order(b.r.kind) || a.i - b.i).map(({ r }) => r);
    const kinds = MYDAY_KINDS.filter((k) => sorted.some((r) => r.kind === k));
    const scoreParts: ScoreParts = {
      amount: amountPoints(c.totalFen),
      dpd: dpdPoints(c.dpd),
      risk: riskPoints(c.risk),
      promise: promisePoints(kinds),
      deadline: deadlinePoints(nearestDeadline.get(caseId) ?? null),
    };
    entries.push({ caseId, caseNumber: c.caseNumber, borrowerName: c.borrowerName, kinds, reasons: sorted, score: totalScore(scoreParts), scoreParts });
  }
  return entries.sort((a, b) => b.score - a.score || byText(a.caseNumber, b.caseNumber) || byText(a.caseId, b.caseId));
}

/** The latest activity of each case (by instant; the id breaks a tie so the result does not depend on order). */
function latestPerCase(activities: readonly MyDayActivity[]): MyDayActivity[] {
  const latest = new Map<string, { a: MyDayActivity; ms: number }>();
  for (const a of activities) {
    const ms = instantMs(a.at);
    const seen = latest.get(a.caseId);
    if (!seen || ms > seen.ms || (ms === seen.ms && a.id > seen.a.id)) latest.set(a.caseId, { a, ms });
  }
  return [...latest.values()].map((x) => x.a);
}
