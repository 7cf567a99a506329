import { DEFAULT_TIME_ZONE } from '../../../shared/calendar';
import { formatFen, formatFenLarge } from '../../../shared/domain/money';

export { formatFen, formatFenLarge };

/** An ISO instant as a date and time in the bank's zone (Asia/Shanghai), whatever the browser's zone is. */
export function formatInstant(iso: string, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  // One style per language: 2026年12月3日 14:00 / 3 Dec 2026, 14:00 (British order, as on the letters).
  const lng = locale.startsWith('en') ? 'en-GB' : locale;
  return new Intl.DateTimeFormat(lng, { timeZone, dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
}
