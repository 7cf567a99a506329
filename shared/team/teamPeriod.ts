import { addDays, DEFAULT_TIME_ZONE, localDayWindow, todayIn, weekdayOf } from '../calendar';

/**
 * "Today" and "this week" of the team view, as local dates and as instants in the branch's zone. The week is
 * the calendar week from Monday (the working week in mainland China), up to and including today.
 */
export interface TeamPeriod {
  timeZone: string;
  today: string;
  /** The Monday of today's week (today itself on a Monday). */
  weekStart: string;
  /** [start, end) instants of today. */
  todayStartMs: number;
  todayEndMs: number;
  /** Instant of the week's Monday midnight. */
  weekStartMs: number;
}

export function teamPeriod(now: Date, timeZone: string = DEFAULT_TIME_ZONE): TeamPeriod {
  const today = todayIn(timeZone, now);
  const weekStart = addDays(today, -((weekdayOf(today) + 6) % 7));
  const day = localDayWindow(today, timeZone);
  return {
    timeZone,
    today,
    weekStart,
    todayStartMs: Date.parse(day.start),
    todayEndMs: Date.parse(day.end),
    weekStartMs: Date.parse(localDayWindow(weekStart, timeZone).start),
  };
}

/**
 * The first and last due dates whose promise can break within the week: a promise breaks the day after its
 * grace period ends (evaluatePromises), so one due up to graceDays + 1 days before Monday can break this week.
 */
export function promiseDueRange(period: TeamPeriod, graceDays: number): { from: string; to: string } {
  return { from: addDays(period.weekStart, -(graceDays + 1)), to: period.today };
}
