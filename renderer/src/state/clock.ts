import { todayIn } from '../../../shared/calendar';

/**
 * The app's clock. Everything that stamps or judges time asks it, so tests can move time (Playwright's
 * clock replaces Date in the page; unit tests pass their own `now` to the pure rules).
 */
export const clock = {
  now: (): Date => new Date(),
  /** Today (YYYY-MM-DD) in `timeZone` (a case's, or the bank's) at the clock's now. */
  today: (timeZone: string): string => todayIn(timeZone, clock.now()),
};
