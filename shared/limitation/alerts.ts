import { daysBetween, isLocalDate } from '../calendar';
import type { MyDayDeadline } from '../fieldwork/myDay';
import type { GuaranteeResult, LimitationNote, LimitationResult } from './engine';
import { CN_LIMITATION_RULES } from './rules';

export interface DeadlineAlert {
  caseId: string;
  partyId: string;
  accountId: string;
  /** 'limitation' also covers a joint guarantor's own limitation after the guarantee was preserved. */
  kind: 'limitation' | 'guarantee';
  /** The period's last day. */
  date: string;
  daysLeft: number;
  /** The tightest threshold crossed: the smallest threshold ≥ daysLeft. */
  threshold: number;
  /** The last day is a holiday or rest day: the last working day before it (when a calendar was given). */
  actBy?: string;
  /** Years around the last day the holiday calendar does not cover (when a calendar was given). */
  uncoveredYears?: string;
}

/** What the engine's calendar notes (calendarNotes.ts) say about a period's last day. */
function calendarOf(notes: readonly LimitationNote[]): Pick<DeadlineAlert, 'actBy' | 'uncoveredYears'> {
  const actBy = notes.find((n) => n.key === 'limitation.note.lastDayNotWorking')?.params.actBy;
  const years = notes.find((n) => n.key === 'limitation.note.calendarNotCovered')?.params.years;
  return { ...(actBy !== undefined ? { actBy: String(actBy) } : {}), ...(years !== undefined ? { uncoveredYears: String(years) } : {}) };
}

export const DEFAULT_ALERT_THRESHOLDS: readonly number[] = [90, 30, 7];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function checkToday(today: string): void {
  if (!isLocalDate(today)) throw new RangeError(`today must be a YYYY-MM-DD calendar date: ${JSON.stringify(today)}`);
}

/**
 * Alerts for periods still running whose last day is within the largest threshold (0 to max days ahead,
 * counted again from `today`, so results computed on an earlier day still alert correctly). A borrower's
 * period restarted by an acknowledgement (waived_by_acknowledgement) is running too. Lapsed, expired,
 * preserved and suspended periods do not alert; a preserved joint guarantee alerts on the guarantor's own
 * limitation. Sorted by date, then case, party and account.
 */
export function deadlineAlerts(
  results: readonly (LimitationResult | GuaranteeResult)[],
  today: string,
  thresholds: readonly number[] = DEFAULT_ALERT_THRESHOLDS,
): DeadlineAlert[] {
  checkToday(today);
  if (thresholds.length === 0 || thresholds.some((t) => !Number.isInteger(t) || t < 0)) {
    throw new RangeError(`thresholds must be whole numbers of days ≥ 0: ${JSON.stringify(thresholds)}`);
  }
  const ascending = [...thresholds].sort((a, b) => a - b);
  const alerts: DeadlineAlert[] = [];
  const consider = (r: { caseId: string; partyId: string; accountId: string }, kind: DeadlineAlert['kind'], date: string | null, notes: readonly LimitationNote[]) => {
    if (date === null) return;
    const daysLeft = daysBetween(today, date);
    const threshold = ascending.find((t) => daysLeft <= t);
    if (daysLeft < 0 || threshold === undefined) return;
    alerts.push({ caseId: r.caseId, partyId: r.partyId, accountId: r.accountId, kind, date, daysLeft, threshold, ...calendarOf(notes) });
  };
  const limitationRunning = (r: LimitationResult) => r.status === 'running' || r.status === 'waived_by_acknowledgement';
  for (const r of results) {
    if (r.kind === 'limitation') {
      if (limitationRunning(r)) consider(r, 'limitation', r.expiry, r.notes);
    } else if (r.status === 'running') {
      consider(r, 'guarantee', r.expiry, r.notes);
    } else if (r.status === 'preserved' && r.guarantorLimitation !== null && limitationRunning(r.guarantorLimitation)) {
      consider(r, 'limitation', r.guarantorLimitation.expiry, r.guarantorLimitation.notes);
    }
  }
  return alerts.sort(
    (a, b) => byText(a.date, b.date) || byText(a.caseId, b.caseId) || byText(a.partyId, b.partyId) || byText(a.accountId, b.accountId) || byText(a.kind, b.kind),
  );
}

/** For buildMyDay's `deadlines`: one per case, kind and date (several parties sharing a last day show once). */
export function toMyDayDeadlines(alerts: readonly DeadlineAlert[]): MyDayDeadline[] {
  const seen = new Set<string>();
  const out: MyDayDeadline[] = [];
  for (const a of alerts) {
    const key = `${a.caseId}\u0000${a.kind}\u0000${a.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ caseId: a.caseId, kind: a.kind, date: a.date, ...(a.actBy ? { actBy: a.actBy } : {}), ...(a.uncoveredYears ? { uncoveredYears: a.uncoveredYears } : {}) });
  }
  return out;
}

export const GUARANTOR_LETTER_CODES = ['ok', 'lapsed', 'general_without_lawsuit', 'close_to_lapse', 'unknown_period'] as const;
export type GuarantorLetterCode = (typeof GUARANTOR_LETTER_CODES)[number];

export interface GuarantorLetterCheck {
  allowed: boolean;
  code: GuarantorLetterCode;
  /** Days from today to the guarantee period's last day (negative after it); null without a due date. */
  daysLeft: number | null;
  /** For a running joint guarantee: the demand must reach the guarantor by the end of this day to preserve it. */
  deliverBy: string | null;
  /** i18n key of the explanation (limitation.letter.<code>). */
  key: `limitation.letter.${GuarantorLetterCode}`;
}

/**
 * May the letters engine send a demand to this guarantor today?
 * - lapsed (the period ended without being preserved): refused — the guarantor is released, and a signature
 *   now would revive nothing (guarantee interpretation art. 34);
 * - a general guarantee not preserved by a lawsuit against the borrower: refused — a demand letter alone does
 *   not preserve it (Civil Code art. 693);
 * - a running joint guarantee with closeToLapseDays (30) or fewer left: allowed with a warning
 *   (close_to_lapse): it counts only if it arrives by `deliverBy`;
 * - a preserved guarantee, or a running joint guarantee further off: ok;
 * - no due date on the account (period unknown): allowed with a warning (unknown_period) for a joint guarantee.
 */
export function guarantorLetterAllowed(
  result: GuaranteeResult,
  today: string,
  closeToLapseDays: number = CN_LIMITATION_RULES.closeToLapseDays,
): GuarantorLetterCheck {
  checkToday(today);
  const daysLeft = result.expiry === null ? null : daysBetween(today, result.expiry);
  const check = (allowed: boolean, code: GuarantorLetterCode, deliverBy: string | null = null): GuarantorLetterCheck => ({
    allowed,
    code,
    daysLeft,
    deliverBy,
    key: `limitation.letter.${code}`,
  });
  const preserved = result.status === 'preserved';
  if (result.status === 'lapsed' || (!preserved && daysLeft !== null && daysLeft < 0)) return check(false, 'lapsed');
  if (result.guaranteeType === 'general' && !preserved) return check(false, 'general_without_lawsuit');
  if (preserved) return check(true, 'ok');
  if (daysLeft === null) return check(true, 'unknown_period');
  return check(true, daysLeft <= closeToLapseDays ? 'close_to_lapse' : 'ok', result.expiry);
}
