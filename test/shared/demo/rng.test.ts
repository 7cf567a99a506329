import { describe, expect, it } from 'vitest';
import { deriveSeed, hashSeed, Rng, WeightedTable } from '../../../shared/demo/rng';
import { addMonths, formatLocalDate, parseLocalDate } from '../../../shared/demo/calendar';
import { residentIdCheckChar } from '../../../shared/demo/residentId';

describe('Rng', () => {
  it('repeats for a seed and differs between seeds', () => {
    const draw = (seed: number | string) => {
      const r = new Rng(seed);
      return Array.from({ length: 20 }, () => r.uint32());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw('a')).not.toEqual(draw('b'));
    expect(hashSeed(0.5)).not.toBe(hashSeed(0));
    expect(() => hashSeed(Number.NaN)).toThrow(RangeError);
  });

  it('derived seeds differ by index, including beyond 2^32', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => deriveSeed(42, i)));
    expect(seeds.size).toBe(10_000);
    expect(deriveSeed(42, 2 ** 32)).not.toBe(deriveSeed(42, 0));
    expect(() => deriveSeed(42, -1)).toThrow(RangeError);
  });

  it('int stays in range and reaches both ends; next is in [0, 1)', () => {
    const r = new Rng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 5_000; i++) {
      const v = r.int(-2, 3);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(3);
      seen.add(v);
      const f = r.next();
      expect(f >= 0 && f < 1).toBe(true);
    }
    expect(seen.size).toBe(6);
    expect(() => r.int(3, 2)).toThrow(RangeError);
    expect(() => r.pick([])).toThrow(RangeError);
  });

  it('weighted picks follow the weights and never pick weight 0', () => {
    const r = new Rng(9);
    const table = new WeightedTable([['a', 1], ['never', 0], ['b', 3]] as const);
    const counts: Record<string, number> = { a: 0, b: 0, never: 0 };
    for (let i = 0; i < 20_000; i++) counts[table.pick(r)]!++;
    expect(counts.never).toBe(0);
    expect((counts.b as number) / 20_000).toBeGreaterThan(0.72);
    expect((counts.b as number) / 20_000).toBeLessThan(0.78);
    let heads = 0;
    for (let i = 0; i < 20_000; i++) if (r.weighted([['h', 1], ['t', 1]] as const) === 'h') heads++;
    expect(heads / 20_000).toBeGreaterThan(0.47);
    expect(heads / 20_000).toBeLessThan(0.53);
  });
});

describe('calendar', () => {
  it('agrees with UTC Date arithmetic from 1900 to 2100', () => {
    for (let day = parseLocalDate('1900-01-01'); day <= parseLocalDate('2100-12-31'); day += 17) {
      expect(formatLocalDate(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    }
    expect(parseLocalDate('1970-01-01')).toBe(0);
  });

  it('rejects impossible dates and clamps month ends', () => {
    expect(() => parseLocalDate('2025-02-29')).toThrow(RangeError);
    expect(formatLocalDate(parseLocalDate('2024-02-29'))).toBe('2024-02-29');
    expect(formatLocalDate(addMonths(parseLocalDate('2025-01-31'), 1))).toBe('2025-02-28');
    expect(formatLocalDate(addMonths(parseLocalDate('2025-03-31'), -13))).toBe('2024-02-29');
  });
});

describe('resident ID check character', () => {
  it('matches published examples', () => {
    // GB 11643-1999 appendix example and a commonly cited sample ending in X.
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
  });
});
