import { addDays, instantAt, isWorkingDay, minutesOf, wallClockOf, weekdayOf, type WorkingCalendar } from '../calendar';
import type { ContactStrategy, TimingHint } from './schema';

export type Timing = ContactStrategy['timing'];

export interface SlotQuestion {
  now: Date;
  /** The debtor's zone: slots are their local times. */
  timeZone: string;
  calendar: WorkingCalendar;
  /** Day of month the customer is paid (31: the month's last day); null when not known. */
  payday: number | null;
  /** Whether the contact may be made at this instant (the rule pack's verdict: not blocked, no override needed). */
  allowed(at: Date): boolean;
}

export interface SuggestedTime {
  at: string;
  localDate: string;
  localTime: string;
  /** The hints this time follows, each with its source. */
  follows: TimingHint[];
}

const SLOT_MINUTES = 15;
const pad = (n: number) => String(n).padStart(2, '0');
const timeOf = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The payday on or after `date`'s month (31 or more than the month has: its last day). */
function paydayIn(year: number, month: number, payday: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(payday, last))}`;
}

/** Whether `date` is `days` before one of the customer's paydays. */
export function isDaysBeforePayday(date: string, payday: number, days: number): boolean {
  const target = addDays(date, days);
  const [y, m] = target.split('-').map(Number) as [number, number];
  return paydayIn(y, m, payday) === target;
}

/** The hints a local slot follows; null when it falls in a time to avoid (lunch). */
export function hintsFollowed(timing: Timing, date: string, minute: number, payday: number | null): TimingHint[] | null {
  const follows: TimingHint[] = [];
  for (const h of timing.hints) {
    if (h.kind === 'avoid' && minute >= minutesOf(h.from) && minute < minutesOf(h.to)) return null;
    if (h.kind === 'workday_start' && minute >= minutesOf(timing.workdayStart) && minute < minutesOf(timing.workdayStart) + h.minutes) follows.push(h);
    if (h.kind === 'weekday' && h.order.includes(weekdayOf(date))) follows.push(h);
    if (h.kind === 'before_payday' && payday !== null && isDaysBeforePayday(date, payday, h.days)) follows.push(h);
  }
  return follows;
}

/**
 * Points for a slot: before payday 4, the working day's first minutes 2, a preferred weekday by its place (the
 * first of three gets 3). So three days before payday beats any weekday, Friday beats Tuesday beats Thursday,
 * and within a day the first quarter-hour wins. Each full week ahead costs 3 points: the debt does not wait a week
 * for a Friday (next week's Friday loses to this week's Tuesday). Ties go to the earliest slot.
 */
function pointsOf(follows: readonly TimingHint[], date: string, daysAhead: number): number {
  let points = -3 * Math.floor(daysAhead / 7);
  for (const h of follows) {
    if (h.kind === 'before_payday') points += 4;
    if (h.kind === 'workday_start') points += 2;
    if (h.kind === 'weekday') points += h.order.length - h.order.indexOf(weekdayOf(date));
  }
  return points;
}

/**
 * The best time to make a contact from now to the strategy's horizon: working days only, quarter-hour slots of
 * the debtor's working day, never in a time to avoid, never one the rule pack refuses (`allowed`), the most
 * hints followed (pointsOf) and soonest. Null when no slot in the horizon is allowed.
 */
export function bestTime(timing: Timing, q: SlotQuestion): SuggestedTime | null {
  const nowMs = q.now.getTime();
  const today = wallClockOf(q.now, q.timeZone).date;
  let best: { s: SuggestedTime; points: number } | null = null;
  for (let d = 0; d <= timing.horizonDays; d++) {
    const date = addDays(today, d);
    if (!isWorkingDay(q.calendar, date)) continue;
    for (let m = minutesOf(timing.workdayStart); m < minutesOf(timing.workdayEnd); m += SLOT_MINUTES) {
      const follows = hintsFollowed(timing, date, m, q.payday);
      if (follows === null) continue;
      const points = pointsOf(follows, date, d);
      if (best && points <= best.points) continue;
      const at = instantAt(date, timeOf(m), q.timeZone);
      if (Date.parse(at) < nowMs || !q.allowed(new Date(at))) continue;
      best = { s: { at, localDate: date, localTime: timeOf(m), follows }, points };
    }
  }
  return best?.s ?? null;
}
