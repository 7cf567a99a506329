import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CN_MAINLAND_CALENDAR,
  coveredYears,
  isCovered,
  isWorkingDay,
  parseWorkingCalendar,
  uncoveredYearsBetween,
  weekdayOf,
  WEEKENDS_ONLY_CALENDAR,
  workingDayOnOrBefore,
  workingDaysBetween,
  type WorkingCalendar,
} from '../../../shared/calendar';

const CN = CN_MAINLAND_CALENDAR;

/** 2024's 元旦 ran from Saturday 2023-12-30 to Monday 2024-01-01: a break across the year end. */
const YEAR_END: WorkingCalendar = {
  id: 'test-year-end',
  version: '1',
  name: 'test',
  weekend: [0, 6],
  notices: [
    { year: 2023, title: 't2023', issuedOn: '2022-12-08', checkedAgainst: 'test', holidays: [], workdays: [] },
    { year: 2024, title: 't2024', issuedOn: '2023-10-25', checkedAgainst: 'test', holidays: ['2023-12-30', '2023-12-31', '2024-01-01'], workdays: [] },
  ],
};

describe('the mainland China calendar data', () => {
  it('is a valid calendar covering 2025 and 2026 (2027 not entered: its notice was not confirmed)', () => {
    expect(parseWorkingCalendar(CN)).toEqual(CN);
    expect(coveredYears(CN)).toEqual([2025, 2026]);
    expect(CN.notices.map((n) => n.title)).toEqual(['国务院办公厅关于2025年部分节假日安排的通知', '国务院办公厅关于2026年部分节假日安排的通知']);
  });

  it('has the number of days off each notice announces', () => {
    // 2025: 1 + 8 + 3 + 5 + 3 + 8; 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7.
    expect(CN.notices.map((n) => n.holidays.length)).toEqual([28, 33]);
    for (const n of CN.notices) expect(n.workdays.every((d) => [0, 6].includes(weekdayOf(d)))).toBe(true);
  });

  it.each([
    ['2026-10-10', true, 'a 调休 Saturday is a working day'],
    ['2026-09-20', true, 'a 调休 Sunday is a working day'],
    ['2025-01-26', true, '2025 春节 make-up Sunday'],
    ['2025-10-11', true, '2025 National Day make-up Saturday'],
    ['2026-10-08', true, 'the Thursday after Golden Week'],
    ['2026-10-05', false, 'National Day'],
    ['2026-02-23', false, 'the last day of 春节 (a Monday)'],
    ['2025-02-04', false, 'the last day of 春节 2025 (a Tuesday)'],
    ['2025-01-01', false, '元旦 2025 (a Wednesday)'],
    ['2026-10-17', false, 'an ordinary Saturday'],
    ['2026-12-03', true, 'an ordinary Thursday'],
  ])('%s working: %s (%s)', (date, working) => {
    expect(isWorkingDay(CN, date)).toBe(working);
  });
});

