import { describe, expect, it } from 'vitest';
import { addDays, addMonthsClamped, daysBetween, isLocalDate, localDateOf } from '../../../shared/fieldwork/dates';

describe('field-work dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-01', false],
    ['0099-01-01', true],
  ])('isLocalDate(%s) = %s', (text, ok) => {
    expect(isLocalDate(text)).toBe(ok);
  });

  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['0099-12-31', 1, '0100-01-01'],
  ])('addDays(%s, %s) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-01-31', 2, '2025-03-31'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', 12, '2026-01-15'],
  ])('addMonthsClamped(%s, %s) = %s', (date, n, expected) => {
    expect(addMonthsClamped(date, n)).toBe(expected);
  });

  it('counts days across a leap year', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
  });

  it.each([
    ['2025-03-14T15:59:59Z', 'Asia/Shanghai', '2025-03-14'],
    ['2025-03-14T16:00:00Z', 'Asia/Shanghai', '2025-03-15'],
    ['2025-03-15T00:30:00+08:00', 'UTC', '2025-03-14'],
    ['2025-03-15T00:30:00+08:00', 'Asia/Urumqi', '2025-03-14'],
  ])('localDateOf(%s, %s) = %s', (instant, zone, expected) => {
    expect(localDateOf(instant, zone)).toBe(expected);
  });

  it('refuses nonsense', () => {
    expect(() => addDays('2025-02-30', 0)).toThrow(RangeError);
    expect(() => localDateOf('yesterday', 'UTC')).toThrow(RangeError);
  });
});
