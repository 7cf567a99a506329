import { addDays, dayNumber, isLocalDate } from '../fieldwork/dates';

/**
 * Working days (工作日) for letter deadlines: Monday to Friday, minus public holidays, plus the make-up
 * working weekends (调休上班日) the State Council announces with them. The lists are data: a bank loads the
 * year's official notice; nothing here knows a holiday by itself.
 */

/**
 * A SAMPLE of 2026's public holidays and make-up working days, as a bank would enter them from the State
 * Council notice (国务院办公厅关于2026年部分节假日安排的通知). Check it against the official notice before relying
 * on it: it is configuration, not law.
 */
export const CN_HOLIDAYS_2026: readonly string[] = [
  // 元旦
  '2026-01-01', '2026-01-02', '2026-01-03',
  // 春节
  '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23',
  // 清明节
  '2026-04-04', '2026-04-05', '2026-04-06',
  // 劳动节
  '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-04', '2026-05-05',
  // 端午节
  '2026-06-19', '2026-06-20', '2026-06-21',
  // 中秋节
  '2026-09-25', '2026-09-26', '2026-09-27',
  // 国庆节
  '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07',
];

/** SAMPLE make-up working weekends (调休上班) of 2026 that go with CN_HOLIDAYS_2026. */
export const CN_WORKDAYS_2026: readonly string[] = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'];

/** 0 = Sunday … 6 = Saturday. 1970-01-01 (day 0) was a Thursday. */
export function weekday(date: string): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWorkingDay(date: string, holidays: readonly string[], workdays: readonly string[] = []): boolean {
  if (workdays.includes(date)) return true;
  if (holidays.includes(date)) return false;
  const wd = weekday(date);
  return wd !== 0 && wd !== 6;
}

/**
 * The date `n` working days after `date` (the issue day itself does not count): with n = 5 from a Wednesday
 * and no holidays, the following Wednesday. n = 0 returns `date`. Throws RangeError on a bad date or n.
 */
export function addWorkingDays(date: string, n: number, holidays: readonly string[], workdays: readonly string[] = []): string {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${date}`);
  if (!Number.isInteger(n) || n < 0 || n > 3660) throw new RangeError(`working days must be a whole number from 0: ${n}`);
  const hol = new Set(holidays);
  const work = new Set(workdays);
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    const wd = weekday(d);
    const working = work.has(d) || (!hol.has(d) && wd !== 0 && wd !== 6);
    if (working) left--;
  }
  return d;
}

/** Working days after `from` up to and including `to` (0 when to ≤ from). */
export function workingDaysBetween(from: string, to: string, holidays: readonly string[], workdays: readonly string[] = []): number {
  let count = 0;
  for (let d = addDays(from, 1); dayNumber(d) <= dayNumber(to); d = addDays(d, 1)) if (isWorkingDay(d, holidays, workdays)) count++;
  return count;
}
