import { DEFAULT_TIME_ZONE } from '../../../shared/calendar';
import { formatFen, formatFenLarge } from '../../../shared/domain/money';

export { formatFen, formatFenLarge };

/** An ISO instant as a date and time in the bank's zone (Asia/Shanghai), whatever the browser's zone is. */
export function formatInstant(iso: string, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
