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
  // One style per language: 2026年12月3日 14:00 / 3 Dec 2026, 14:00 (British order, as on the letters).
  const lng = locale.startsWith('en') ? 'en-GB' : locale;
  return new Intl.DateTimeFormat(lng, { timeZone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
}