describe('adding working days', () => {
  it.each([
    // Wed 2026-09-30 + 3: Oct 1–7 off, Thu 8 (1), Fri 9 (2), Sat 10 make-up day (3).
    [CN, '2026-09-30', 3, '2026-10-10'],
    [WEEKENDS_ONLY_CALENDAR, '2026-09-30', 3, '2026-10-05'],
    // Fri 2026-02-13 + 1: Sat 14 is a make-up day.
    [CN, '2026-02-13', 1, '2026-02-14'],
    // Sat 14 + 1: 15–23 off; Tue 24.
    [CN, '2026-02-14', 1, '2026-02-24'],
    // Mon 2026-11-23 + 5, no holiday: the next Monday.
    [CN, '2026-11-23', 5, '2026-11-30'],
    // Fri 2025-01-24 + 2: Sun 26 make-up (1), Mon 27 (2).
    [CN, '2025-01-24', 2, '2025-01-27'],
    // Thu 2025-12-25 + 5 ends in 2026: Fri 26, Mon 29, Tue 30, Wed 31, Jan 1–3 off, Sun 4 make-up (5).
    [CN, '2025-12-25', 5, '2026-01-04'],
    [CN, '2026-11-23', 0, '2026-11-23'],
  ])('%#: %s + %s working days = %s', (calendar, date, n, expected) => {
    expect(addWorkingDays(calendar, date, n)).toEqual({ date: expected, uncoveredYears: calendar === CN ? [] : [2026] });
  });

  it('a holiday across the year end (元旦 2024, Sat 2023-12-30 to Mon 2024-01-01)', () => {
    // Fri 2023-12-29 + 1: Sat, Sun, Mon off; Tue 2024-01-02.
    expect(addWorkingDays(YEAR_END, '2023-12-29', 1)).toEqual({ date: '2024-01-02', uncoveredYears: [] });
    expect(isWorkingDay(YEAR_END, '2024-01-01')).toBe(false);
    expect(workingDaysBetween(YEAR_END, '2023-12-28', '2024-01-03')).toEqual({ count: 3, uncoveredYears: [] });
  });

  it('says which years it could not check: 2027 is outside the calendar', () => {
    // Wed 2026-12-30 + 5: Thu 31 (1), then 2027 by the weekly rule alone: Fri 1 (2) … Wed 6 (5).
    expect(addWorkingDays(CN, '2026-12-30', 5)).toEqual({ date: '2027-01-06', uncoveredYears: [2027] });
    // Inside coverage up to the last day of 2026: no warning.
    expect(addWorkingDays(CN, '2026-12-24', 5)).toEqual({ date: '2026-12-31', uncoveredYears: [] });
    expect(addWorkingDays(CN, '2024-12-30', 2)).toEqual({ date: '2025-01-02', uncoveredYears: [2024] });
    expect(uncoveredYearsBetween(CN, '2024-06-01', '2028-01-01')).toEqual([2024, 2027, 2028]);
  });

  it('coverage boundaries: the first and last covered days', () => {
    expect(isCovered(CN, '2024-12-31')).toBe(false);
    expect(isCovered(CN, '2025-01-01')).toBe(true);
    expect(isCovered(CN, '2026-12-31')).toBe(true);
    expect(isCovered(CN, '2027-01-01')).toBe(false);
  });

  it('refuses a bad date or count', () => {
    expect(() => addWorkingDays(CN, '2026-02-30', 1)).toThrow(RangeError);
    expect(() => addWorkingDays(CN, '2026-11-23', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(CN, '2026-11-23', 1.5)).toThrow(RangeError);
  });
});

describe('counting and stepping back', () => {
  it('counts working days after `from` up to `to`', () => {
    expect(workingDaysBetween(CN, '2026-09-30', '2026-10-10')).toEqual({ count: 3, uncoveredYears: [] });
    expect(workingDaysBetween(CN, '2026-10-10', '2026-09-30')).toEqual({ count: 0, uncoveredYears: [] });
    expect(workingDaysBetween(CN, '2026-12-30', '2027-01-06')).toEqual({ count: 5, uncoveredYears: [2027] });
  });

  it('finds the last working day on or before a date', () => {
    expect(workingDayOnOrBefore(CN, '2026-10-07')).toEqual({ date: '2026-09-30', uncoveredYears: [] });
    expect(workingDayOnOrBefore(CN, '2026-10-10')).toEqual({ date: '2026-10-10', uncoveredYears: [] });
    // Fri 2027-01-01 is surely 元旦, but 2027 is not covered: the weekly rule answers, and says so.
    expect(workingDayOnOrBefore(CN, '2027-01-03')).toEqual({ date: '2027-01-01', uncoveredYears: [2027] });
  });
});

describe('a calendar is data: head office can publish one', () => {
  const valid = { ...YEAR_END };
  it.each([
    ['two notices for one year', { ...valid, notices: [valid.notices[1], valid.notices[1]] }],
    ['a day both off and worked', { ...valid, notices: [{ ...valid.notices[1]!, workdays: ['2023-12-30'] }] }],
    ['a make-up working day on a Wednesday', { ...valid, notices: [{ ...valid.notices[1]!, workdays: ['2024-01-03'] }] }],
    ['an impossible date', { ...valid, notices: [{ ...valid.notices[1]!, holidays: ['2024-02-30'] }] }],
    ['a date far from the notice year', { ...valid, notices: [{ ...valid.notices[1]!, holidays: ['2026-01-01'] }] }],
    ['no working weekday', { ...valid, weekend: [0, 1, 2, 3, 4, 5, 6] }],
    ['a bad id', { ...valid, id: 'CN Mainland' }],
    ['no version', { ...valid, version: '' }],
  ])('refuses %s', (_, data) => {
    expect(() => parseWorkingCalendar(data)).toThrow();
  });

  it('is a value: two calendars answer independently', () => {
    expect(isWorkingDay(YEAR_END, '2026-10-05')).toBe(true);
    expect(isWorkingDay(CN, '2026-10-05')).toBe(false);
  });
});
