import { afterEach, describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, isLocalDate, weekdayOf } from '../../../shared/calendar';

const machineZone = process.env.TZ;
afterEach(() => {
  if (machineZone === undefined) delete process.env.TZ;
  else process.env.TZ = machineZone;
});

describe('plain dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-01', false],
    ['2025-01-01T00:00', false],
    ['0099-01-01', true],
  ])('isLocalDate(%s) = %s', (text, ok) => {
    expect(isLocalDate(text)).toBe(ok);
  });

  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2026-03-08', 1, '2026-03-09'],
    ['0099-12-31', 1, '0100-01-01'],
  ])('addDays(%s, %s) = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 2, '2025-03-31'],
    ['2025-01-30', 1, '2025-02-28'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-12-31', 2, '2026-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', 12, '2026-01-15'],
    ['2023-08-31', 6, '2024-02-29'],
  ])('addMonths(%s, %s) = %s (clamped to the month end)', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('counts a series from its anchor: 01-31 gives 02-28 and then 03-31, not 03-28', () => {
    expect([1, 2, 3].map((n) => addMonths('2025-01-31', n))).toEqual(['2025-02-28', '2025-03-31', '2025-04-30']);
  });

  it.each([
    ['2024-02-29', 3, '2027-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2023-03-15', 3, '2026-03-15'],
  ])('addYears(%s, %s) = %s', (date, n, expected) => {
    expect(addYears(date, n)).toBe(expected);
  });

  it('counts calendar days across a leap year and a DST change', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('knows the weekday', () => {
    expect(weekdayOf('2026-12-03')).toBe(4);
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(weekdayOf('1970-01-01')).toBe(4);
  });

  it('refuses nonsense', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('yesterday', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-01-01', '2025-1-2')).toThrow(RangeError);
  });

  // The machine's zone must never move a date: zones with DST at midnight, far from UTC on either side.
  it.each(['America/Santiago', 'America/Sao_Paulo', 'Asia/Tehran', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/London'])(
    'gives the same answers with the machine in %s',
    (zone) => {
      process.env.TZ = zone;
      expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone); // the switch took effect
      expect(addDays('2026-09-05', 1)).toBe('2026-09-06');
      expect(addDays('2022-09-10', 1)).toBe('2022-09-11');
      expect(addDays('2026-03-29', -1)).toBe('2026-03-28');
      expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
      expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
      expect(daysBetween('2022-09-01', '2022-09-30')).toBe(29);
      expect(weekdayOf('2026-09-06')).toBe(0);
    },
  );
});
