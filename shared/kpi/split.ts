import { addDays, isWorkingDay, weekdayOf, type WorkingCalendar } from '../calendar';

/**
 * Splitting a target so the parts sum exactly to the whole (issue 15 §4): the largest-remainder method
 * (Hamilton). Each part gets the whole-number floor of its share; the units left over go one each to the parts
 * with the largest remainders, ties to the earlier part. Whole numbers in, whole numbers out (fen, accounts).
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`a target is a whole number ≥ 0: ${total}`);
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('weights are whole numbers ≥ 0 (fen, accounts)');
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError('nothing to split a target over');
    return [];
  }
  const sum = weights.reduce((s, w) => s + w, 0);
  // No weight at all (an empty portfolio): an even split.
  const w = (sum === 0 ? weights.map(() => 1) : weights).map(BigInt);
  const wSum = sum === 0 ? BigInt(weights.length) : BigInt(sum);
  // BigInt keeps total × weight exact: fen × fen passes 2^53.
  const parts = w.map((x, i) => {
    const scaled = BigInt(total) * x;
    const whole = scaled / wSum;
    return { i, whole: Number(whole), rest: scaled - whole * wSum };
  });
  let left = total - parts.reduce((s, p) => s + p.whole, 0);
  const order = [...parts].sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i));
  for (const p of order) {
    if (left === 0) break;
    p.whole += 1;
    left -= 1;
  }
  return parts.map((p) => p.whole);
}

export interface DayShare {
  date: string;
  amount: number;
}

export interface WeekShare {
  /** The Monday of the week (the month's first day for a week that starts in the previous month). */
  weekStart: string;
  amount: number;
  workingDays: number;
}

/** The working days of `month` ("2026-11") in the published calendar. */
export function workingDaysOf(calendar: WorkingCalendar, month: string): string[] {
  const first = `${month}-01`;
  const out: string[] = [];
  for (let d = first; d.slice(0, 7) === month; d = addDays(d, 1)) if (isWorkingDay(calendar, d)) out.push(d);
  return out;
}

/** A month's target over its working days, evenly, summing exactly; and the same by week (Monday to Sunday). */
export function splitOverMonth(calendar: WorkingCalendar, month: string, total: number): { days: DayShare[]; weeks: WeekShare[] } {
  const workdays = workingDaysOf(calendar, month);
  const amounts = largestRemainder(total, workdays.map(() => 1));
  const days = workdays.map((date, i) => ({ date, amount: amounts[i]! }));
  const weeks: WeekShare[] = [];
  for (const d of days) {
    const monday = addDays(d.date, -((weekdayOf(d.date) + 6) % 7));
    const weekStart = monday.slice(0, 7) === month ? monday : `${month}-01`;
    const last = weeks[weeks.length - 1];
    if (last && last.weekStart === weekStart) {
      last.amount += d.amount;
      last.workingDays += 1;
    } else weeks.push({ weekStart, amount: d.amount, workingDays: 1 });
  }
  return { days, weeks };
}

export interface CollectorWeight {
  officerId: string;
  /** Their share of the portfolio: the overdue balance of the cases they hold (fen). */
  weight: number;
}

/** A branch target split per collector by share of the portfolio, each figure summing exactly. */
export function splitPerCollector(
  target: { recoveredFen: number; curedAccounts: number },
  collectors: readonly CollectorWeight[],
): { officerId: string; recoveredFen: number; curedAccounts: number }[] {
  const weights = collectors.map((c) => c.weight);
  const fen = largestRemainder(target.recoveredFen, weights);
  const cured = largestRemainder(target.curedAccounts, weights);
  return collectors.map((c, i) => ({ officerId: c.officerId, recoveredFen: fen[i]!, curedAccounts: cured[i]! }));
}

export interface DailyGoal {
  /** What is left of the month's target at the start of today (never below 0). */
  leftFen: number;
  /** Working days of the month from today on, today included, in the published calendar. */
  workingDaysLeft: number;
  /** Today's share of what is left; 0 on a day off (the goal falls on the working days). */
  todayFen: number;
  workingDay: boolean;
}

/**
 * The daily goal (issue 15 §5, on My day and 我的业绩): what is left of the month's target at the start of
 * `today`, spread over the working days left (today included) by the same exact split as the month's, so the
 * day-by-day goals from here on sum to what is left; today is the first of them (it takes a leftover fen first).
 */
export function dailyGoal(calendar: WorkingCalendar, today: string, targetFen: number, recoveredBeforeTodayFen: number): DailyGoal {
  const month = today.slice(0, 7);
  const days = workingDaysOf(calendar, month).filter((d) => d >= today);
  const leftFen = Math.max(0, targetFen - recoveredBeforeTodayFen);
  const workingDay = days[0] === today;
  if (days.length === 0) return { leftFen, workingDaysLeft: 0, todayFen: 0, workingDay };
  const shares = largestRemainder(leftFen, days.map(() => 1));
  return { leftFen, workingDaysLeft: days.length, todayFen: workingDay ? shares[0]! : 0, workingDay };
}
