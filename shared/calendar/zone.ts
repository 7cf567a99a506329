import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays, checkLocalDate } from './localDate';

/**
 * Instants and the wall clock of an IANA time zone, on @date-fns/tz (the zone rules come from the runtime's
 * Intl data). Contact hours, "today" and per-day caps are judged in the debtor's zone, never the machine's: a
 * collector's laptop in Beijing calling a debtor in Urumqi or New York must see the debtor's 22:00.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** A wall-clock reading: `date` YYYY-MM-DD, `time` HH:MM and the minutes since local midnight. */
export interface LocalDateTime {
  date: string;
  time: string;
  minuteOfDay: number;
}

// Known good names only: a stream of bad ones (from an import file) must not grow the cache.
const validZones = new Set<string>();

/** An IANA name (Asia/Urumqi) the runtime knows; Asia/Beijing is not one. */
export function isValidTimeZone(timeZone: string): boolean {
  if (validZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  if (timeZone.length === 0) return false;
  validZones.add(timeZone);
  return true;
}

function checkZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)}`);
}

/** Parses an ISO instant; refuses anything Date cannot read rather than computing with NaN. */
export function toInstant(value: Date | string): Date {
  const instant = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an instant: ${String(value)}`);
  return instant;
}

/** Milliseconds since the epoch; for ordering instants written with different offsets. */
export function instantMs(instant: string): number {
  return toInstant(instant).getTime();
}

/**
 * `instant` moved by the zone's UTC offset at that instant, so that its UTC fields read the zone's wall clock.
 * (tzOffset is what TZDate itself uses; reading the fields this way is several times faster than a TZDate,
 * which matters when My day turns thousands of instants into days.)
 */
function wallClockFields(instant: Date | string, timeZone: string): string {
  checkZone(timeZone);
  const at = toInstant(instant);
  return new Date(at.getTime() + offsetAt(timeZone, at) * 60_000).toISOString();
}

/**
 * tzOffset, remembered per zone and six-hour slot of UTC: each call is an Intl formatting (about 10 µs), and head
 * office turns tens of thousands of instants into days (docs/benchmarks.md, "KPI speed"). A slot whose first and
 * last millisecond have the same offset has it throughout, as no zone changes its offset twice within six hours;
 * a slot with a change in it is not remembered, its instants are looked up one by one.
 */
const SLOT_MS = 6 * 3_600_000;
const slotOffsets = new Map<string, Map<number, number>>();
function offsetAt(timeZone: string, at: Date): number {
  const slot = Math.floor(at.getTime() / SLOT_MS);
  let slots = slotOffsets.get(timeZone);
  if (!slots) slotOffsets.set(timeZone, (slots = new Map()));
  let offset = slots.get(slot);
  if (offset === undefined) {
    const first = tzOffset(timeZone, new Date(slot * SLOT_MS));
    offset = first === tzOffset(timeZone, new Date((slot + 1) * SLOT_MS - 1)) ? first : NaN;
    if (slots.size >= 100_000) slots.clear();
    slots.set(slot, offset);
  }
  return Number.isNaN(offset) ? tzOffset(timeZone, at) : offset;
}

/** The local date and time of `instant` in `timeZone`; throws RangeError for an unknown zone or a bad instant. */
export function wallClockOf(instant: Date | string, timeZone: string): LocalDateTime {
  const iso = wallClockFields(instant, timeZone);
  const time = iso.slice(11, 16);
  return { date: iso.slice(0, 10), time, minuteOfDay: minutesOf(time) };
}

/** The calendar date an instant falls on in `timeZone`. */
export function localDateOf(instant: Date | string, timeZone: string): string {
  return wallClockFields(instant, timeZone).slice(0, 10);
}

/** Today in `timeZone` at `now` (the app's clock; tests pass their own). */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE, now: Date = new Date()): string {
  return localDateOf(now, timeZone);
}

const TIME_RE = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;

/** 'HH:MM' from 00:00 to 23:59, or '24:00' (the end of the day). */
export function isTimeOfDay(time: string): boolean {
  return TIME_RE.test(time);
}

/** 'HH:MM' (or '24:00', the end of the day) to minutes since midnight; throws RangeError on anything else. */
export function minutesOf(time: string): number {
  if (!isTimeOfDay(time)) throw new RangeError(`not a time of day (HH:MM): ${JSON.stringify(time)}`);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

/**
 * The instant (ISO, UTC) at which the wall clock in `timeZone` reads `date` `time`. A time that does not exist
 * (skipped by a spring-forward change) is read as the same span after the change, 02:30 → 03:30; a time that
 * happens twice (autumn) is the first of the two.
 */
export function instantAt(date: string, time: string, timeZone: string): string {
  checkLocalDate(date);
  checkZone(timeZone);
  const minutes = minutesOf(time);
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, mo - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime()).toISOString();
}

/** [start, end) of a window as instants. */
export interface InstantWindow {
  start: string;
  end: string;
}

/** The local day `date` in `timeZone`, from its midnight to the next: 24 hours, or 23 or 25 on a DST change. */
export function localDayWindow(date: string, timeZone: string): InstantWindow {
  return { start: instantAt(date, '00:00', timeZone), end: instantAt(addDays(date, 1), '00:00', timeZone) };
}

/**
 * Daily hours (contact hours, consent hours) on the local day `date` as instants: start inclusive, end
 * exclusive; a window whose end is before its start runs past midnight into the next day (22:00–01:00).
 */
export function dailyWindowOn(date: string, timeZone: string, start: string, end: string): InstantWindow {
  const wraps = minutesOf(end) < minutesOf(start);
  return { start: instantAt(date, start, timeZone), end: instantAt(wraps ? addDays(date, 1) : date, end, timeZone) };
}

/** Whether a minute of the local day is within daily hours [start, end), which may wrap past midnight. */
export function withinDailyHours(minuteOfDay: number, start: string, end: string): boolean {
  const s = minutesOf(start);
  const e = minutesOf(end);
  return s <= e ? minuteOfDay >= s && minuteOfDay < e : minuteOfDay >= s || minuteOfDay < e;
}
