/**
 * Calendar arithmetic on 'YYYY-MM-DD' local dates. A date is turned into a whole day number (days since
 * 1970-01-01) through UTC, so the machine's own time zone can never shift a date by one day.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function utcDate(y: number, m: number, d: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d); // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999
  return date;
}

export function isLocalDate(text: string): boolean {
  const m = DATE_RE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = utcDate(y, mo, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Day number of a local date; throws RangeError on a malformed or impossible date such as 2025-02-30. */
export function dayNumber(date: string): number {
  if (!isLocalDate(date)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.round(utcDate(y, m, d).getTime() / DAY_MS);
}

export function dateOfDayNumber(day: number): string {
  const date = new Date(day * DAY_MS);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function daysInMonth(y: number, m: number): number {
  return utcDate(y, m + 1, 0).getUTCDate();
}

/**
 * The anchor's day of month, `months` later, clamped to the month's end. Always counted from the anchor,
 * never chained, so 01-31 gives 02-28 (02-29 in a leap year) and then 03-31, not 03-28.
 */
export function addMonthsClamped(anchor: string, months: number): string {
  const [y, m, d] = dateOfDayNumber(dayNumber(anchor)).split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return dateOfDayNumber(Math.round(utcDate(ny, nm, Math.min(d, daysInMonth(ny, nm))).getTime() / DAY_MS));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in `timeZone` (an IANA name such as Asia/Shanghai). */
export function localDateOf(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${JSON.stringify(instant)}`);
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Milliseconds since the epoch; for ordering instants written with different offsets. */
export function instantMs(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO instant: ${JSON.stringify(instant)}`);
  return ms;
}

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';
