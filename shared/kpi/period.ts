import { addDays, checkLocalDate, DEFAULT_TIME_ZONE, localDayWindow, todayIn } from '../calendar';

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
