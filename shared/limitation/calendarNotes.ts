import { uncoveredYearsBetween, workingDayOnOrBefore, type WorkingCalendar } from '../calendar';

/**
 * What the working calendar says about a period's last day. The period itself is not moved (rules.ts: art. 203
 * is not applied, so the app never promises a later day than the law gives): when the last day is a public
 * holiday or a rest day, the clerk is told the last working day before it, when courts and post offices are
 * open; when the calendar has no holidays for the years concerned, the clerk is told that instead of a guess.
 */
export type CalendarNote =
  | { name: 'lastDayNotWorking'; params: { expiry: string; actBy: string } }
  | { name: 'calendarNotCovered'; params: { date: string; years: string; calendar: string; version: string } };

export function calendarNotes(expiry: string, calendar: WorkingCalendar): CalendarNote[] {
  const actBy = workingDayOnOrBefore(calendar, expiry).date;
  const notes: CalendarNote[] = [];
  if (actBy !== expiry) notes.push({ name: 'lastDayNotWorking', params: { expiry, actBy } });
  const missing = uncoveredYearsBetween(calendar, actBy, expiry);
  if (missing.length > 0) notes.push({ name: 'calendarNotCovered', params: { date: expiry, years: missing.join(', '), calendar: calendar.id, version: calendar.version } });
  return notes;
}
