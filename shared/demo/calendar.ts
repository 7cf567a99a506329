/**
 * Calendar dates as whole days since 1970-01-01, with Howard Hinnant's civil-date algorithms: integer
 * arithmetic only, so no Date object and no local time zone can shift a date by one day.
 */

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civilFromDays(days: number): { y: number; m: number; d: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d };
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** 'YYYY-MM-DD' to a day number; throws on a malformed or impossible date such as 2025-02-30. */
export function parseLocalDate(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new RangeError(`no such date: ${date}`);
  return daysFromCivil(y, mo, d);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function formatLocalDate(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** YYYYMMDD, as printed inside an ID number. */
export function compactDate(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return `${pad(y, 4)}${pad(m, 2)}${pad(d, 2)}`;
}

/** Same day of month n months later (or earlier), clamped to the month's end: 01-31 + 1 month = 02-28/29. */
export function addMonths(days: number, months: number): number {
  const { y, m, d } = civilFromDays(days);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return daysFromCivil(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/** An instant on that calendar day in China Standard Time, which has had no daylight saving since 1991. */
export function beijingInstant(days: number, minuteOfDay: number): string {
  const hh = Math.floor(minuteOfDay / 60);
  const mm = minuteOfDay % 60;
  return `${formatLocalDate(days)}T${pad(hh, 2)}:${pad(mm, 2)}:00+08:00`;
}
