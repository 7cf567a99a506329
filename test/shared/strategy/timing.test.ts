import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { DEMO_CONTACT_STRATEGY } from '../../../shared/strategy/demo';
import { ContactStrategySchema } from '../../../shared/strategy/schema';
import { bestTime, isDaysBeforePayday } from '../../../shared/strategy/timing';

// 2026-12-07 is a Monday; 12-11 a Friday.
const timing = DEMO_CONTACT_STRATEGY.timing;
const ask = (now: string, payday: number | null, allowed: (at: Date) => boolean = () => true) =>
  bestTime(timing, { now: new Date(now), timeZone: 'Asia/Shanghai', calendar: CN_MAINLAND_CALENDAR, payday, allowed });
const hintIds = (s: ReturnType<typeof ask>) => s?.follows.map((h) => h.id);

describe('the best time from the timing hints', () => {
  it('the demo strategy is a valid published strategy', () => {
    expect(ContactStrategySchema.safeParse(DEMO_CONTACT_STRATEGY).success).toBe(true);
  });

  it('Friday before Tuesday and Thursday, in the first quarter-hour of the working day', () => {
    const s = ask('2026-12-07T08:00:00+08:00', null);
    expect(s).toMatchObject({ localDate: '2026-12-11', localTime: '09:00', at: '2026-12-11T01:00:00.000Z' });
    expect(hintIds(s)).toEqual(['workday-start', 'friday-first']);
    // Friday not allowed (e.g. caps reached): Tuesday beats Thursday.
    const noFriday = ask('2026-12-07T08:00:00+08:00', null, (at) => at.getUTCDay() !== 5);
    expect(noFriday?.localDate).toBe('2026-12-08');
  });

  it('three days before payday beats any weekday; a payday on a weekend is not counted', () => {
    expect(ask('2026-12-07T08:00:00+08:00', 11)?.localDate).toBe('2026-12-08');
    expect(hintIds(ask('2026-12-07T08:00:00+08:00', 11))).toEqual(['workday-start', 'friday-first', 'before-payday']);
    expect(ask('2026-12-07T08:00:00+08:00', 14)?.localDate).toBe('2026-12-11');
    // 3 days before the 15th is Saturday 12-12: no working day follows that hint, Friday wins.
    expect(hintIds(ask('2026-12-07T08:00:00+08:00', 15))).toEqual(['workday-start', 'friday-first']);
  });

  it('a payday past the month end is its last day', () => {
    expect(isDaysBeforePayday('2027-02-25', 31, 3)).toBe(true);
    expect(isDaysBeforePayday('2026-12-28', 31, 3)).toBe(true);
    expect(isDaysBeforePayday('2026-12-27', 31, 3)).toBe(false);
  });

  it('never at lunch, never before now, never when the rule pack refuses', () => {
    // Only 11:00–14:00 allowed on every day: lunch (11:30–13:30) is skipped, 11:00 and 13:30 remain.
    const s = ask('2026-12-07T08:00:00+08:00', null, (at) => {
      const h = (at.getUTCHours() + 8) % 24;
      return h >= 11 && h < 14;
    });
    expect(s).toMatchObject({ localDate: '2026-12-11', localTime: '11:00' });
    // Friday 09:10: today's first quarter-hour is gone; Tuesday's 09:00 (4 points) beats Friday 09:15 (3).
    expect(ask('2026-12-11T09:10:00+08:00', null)).toMatchObject({ localDate: '2026-12-15', localTime: '09:00' });
    expect(ask('2026-12-07T08:00:00+08:00', null, () => false)).toBeNull();
  });

  it('skips holidays: 2026-10-01 to 10-08 are not working days', () => {
    const s = ask('2026-09-30T19:00:00+08:00', null);
    expect(s!.localDate >= '2026-10-09').toBe(true);
  });
});
