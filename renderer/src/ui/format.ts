import { DEFAULT_TIME_ZONE } from '../../../shared/calendar';
import { formatFen, formatFenLarge } from '../../../shared/domain/money';

export { formatFen, formatFenLarge };
/** Today's date (YYYY-MM-DD) in a zone (the bank's by default), from the shared calendar. */
export { todayIn } from '../../../shared/calendar';

/** Basis points as a percentage: 1850 -> "18.50%". */
export function formatRateBps(bps: number): string {
  return `${(bps / 100).toFixed(2)}%`;
}

/** An ISO instant shown as a date and time in the bank's zone, whatever the laptop's zone is. */
export function formatInstant(iso: string, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
