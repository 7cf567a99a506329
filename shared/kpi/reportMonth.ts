import { DEFAULT_TIME_ZONE, todayIn } from '../calendar';
import { monthPeriod, type KpiPeriod } from './period';

/**
 * Which month a monthly report (上报, issue 15 §6) covers and as of which day: any month up to the current one,
 * the current month in the branch's zone (Asia/Shanghai by default: 00:30 on the 1st there is already the new
 * month, though UTC still says the old one). A past month is taken as of its last day, so its figures are those
 * of the month's end (a promise due on the last day whose grace runs into the next month is still open then);
 * the current month as of today. A later month has no report yet.
 */
const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The current month and the `count - 1` before it, newest first: the report screen's month picker. */
export function reportMonths(today: string, count = 12): string[] {
  const out: string[] = [];
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  for (let i = 0; i < count; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) {
      m = 12;
      y -= 1;
    }
  }
  return out;
}

/** The report's period for `month` seen on `today` (a local date of `timeZone`). */
export function reportPeriod(month: string, today: string, timeZone: string = DEFAULT_TIME_ZONE): KpiPeriod {
  if (!MONTH_RE.test(month)) throw new RangeError(`a month is YYYY-MM: ${month}`);
  const current = today.slice(0, 7);
  if (month > current) throw new RangeError(`${month} has not begun on ${today}: no report yet`);
  const end = monthPeriod(month, undefined, timeZone).to;
  return monthPeriod(month, month === current ? today : end, timeZone);
}

/** Today in the branch's zone at the instant `now`: the day the picker starts from. */
export const reportToday = (now: Date, timeZone: string = DEFAULT_TIME_ZONE): string => todayIn(timeZone, now);
