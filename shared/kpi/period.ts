import { addDays, checkLocalDate, DEFAULT_TIME_ZONE, instantMs, localDayWindow, todayIn } from '../calendar';

/**
 * The period a measure covers: local dates `from`..`to` inclusive in the branch's zone, and the day the figures
 * are taken (`asOf`: a promise whose grace has not ended by then is still open). Instants are in the period when
 * they fall in [from 00:00, to+1 00:00) of the zone.
 */
export interface KpiPeriod {
  from: string;
  to: string;
  asOf: string;
  timeZone: string;
  startMs: number;
  endMs: number;
}

export function kpiPeriod(from: string, to: string, asOf: string = to, timeZone: string = DEFAULT_TIME_ZONE): KpiPeriod {
  checkLocalDate(from, 'from');
  checkLocalDate(to, 'to');
  checkLocalDate(asOf, 'asOf');
  if (to < from) throw new RangeError(`a period ends on or after it starts: ${from}..${to}`);
  return {
    from, to, asOf, timeZone,
    startMs: Date.parse(localDayWindow(from, timeZone).start),
    endMs: Date.parse(localDayWindow(to, timeZone).end),
  };
}

/** The calendar month of `date` ("2026-11-17" → 2026-11-01..2026-11-30), taken as of `asOf` (default: its last day). */
export function monthPeriod(month: string, asOf?: string, timeZone: string = DEFAULT_TIME_ZONE): KpiPeriod {
  const from = `${month.slice(0, 7)}-01`;
  checkLocalDate(from, 'month');
  const next = Number(month.slice(5, 7)) === 12 ? `${Number(month.slice(0, 4)) + 1}-01-01` : `${month.slice(0, 5)}${String(Number(month.slice(5, 7)) + 1).padStart(2, '0')}-01`;
  const to = addDays(next, -1);
  return kpiPeriod(from, to, asOf ?? to, timeZone);
}

/** This month up to today, as of today. */
export const monthToDate = (now: Date, timeZone: string = DEFAULT_TIME_ZONE): KpiPeriod => {
  const today = todayIn(timeZone, now);
  return kpiPeriod(`${today.slice(0, 7)}-01`, today, today, timeZone);
};

export const inPeriod = (p: KpiPeriod, ms: number): boolean => ms >= p.startMs && ms < p.endMs;
export const dateInPeriod = (p: KpiPeriod, date: string): boolean => date >= p.from && date <= p.to;

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const digit = (s: string, i: number) => {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
};
/** Whether `s` starts with YYYY-MM-DD (the wall-clock date of an ISO 8601 instant). */
const datePrefixed = (s: string) =>
  s.length >= 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && digit(s, 0) && digit(s, 1) && digit(s, 2) && digit(s, 3) && digit(s, 5) && digit(s, 6) && digit(s, 8) && digit(s, 9);

/**
 * `inPeriod` for ISO 8601 instants (records carry them with Z or an offset, shared/sync/primitives.ts
 * InstantSchema), reading most of them without parsing: an instant's written date is its wall-clock date in an
 * offset of less than a day, so its UTC date is that date or the day before or after. Written two days or more
 * inside the period's UTC days it is in; two days or more outside, out; only the few near an end are parsed.
 * A team board reads a million activities (docs/benchmarks.md), and parsing each was a third of its time.
 */
export function instantsIn(p: KpiPeriod): (instant: string) => boolean {
  const parse = (instant: string) => inPeriod(p, instantMs(instant));
  const first = new Date(p.startMs).toISOString().slice(0, 10);
  const last = new Date(p.endMs).toISOString().slice(0, 10);
  if (!DAY_RE.test(first) || !DAY_RE.test(last)) return parse;
  // Compared as text with a date prefix: `instant >= day` iff its date ≥ day, `instant < day` iff its date < day.
  const inFrom = addDays(first, 2);
  const inUntil = addDays(last, -1);
  const outBefore = addDays(first, -1);
  const outFrom = addDays(last, 2);
  if (![inFrom, inUntil, outBefore, outFrom].every((d) => DAY_RE.test(d))) return parse;
  return (instant) => {
    if (datePrefixed(instant)) {
      if (instant >= inFrom && instant < inUntil) return true;
      if (instant < outBefore || instant >= outFrom) return false;
    }
    return parse(instant);
  };
}
