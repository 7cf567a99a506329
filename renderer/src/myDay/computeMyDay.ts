import { addDays } from '../../../shared/calendar';
import { buildMyDay, evaluatePromises, planProgress, type MyDayEntry } from '../../../shared/fieldwork';
import { countOnce } from '../../../shared/payments/countOnce';
import type { CaseRow } from '../../../shared/domain/caseSummary';
import type { Staff } from '../../../shared/domain/staff';
import type { WorkRecords } from '../fieldwork/repository/myDayInputs';
import type { Case } from '../../../shared/domain/case';
import { deadlineAlerts, toMyDayDeadlines } from '../../../shared/limitation';
import type { MyDayDeadline as MyDayDeadlineLike } from '../../../shared/fieldwork';
import { caseDeadlines } from '../limitation/caseDeadlines';
import { currentCalendar } from '../config/configInForce';
import { enforcementAlert } from '../../../shared/legal/enforcement';
import { legalCasesOf } from '../../../shared/legal/view';
import type { LegalStepRecord } from '../../../shared/records/legalStep';
import type { MyDayHearing } from '../../../shared/fieldwork/myDay';


/**
 * Cases whose limitation or guarantee period could end within My day's 90 days. A period ends no earlier than
 * due date + 3 years (limitation; events only push it later) or exactly due date + 6 months (guarantee, never
 * interrupted), so recent debts need no full read. Conservative: a case without due dates is kept.
 */
export function deadlineCandidates(rows: readonly CaseRow[], today: string, windowDays = 90): CaseRow[] {
  const limitationBefore = addDays(today, windowDays - 3 * 365 + 1);
  const guaranteeFrom = addDays(today, -190);
  const guaranteeTo = addDays(today, windowDays - 180 + 1);
  return rows.filter((r) => {
    if (!r.earliestDueDate || !r.latestDueDate) return true;
    if (r.earliestDueDate <= limitationBefore) return true;
    return r.hasGuarantor && r.latestDueDate >= guaranteeFrom && r.earliestDueDate <= guaranteeTo;
  });
}

/** A collector sees their own cases; a supervisor or clerk sees the branch's. */
export function casesFor(operator: Staff, rows: readonly CaseRow[]): CaseRow[] {
  return operator.role === 'collector' ? rows.filter((r) => r.officerId === operator.id) : rows.filter((r) => r.branchCode === operator.branchCode);
}

/** My day from the list rows and the field-work records, with the shared, documented priority score. */
export function computeMyDay(
  rows: readonly CaseRow[],
  records: WorkRecords,
  today: string,
  now: Date,
  graceDays: number,
  timeZone: string,
  fullCases: readonly Case[] = [],
  /** Whose My day: hearings listing attendees show only to them (none listed: to everyone the case's day is for). */
  viewerId?: string,
): MyDayEntry[] {
  const ids = new Set(rows.map((r) => r.id));
  const mine = <T extends { caseId: string }>(xs: readonly T[]) => xs.filter((x) => ids.has(x.caseId));
  // The bank's record of money a receipt already shows counts once (core banking's payments, issue 15 §1).
  const payments = countOnce(mine(records.payments));
  return buildMyDay({
    cases: rows.map((r) => ({ id: r.id, caseNumber: r.caseNumber, borrowerName: r.borrowerName, totalFen: r.totalFen, dpd: r.dpd, risk: r.risk, status: r.status, createdAt: r.createdAt })),
    promises: evaluatePromises(mine(records.promises), payments, today, { graceDays, timeZone }),
    plans: mine(records.plans).map((p) => planProgress(p, payments.filter((x) => x.caseId === p.caseId), today, { graceDays, timeZone })),
    visits: mine(records.visits),
    activities: mine(records.latestActivities),
    deadlines: [...deadlinesOf(fullCases, records, today), ...enforcementDeadlines(mine(records.legalSteps ?? []), today)],
    hearings: hearingsOf(mine(records.legalSteps ?? []), viewerId),
    today,
    now: now.toISOString(),
  });
}

/** Limitation and guarantee dates within 90 days, for the cases whose full records were loaded. */
function deadlinesOf(cases: readonly Case[], records: WorkRecords, today: string): MyDayDeadlineLike[] {
  // Group once: filtering every record list per case would be cases × records.
  const promises = byCase(records.promises);
  const payments = byCase(records.payments);
  const plans = byCase(records.plans);
  const letters = byCase(records.letters);
  return cases.flatMap((c) => {
    const { limitation, guarantee } = caseDeadlines(
      c,
      { promises: promises.get(c.id) ?? [], payments: payments.get(c.id) ?? [], plans: plans.get(c.id) ?? [], letters: letters.get(c.id) ?? [] },
      today,
    );
    return toMyDayDeadlines(deadlineAlerts([...limitation, ...guarantee], today));
  });
}

/** Hearings (开庭) on the viewer's cases, for the people they concern. */
function hearingsOf(steps: readonly LegalStepRecord[], viewerId: string | undefined): MyDayHearing[] {
  return steps.flatMap(({ caseId, step }) =>
    step.kind === 'hearing' && (step.attendeeIds.length === 0 || viewerId === undefined || step.attendeeIds.includes(viewerId)) ? [{ caseId, on: step.on, time: step.time, place: step.place }] : [],
  );
}

/** The period to apply for enforcement of each judgment, alerted at 90/30/7 days like limitation. */
function enforcementDeadlines(steps: readonly LegalStepRecord[], today: string): MyDayDeadlineLike[] {
  const calendar = currentCalendar();
  return legalCasesOf(steps, today, calendar).flatMap((lc) => {
    const alert = lc.enforcement ? enforcementAlert(lc.caseId, lc.id, lc.enforcement, today) : null;
    return alert ? [{ caseId: alert.caseId, kind: 'enforcement' as const, date: alert.date, ...(alert.actBy ? { actBy: alert.actBy } : {}), ...(alert.uncoveredYears ? { uncoveredYears: alert.uncoveredYears } : {}) }] : [];
  });
}

function byCase<T extends { caseId: string }>(xs: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const list = m.get(x.caseId);
    if (list) list.push(x);
    else m.set(x.caseId, [x]);
  }
  return m;
}
