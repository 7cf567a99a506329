import { addDays as fnsAddDays, addMonths as fnsAddMonths, addYears as fnsAddYears, differenceInCalendarDays, formatISO, getDay } from 'date-fns';

/**
 * Plain calendar dates, 'YYYY-MM-DD' with no time and no zone: due dates, deadlines, the ends of periods.
 * The arithmetic is date-fns's. A date is held as a Date at local midnight only for the length of one date-fns
 * call: date-fns's calendar functions read and write the local year, month and day, so the machine's zone
 * (DST included) cannot move a date by a day.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateOf(text: string): Date | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  // setFullYear, unlike the Date constructor, does not turn years 0–99 into 1900–1999.
  date.setFullYear(y, mo - 1, d);
  date.setHours(0, 0, 0, 0);
  return date.getFullYear() === y && date.getMonth() === mo - 1 && date.getDate() === d ? date : null;
}

function parse(date: string): Date {
  const parsed = dateOf(date);
  if (!parsed) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  return parsed;
}

const text = (date: Date): string => formatISO(date, { representation: 'date' });

/** A real calendar day written YYYY-MM-DD: 2024-02-29 is one, 2025-02-29 and 2025-1-01 are not. */
export function isLocalDate(value: string): boolean {
  return typeof value === 'string' && dateOf(value) !== null;
}

/** Throws RangeError unless `date` is a real YYYY-MM-DD day. */
export function checkLocalDate(date: string, name = 'date'): void {
  if (!isLocalDate(date)) throw new RangeError(`${name} must be a YYYY-MM-DD calendar date: ${JSON.stringify(date)}`);
}

export function addDays(date: string, days: number): string {
  return text(fnsAddDays(parse(date), days));
}

/**
 * The same day of month `months` later (or earlier), clamped to the month's end: 01-31 + 1 month is 02-28, or
 * 02-29 in a leap year. Count every date of a series from its anchor (anchor + 2 months gives 03-31), never
 * from the previous, clamped one.
 */
export function addMonths(date: string, months: number): string {
  return text(fnsAddMonths(parse(date), months));
}

/** The same day `years` later, clamped to the month's end: 2024-02-29 + 3 years is 2027-02-28. */
export function addYears(date: string, years: number): string {
  return text(fnsAddYears(parse(date), years));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parse(to), parse(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: string): number {
  return getDay(parse(date));
}

export function yearOf(date: string): number {
  return parse(date).getFullYear();
}
