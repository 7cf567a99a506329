/**
 * Field work's date helpers are the shared calendar's (shared/calendar): one implementation of dates, zones
 * and month ends for the whole app. The names here stay for the callers that import them from field work.
 */
export {
  addDays,
  addMonths as addMonthsClamped,
  daysBetween,
  DEFAULT_TIME_ZONE,
  instantMs,
  isLocalDate,
  localDateOf,
} from '../calendar';
