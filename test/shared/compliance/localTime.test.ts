import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../shared/calendar';
import { isValidTimeZone, toLocal } from '../../../shared/compliance';
import { sameNumber } from '../../../shared/compliance/phoneNumbers';

describe('toLocal: the debtor wall clock, whatever the machine zone', () => {
  it.each([
    ['2026-11-23T13:59:00Z', 'Asia/Shanghai', '2026-11-23', '21:59'],
    ['2026-11-23T16:00:00Z', 'Asia/Shanghai', '2026-11-24', '00:00'], // midnight reads 00, never 24
    ['2026-11-23T15:59:59.999Z', 'Asia/Shanghai', '2026-11-23', '23:59'],
    ['2026-11-23T16:00:00Z', 'Asia/Urumqi', '2026-11-23', '22:00'],
    ['2026-11-23T16:00:00Z', 'Asia/Kolkata', '2026-11-23', '21:30'],
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08', '01:59'], // EST
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08', '03:00'], // spring forward: 02:xx never happens
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01', '01:30'], // first 01:30 (EDT)
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', '01:30'], // second 01:30 (EST)
    ['2026-03-29T01:00:00Z', 'Europe/London', '2026-03-29', '02:00'], // BST begins
  ])('%s in %s is %s %s', (instant, zone, date, time) => {
    const local = toLocal(instant, zone);
    expect([local.date, local.time]).toEqual([date, time]);
    expect(local.minuteOfDay).toBe(Number(time.slice(0, 2)) * 60 + Number(time.slice(3)));
  });

  it('counts calendar days across a DST change as whole days', () => {
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween(toLocal('2026-03-07T12:00:00Z', 'America/New_York').date, toLocal('2026-03-09T12:00:00Z', 'America/New_York').date)).toBe(2);
  });

  it('knows real zones from made-up ones', () => {
    expect(isValidTimeZone('Asia/Urumqi')).toBe(true);
    expect(isValidTimeZone('Asia/Beijing')).toBe(false);
    expect(() => toLocal('2026-11-23T00:00:00Z', 'Asia/Beijing')).toThrow(RangeError);
  });
});

describe('sameNumber', () => {
  it.each([
    ['13812341234', '13812341234', true],
    ['+86 138-1234-1234', '13812341234', true],
    ['008613812341234', '13812341234', true],
    ['１３８１２３４１２３４', '13812341234', true], // full-width digits
    ['021-58881234', '+86 21 5888 1234', true],
    ['13812341234', '13812341235', false],
    ['95588', '0095588', true],
    ['1234', '81234', false], // too short to call a suffix the same line
    ['', '', false],
  ])('%s ~ %s: %s', (a, b, same) => {
    expect(sameNumber(a, b)).toBe(same);
    expect(sameNumber(b, a)).toBe(same);
  });
});
