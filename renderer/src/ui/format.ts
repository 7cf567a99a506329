import { formatFen } from '../../../shared/domain/money';

export { formatFen };

/** Basis points as a percentage: 1850 -> "18.50%". */
export function formatRateBps(bps: number): string {
  return `${(bps / 100).toFixed(2)}%`;
}

/** An ISO instant shown as a date and time in the bank's zone, whatever the laptop's zone is. */
export function formatInstant(iso: string, locale: string, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Today's date (YYYY-MM-DD) in the bank's zone. */
export function todayIn(timeZone = 'Asia/Shanghai', now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
