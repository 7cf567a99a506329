import { addDays, addYears, checkLocalDate, daysBetween, uncoveredYearsBetween, workingDayOnOrBefore, type WorkingCalendar } from '../calendar';
import { DEFAULT_ALERT_THRESHOLDS } from '../limitation/alerts';

/**
 * The period to apply for enforcement (申请执行期间) of a judgment, a mediation statement or an arbitral award:
 * two years (中华人民共和国民事诉讼法（2023 年修正）第二百五十条; art. 246 before the 2023 revision, art. 239 in
 * 2017). It runs from the last day of performance the document sets; for performance in instalments from the
 * last instalment's day; when the document sets no period, from the day it took effect. Interruption and
 * suspension follow the limitation rules (same article, para. 1): the debtor's part performance or agreement to
 * perform, or the creditor's demand, restarts it (最高人民法院关于适用《中华人民共和国民事诉讼法》执行程序若干问题的解释
 * 第二十条); an application in time ends it.
 *
 * Counting as for limitation (Civil Code arts. 201–202, shared/limitation/rules.ts): the day counted from is not
 * counted; the last day is the corresponding day two years on, or the month's last day when there is none
 * (2024-02-29 → 2026-02-28). Art. 203 (a last day on a public holiday moves to the next working day) is not
 * applied: the app never promises a later day than the law gives; the last working day before is given instead.
 */

export const ENFORCEMENT_PERIOD_YEARS = 2;

export const ENFORCEMENT_SOURCE = {
  title: '中华人民共和国民事诉讼法（2023 年修正）',
  article: '第二百五十条（申请执行的期间为二年，从法律文书规定履行期间的最后一日起计算；分期履行的，从最后一期履行期限届满之日起计算；未规定履行期间的，从法律文书生效之日起计算）',
} as const;

/** What the judgment (or mediation statement, or award) says about performance. */
export interface PerformanceTerms {
  /** The day the document took legal effect (生效日期). */
  effectiveOn: string;
  /** The last day of performance it sets, or null when it sets none. */
  performBy: string | null;
  /** Due days of performance in instalments (分期履行), when it sets them; the last one counts. */
  instalmentDueDates?: readonly string[];
}

export type EnforcementBasis = 'last_instalment' | 'perform_by' | 'effective_date';

export type EnforcementStatus = 'running' | 'expired' | 'applied';

export interface EnforcementPeriod {
  basis: EnforcementBasis;
  /** The day the period is counted from (not counted itself). */
  from: string;
  /** A restart (part performance, agreement, demand) after `from`, when there was one. */
  restartedOn: string | null;
  start: string;
  /** The last day to apply: an application on this day is in time. */
  expiry: string;
  status: EnforcementStatus;
  /** Days from today to expiry (0 on the last day, negative after it). */
  daysLeft: number;
  /** The last day is a public holiday or rest day: the last working day before it (with a calendar). */
  actBy?: string;
  /** Years around the last day the holiday calendar does not cover (with a calendar). */
  uncoveredYears?: string;
}

export interface EnforcementInput {
  terms: PerformanceTerms;
  /** Days the period restarted: the debtor paid part or agreed to pay, or the creditor demanded (with proof). */
  interruptions?: readonly string[];
  /** The day enforcement was applied for, if it was. */
  appliedOn?: string | null;
  today: string;
  calendar?: WorkingCalendar;
}

function basisOf(terms: PerformanceTerms): { basis: EnforcementBasis; from: string } {
  checkLocalDate(terms.effectiveOn, 'effectiveOn');
  const instalments = [...(terms.instalmentDueDates ?? [])];
  instalments.forEach((d) => checkLocalDate(d, 'instalment due date'));
  if (instalments.length > 0) return { basis: 'last_instalment', from: instalments.sort().at(-1) as string };
  if (terms.performBy !== null) {
    checkLocalDate(terms.performBy, 'performBy');
    return { basis: 'perform_by', from: terms.performBy };
  }
  return { basis: 'effective_date', from: terms.effectiveOn };
}

/** The enforcement-application period of one judgment, from its terms, restarts and any application. */
export function enforcementPeriod(input: EnforcementInput): EnforcementPeriod {
  checkLocalDate(input.today, 'today');
  const { basis, from } = basisOf(input.terms);
  let counted = from;
  let restartedOn: string | null = null;
  for (const d of [...(input.interruptions ?? [])].sort()) {
    checkLocalDate(d, 'interruption');
    // Only a restart inside the running period counts; one after it has lapsed revives nothing.
    if (d > counted && d <= addYears(counted, ENFORCEMENT_PERIOD_YEARS) && d <= input.today) {
      counted = d;
      restartedOn = d;
    }
  }
  const expiry = addYears(counted, ENFORCEMENT_PERIOD_YEARS);
  const appliedOn = input.appliedOn ?? null;
  if (appliedOn !== null) checkLocalDate(appliedOn, 'appliedOn');
  const status: EnforcementStatus = appliedOn !== null && appliedOn <= expiry ? 'applied' : input.today > expiry ? 'expired' : 'running';
  const period: EnforcementPeriod = { basis, from, restartedOn, start: addDays(counted, 1), expiry, status, daysLeft: daysBetween(input.today, expiry) };
  if (input.calendar) {
    const actBy = workingDayOnOrBefore(input.calendar, expiry).date;
    if (actBy !== expiry) period.actBy = actBy;
    const missing = uncoveredYearsBetween(input.calendar, actBy, expiry);
    if (missing.length > 0) period.uncoveredYears = missing.join(', ');
  }
  return period;
}

export interface EnforcementAlert {
  caseId: string;
  legalCaseId: string;
  kind: 'enforcement';
  date: string;
  daysLeft: number;
  /** The tightest threshold crossed (90, 30 or 7 by default), like limitation's. */
  threshold: number;
  actBy?: string;
  uncoveredYears?: string;
}

/** An alert when a running period's last day is within the largest threshold (counted from today). */
export function enforcementAlert(
  caseId: string,
  legalCaseId: string,
  period: EnforcementPeriod,
  today: string,
  thresholds: readonly number[] = DEFAULT_ALERT_THRESHOLDS,
): EnforcementAlert | null {
  checkLocalDate(today, 'today');
  if (period.status !== 'running') return null;
  const daysLeft = daysBetween(today, period.expiry);
  const threshold = [...thresholds].sort((a, b) => a - b).find((t) => daysLeft <= t);
  if (daysLeft < 0 || threshold === undefined) return null;
  return {
    caseId,
    legalCaseId,
    kind: 'enforcement',
    date: period.expiry,
    daysLeft,
    threshold,
    ...(period.actBy !== undefined ? { actBy: period.actBy } : {}),
    ...(period.uncoveredYears !== undefined ? { uncoveredYears: period.uncoveredYears } : {}),
  };
}
