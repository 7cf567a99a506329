import { tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import {
  dailyWindowOn,
  instantAt,
  isValidTimeZone,
  localDateOf,
  localDayWindow,
  minutesOf,
  todayIn,
  wallClockOf,
  withinDailyHours,
} from '../../../shared/calendar';

describe('the wall clock in a zone', () => {
  it.each([
    // Shanghai has had no DST since 1991: always UTC+8.
    ['2026-03-14T15:59:59Z', 'Asia/Shanghai', '2026-03-14', '23:59'],
    ['2026-03-14T16:00:00Z', 'Asia/Shanghai', '2026-03-15', '00:00'],
    ['2026-07-01T13:59:00Z', 'Asia/Shanghai', '2026-07-01', '21:59'],
    ['2026-03-15T00:30:00+08:00', 'Asia/Urumqi', '2026-03-14', '22:30'],
    // London: GMT, then BST from 2026-03-29 01:00 UTC.
    ['2026-03-29T00:59:00Z', 'Europe/London', '2026-03-29', '00:59'],
    ['2026-03-29T01:00:00Z', 'Europe/London', '2026-03-29', '02:00'],
    ['2026-07-01T21:30:00Z', 'Europe/London', '2026-07-01', '22:30'],
    // New York: EST, then EDT from 2026-03-08 07:00 UTC; back to EST on 2026-11-01 06:00 UTC.
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08', '01:59'],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08', '03:00'],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01', '01:30'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', '01:30'],
    ['2026-12-04T03:00:00Z', 'America/New_York', '2026-12-03', '22:00'],
  ])('%s in %s reads %s %s', (instant, zone, date, time) => {
    const local = wallClockOf(instant, zone);
    expect(local).toEqual({ date, time, minuteOfDay: minutesOf(time) });
    expect(localDateOf(instant, zone)).toBe(date);
  });

  it('today depends on the zone, not on the machine', () => {
    const now = new Date('2026-12-03T17:30:00Z');
    expect(todayIn('Asia/Shanghai', now)).toBe('2026-12-04');
    expect(todayIn('Europe/London', now)).toBe('2026-12-03');
    expect(todayIn('America/Los_Angeles', now)).toBe('2026-12-03');
    expect(todayIn(undefined, now)).toBe('2026-12-04');
  });

  it('refuses unknown zones and bad instants', () => {
    expect(isValidTimeZone('Asia/Urumqi')).toBe(true);
    expect(isValidTimeZone('Asia/Beijing')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(() => wallClockOf('2026-11-23T00:00:00Z', 'Asia/Beijing')).toThrow(RangeError);
    expect(() => localDateOf('yesterday', 'UTC')).toThrow(RangeError);
    expect(() => minutesOf('7:00')).toThrow(RangeError);
    expect(() => minutesOf('24:30')).toThrow(RangeError);
    expect(minutesOf('24:00')).toBe(1440);
  });
});

describe('local date and time to an instant', () => {
  it.each([
    ['2026-03-08', '00:00', 'Asia/Shanghai', '2026-03-07T16:00:00.000Z'],
    ['2026-03-08', '08:00', 'America/New_York', '2026-03-08T12:00:00.000Z'],
    ['2026-03-07', '08:00', 'America/New_York', '2026-03-07T13:00:00.000Z'],
    // 02:30 does not exist in New York on 2026-03-08: read as 03:30 EDT.
    ['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z'],
    // 01:30 happens twice on 2026-11-01: the first, EDT.
    ['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['2026-10-25', '09:00', 'Europe/London', '2026-10-25T09:00:00.000Z'],
    ['2026-10-24', '09:00', 'Europe/London', '2026-10-24T08:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, instant) => {
    expect(instantAt(date, time, zone)).toBe(instant);
  });

  it.each([
    ['2026-03-08', 'Asia/Shanghai', 24],
    ['2026-11-01', 'Asia/Shanghai', 24],
    ['2026-03-08', 'America/New_York', 23],
    ['2026-11-01', 'America/New_York', 25],
    ['2026-03-29', 'Europe/London', 23],
    ['2026-10-25', 'Europe/London', 25],
    ['2026-10-26', 'Europe/London', 24],
  ])('the local day %s in %s lasts %s hours', (date, zone, hours) => {
    const day = localDayWindow(date, zone);
    expect((Date.parse(day.end) - Date.parse(day.start)) / 3_600_000).toBe(hours);
    expect(localDateOf(day.start, zone)).toBe(date);
    expect(localDateOf(new Date(Date.parse(day.end) - 1), zone)).toBe(date);
  });
});

describe('daily hours (contact hours in the debtor zone)', () => {
  it('08:00–21:00 in New York follows the clock change: 12:00 UTC on the spring-forward day, 13:00 UTC the day before', () => {
    const w = dailyWindowOn('2026-03-08', 'America/New_York', '08:00', '21:00');
    expect(w).toEqual({ start: '2026-03-08T12:00:00.000Z', end: '2026-03-09T01:00:00.000Z' });
    expect((Date.parse(w.end) - Date.parse(w.start)) / 3_600_000).toBe(13);
    const before = dailyWindowOn('2026-03-07', 'America/New_York', '08:00', '21:00');
    expect(before.start).toBe('2026-03-07T13:00:00.000Z');
  });

  it('08:00–22:00 in Shanghai is the same span every day of the year', () => {
    for (const date of ['2026-01-15', '2026-03-08', '2026-07-01', '2026-11-01']) {
      const w = dailyWindowOn(date, 'Asia/Shanghai', '08:00', '22:00');
      expect(w.start).toBe(`${date}T00:00:00.000Z`);
      expect(w.end).toBe(`${date}T14:00:00.000Z`);
    }
  });

  it('a window that runs past midnight ends the next day', () => {
    expect(dailyWindowOn('2026-12-03', 'Asia/Shanghai', '22:00', '01:00')).toEqual({ start: '2026-12-03T14:00:00.000Z', end: '2026-12-03T17:00:00.000Z' });
  });

  it.each([
    [479, '08:00', '22:00', false],
    [480, '08:00', '22:00', true],
    [1319, '08:00', '22:00', true],
    [1320, '08:00', '22:00', false],
    [1380, '22:00', '01:00', true],
    [30, '22:00', '01:00', true],
    [60, '22:00', '01:00', false],
    [600, '22:00', '01:00', false],
  ])('minute %s within %s–%s: %s', (minute, start, end, inside) => {
    expect(withinDailyHours(minute, start, end)).toBe(inside);
  });
});

describe('wall clock over a year of offset changes (offsets remembered per six hours)', () => {
  // Half-hour and 45-minute offsets, a 30-minute summer time, both hemispheres, none at all.
  it.each(['Asia/Shanghai', 'America/New_York', 'Europe/London', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/Santiago'])('%s', (zone) => {
    const wrong: string[] = [];
    // Every 37 minutes through 2026 (so every time of day is met), the day and time as the zone's own offset gives them.
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 37 * 60_000) {
      const at = new Date(ms);
      const expected = new Date(ms + tzOffset(zone, at) * 60_000).toISOString();
      const got = wallClockOf(at.toISOString(), zone);
      if (localDateOf(at, zone) !== expected.slice(0, 10) || got.date !== expected.slice(0, 10) || got.time !== expected.slice(11, 16)) wrong.push(at.toISOString());
    }
    expect(wrong).toEqual([]);
  });
});
