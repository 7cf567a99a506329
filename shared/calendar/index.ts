// One calendar: plain dates, instants in a zone, and working days from holiday data that is passed in as a value.
export { addDays, addMonths, addYears, checkLocalDate, daysBetween, isLocalDate, weekdayOf, yearOf } from './localDate';
export {
  DEFAULT_TIME_ZONE,
  dailyWindowOn,
  instantAt,
  instantMs,
  isTimeOfDay,
  isValidTimeZone,
  localDateOf,
  localDayWindow,
  minutesOf,
  toInstant,
  todayIn,
  wallClockOf,
  withinDailyHours,
  type InstantWindow,
  type LocalDateTime,
} from './zone';
export {
  HolidayNoticeSchema,
  MAX_WORKING_DAYS,
  WorkingCalendarSchema,
  addWorkingDays,
  coveredYears,
  isCovered,
  isWorkingDay,
  parseWorkingCalendar,
  uncoveredYearsBetween,
  workingDayOnOrBefore,
  workingDaysBetween,
  type HolidayNotice,
  type WorkingCalendar,
  type WorkingDayCount,
} from './workingCalendar';
export { CN_MAINLAND_CALENDAR, WEEKENDS_ONLY_CALENDAR } from './cnMainland';
