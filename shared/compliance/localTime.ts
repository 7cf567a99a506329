/**
 * Local wall-clock time in the debtor's IANA time zone. Contact windows and "per day" caps are judged in the
 * debtor's zone, never the machine's: a collector's laptop in Beijing calling a debtor in Urumqi or New York
 * must see the debtor's 22:00. Only Intl is used (runtime-neutral, no date library needed for this).
 */

/** A wall-clock reading: `date` YYYY-MM-DD, `time` HH:MM, minutes since local midnight, and a day number. */
export interface LocalDateTime {
  date: string;
  time: string;
  minuteOfDay: number;
  /** Days since 1970-01-01 of the local calendar date: differences are whole calendar days, DST or not. */
  dayNumber: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // h23 keeps midnight as 00 (some engines print 24 with hour12: false).
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Parses an ISO instant; refuses anything Date cannot read rather than computing with NaN. */
export function toInstant(value: Date | string): Date {
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an instant: ${String(value)}`);
  return instant;
}

/** The local date and time of `instant` in `timeZone`; throws RangeError for an unknown zone. */
export function toLocal(instant: Date | string, timeZone: string): LocalDateTime {
  const parts = formatterFor(timeZone).formatToParts(toInstant(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const year = Number(part('year'));
  const month = Number(part('month'));
  const day = Number(part('day'));
  const hour = Number(part('hour'));
  const minute = Number(part('minute'));
  const date = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  return { date, time: `${pad2(hour)}:${pad2(minute)}`, minuteOfDay: hour * 60 + minute, dayNumber: dayNumberOf(date) };
}

/** 'HH:MM' (or '24:00', the end of the day) to minutes since midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** Days since 1970-01-01 of a YYYY-MM-DD calendar date. */
export function dayNumberOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y as number, (m as number) - 1, d as number) / 86_400_000);
}

/** The YYYY-MM-DD of a day number. */
export function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
