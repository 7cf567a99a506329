import { z } from 'zod';
import { addDays, daysBetween, isLocalDate, weekdayOf, yearOf } from './localDate';

/**
 * Working days (工作日) from a calendar that is data: the weekly rest days, and for each covered year the
 * official notice's public holidays (放假) and make-up working days (调休上班日). A calendar is a value passed
 * to whoever counts working days, with an id and a version, so head office can publish a new one (the next
 * year's notice) without a new build. A day in a year the calendar does not cover is counted by the weekly
 * rule alone, and every answer says which years it could not check: the caller shows a warning, it never
 * guesses silently.
 *
 * Coverage is by year of the day counted. A notice may also arrange the last days of the year before (元旦
 * 2012 made Saturday 2011-12-31 a working day; 元旦 2024 began on 2023-12-30): such days are taken from
 * whichever notice lists them, and until the next year's notice is entered the end of December is counted on
 * its own year's notice alone.
 */

const DateSchema = z.string().refine(isLocalDate, 'date must be a real YYYY-MM-DD day');

export const HolidayNoticeSchema = z
  .object({
    /** The year the notice arranges. */
    year: z.number().int().min(1949).max(2200),
    /** The official title, e.g. 国务院办公厅关于2026年部分节假日安排的通知. */
    title: z.string().min(1),
    /** The day the notice was issued (as signed). */
    issuedOn: DateSchema,
    /** The document number, when known (国办发明电〔2024〕12号). */
    documentNumber: z.string().min(1).optional(),
    /** Where the dates were checked, for whoever audits them. */
    checkedAgainst: z.string().min(1),
    /** Days off, weekend days inside a break included. A break may begin in the year before (元旦). */
    holidays: z.array(DateSchema),
    /** Weekend days that are working days (调休上班). */
    workdays: z.array(DateSchema),
  })
  .refine((n) => [...n.holidays, ...n.workdays].every((d) => Math.abs(yearOf(d) - n.year) <= 1), {
    message: "a notice's dates lie in its year or next to it",
  });
export type HolidayNotice = z.infer<typeof HolidayNoticeSchema>;

export const WorkingCalendarSchema = z
  .object({
    /** Stable name, e.g. cn-mainland. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'calendar id like cn-mainland'),
    /** Changes whenever a notice is added or corrected; the coverage warnings name it. */
    version: z.string().min(1),
    name: z.string().min(1),
    /** Weekly rest days, 0 = Sunday … 6 = Saturday. */
    weekend: z
      .array(z.number().int().min(0).max(6))
      .max(6)
      .refine((days) => new Set(days).size === days.length, 'each rest day once'),
    /** One notice per covered year. */
    notices: z.array(HolidayNoticeSchema),
  })
  .refine((c) => new Set(c.notices.map((n) => n.year)).size === c.notices.length, { message: 'one notice per year', path: ['notices'] })
  .refine(
    (c) => {
      const holidays = new Set(c.notices.flatMap((n) => n.holidays));
      return c.notices.every((n) => n.workdays.every((d) => !holidays.has(d)));
    },
    { message: 'a day is either a holiday or a make-up working day, not both', path: ['notices'] },
  )
  .refine((c) => c.notices.every((n) => n.workdays.every((d) => c.weekend.includes(weekdayOf(d)))), {
    message: 'a make-up working day falls on a weekly rest day',
    path: ['notices'],
  });
export type WorkingCalendar = z.infer<typeof WorkingCalendarSchema>;

/** Validates a calendar from outside (head office); throws with the schema's messages. */
export function parseWorkingCalendar(data: unknown): WorkingCalendar {
  return WorkingCalendarSchema.parse(data);
}

interface Index {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
  years: ReadonlySet<number>;
  weekend: ReadonlySet<number>;
}

// A calendar is an immutable value: its lookup sets are built once per object.
const indexes = new WeakMap<WorkingCalendar, Index>();

function indexOf(calendar: WorkingCalendar): Index {
  let index = indexes.get(calendar);
  if (!index) {
    index = {
      holidays: new Set(calendar.notices.flatMap((n) => n.holidays)),
      workdays: new Set(calendar.notices.flatMap((n) => n.workdays)),
      years: new Set(calendar.notices.map((n) => n.year)),
      weekend: new Set(calendar.weekend),
    };
    // With seven rest days a week no day would ever be a working day and counting would never end.
    if (index.weekend.size > 6) throw new RangeError(`calendar ${calendar.id} has no working weekday`);
    indexes.set(calendar, index);
  }
  return index;
}

/** The years the calendar has a notice for, ascending. */
export function coveredYears(calendar: WorkingCalendar): number[] {
  return [...indexOf(calendar).years].sort((a, b) => a - b);
}

/** Whether the calendar knows the holidays of `date`'s year. */
export function isCovered(calendar: WorkingCalendar, date: string): boolean {
  return indexOf(calendar).years.has(yearOf(date));
}

/** The years from `from` to `to` (both included) that the calendar does not cover, ascending. */
export function uncoveredYearsBetween(calendar: WorkingCalendar, from: string, to: string): number[] {
  const years = indexOf(calendar).years;
  const missing: number[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!years.has(y)) missing.push(y);
  return missing;
}

/**
 * A working day: a make-up working day, or a day that is neither a holiday nor a weekly rest day. Outside the
 * calendar's coverage only the weekly rule applies: check isCovered, or use the counting functions below,
 * which report it.
 */
export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  const index = indexOf(calendar);
  if (index.workdays.has(date)) return true;
  return !index.holidays.has(date) && !index.weekend.has(weekdayOf(date));
}

/** A date found by counting working days, and the years counted through that the calendar does not cover. */
export interface WorkingDayCount {
  date: string;
  /** Empty when every day counted is covered; otherwise the deadline may be wrong by those years' holidays. */
  uncoveredYears: number[];
}

export const MAX_WORKING_DAYS = 3660;

/**
 * The date `n` working days after `date` (the day itself does not count): with n = 5 from a Wednesday and no
 * holidays, the next Wednesday. n = 0 gives `date`. Throws RangeError on a bad date or n.
 */
export function addWorkingDays(calendar: WorkingCalendar, date: string, n: number): WorkingDayCount {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${JSON.stringify(date)}`);
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) throw new RangeError(`working days must be a whole number from 0 to ${MAX_WORKING_DAYS}: ${n}`);
  let day = date;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) left--;
  }
  return { date: day, uncoveredYears: n === 0 ? [] : uncoveredYearsBetween(calendar, addDays(date, 1), day) };
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(calendar: WorkingCalendar, from: string, to: string): { count: number; uncoveredYears: number[] } {
  const span = daysBetween(from, to);
  let count = 0;
  for (let i = 1; i <= span; i++) if (isWorkingDay(calendar, addDays(from, i))) count++;
  return { count, uncoveredYears: span > 0 ? uncoveredYearsBetween(calendar, addDays(from, 1), to) : [] };
}

/** The last working day on or before `date`, and whether the days looked at were covered. */
export function workingDayOnOrBefore(calendar: WorkingCalendar, date: string): WorkingDayCount {
  let day = date;
  while (!isWorkingDay(calendar, day)) day = addDays(day, -1);
  return { date: day, uncoveredYears: uncoveredYearsBetween(calendar, day, date) };
}
