import { HolidayNoticeSchema, type HolidayNotice, type WorkingCalendar } from '../calendar';
import { addDays, weekdayOf, yearOf } from '../calendar/localDate';

/**
 * One year's holidays and make-up working days (调休上班日) as head office publishes them: the State Council's
 * notice for that year, checked more strictly than a notice in the built-in calendar — every day in the year
 * (or in the last week of the year before, where a 元旦 break begins), none listed twice, a make-up working day
 * only on a Saturday or Sunday and never also a holiday.
 */
export const CalendarYearSchema = HolidayNoticeSchema.superRefine((n, ctx) => {
  const earliest = `${n.year - 1}-12-25`;
  const check = (list: readonly string[], field: 'holidays' | 'workdays') => {
    const seen = new Set<string>();
    list.forEach((d, i) => {
      if (yearOf(d) !== n.year && d < earliest) ctx.addIssue({ code: 'custom', path: [field, i], message: `${d} is not in ${n.year}` });
      if (yearOf(d) > n.year) ctx.addIssue({ code: 'custom', path: [field, i], message: `${d} is not in ${n.year}` });
      if (seen.has(d)) ctx.addIssue({ code: 'custom', path: [field, i], message: `${d} is listed twice` });
      seen.add(d);
    });
  };
  check(n.holidays, 'holidays');
  check(n.workdays, 'workdays');
  const holidays = new Set(n.holidays);
  n.workdays.forEach((d, i) => {
    if (holidays.has(d)) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${d} is both a holiday and a make-up working day` });
    const wd = weekdayOf(d);
    if (wd !== 0 && wd !== 6) ctx.addIssue({ code: 'custom', path: ['workdays', i], message: `${d} is a weekday: a make-up working day is a Saturday or Sunday` });
  });
  if (n.holidays.length === 0) ctx.addIssue({ code: 'custom', path: ['holidays'], message: 'a year has public holidays' });
});

/** A published year and its version, as the device holds it. */
export interface PublishedYear {
  version: number;
  notice: HolidayNotice;
}

/**
 * The calendar the device counts with: the built-in one, with each published year replacing (or adding) that
 * year's notice. Its version names the published years, so a deadline's warning says which data it used.
 */
export function calendarWith(base: WorkingCalendar, published: readonly PublishedYear[]): WorkingCalendar {
  if (published.length === 0) return base;
  const byYear = new Map(base.notices.map((n) => [n.year, n]));
  const sorted = [...published].sort((a, b) => a.notice.year - b.notice.year);
  for (const p of sorted) byYear.set(p.notice.year, p.notice);
  const tag = sorted.map((p) => `${p.notice.year}v${p.version}`).join('+');
  return { ...base, version: `${base.version}+${tag}`, notices: [...byYear.values()].sort((a, b) => a.year - b.year) };
}

/** Days from `from` to `to` inclusive, for a form that lists a break by its first and last day. */
export function daysFromTo(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length < 40; d = addDays(d, 1)) out.push(d);
  return out;
}
