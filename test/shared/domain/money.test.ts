import { describe, expect, it } from 'vitest';
import {
  MoneyError,
  addFen,
  assertFen,
  formatFen,
  parseYuanToFen,
  subFen,
  sumFen,
  totalOfAmounts,
  type MoneyErrorCode,
} from '../../../shared/domain/money';

const MAX = Number.MAX_SAFE_INTEGER;

/** Runs `fn` and returns the MoneyError code it threw; fails the test when it throws nothing or something else. */
function codeOf(fn: () => unknown): MoneyErrorCode {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(MoneyError);
    expect(e).toBeInstanceOf(Error);
    return (e as MoneyError).code;
  }
  throw new Error('expected a MoneyError, nothing was thrown');
}

describe('assertFen', () => {
  it.each([
    [0, 0],
    [1, 1],
    [1_262_523, 1_262_523],
    [1e12, 1e12],
    [MAX, MAX],
    [-0, 0],
  ])('accepts %s', (x, expected) => {
    expect(Object.is(assertFen(x), expected)).toBe(true);
  });

  it.each<[string, unknown, MoneyErrorCode]>([
    ['negative', -1, 'negative'],
    ['negative fraction', -0.5, 'negative'],
    ['minus infinity', -Infinity, 'negative'],
    ['a fraction of a fen', 0.5, 'not_integer'],
    ['0.1 + 0.2 yuan as a float', 0.1 + 0.2, 'not_integer'],
    ['NaN', NaN, 'not_integer'],
    ['a numeric string', '100', 'not_integer'],
    ['null', null, 'not_integer'],
    ['above MAX_SAFE_INTEGER', MAX + 1, 'too_large'],
    ['infinity', Infinity, 'too_large'],
  ])('rejects %s', (_name, x, code) => {
    expect(codeOf(() => assertFen(x))).toBe(code);
  });

  it('names the error class so logs say what failed', () => {
    const e = new MoneyError('negative', 'x');
    expect([e.name, e.code, e.message]).toEqual(['MoneyError', 'negative', 'x']);
  });
});

describe('addFen, sumFen, subFen', () => {
  it.each([
    [[], 0],
    [[0], 0],
    [[1, 2, 3], 6],
    [[MAX - 1, 1], MAX],
    [[1_000_000_000_000, 1], 1_000_000_000_001],
  ])('addFen(...%j) = %i', (xs, expected) => {
    expect(addFen(...xs)).toBe(expected);
    expect(sumFen(xs)).toBe(expected);
  });

  it.each<[string, number[], MoneyErrorCode]>([
    ['a total above MAX_SAFE_INTEGER', [MAX, 1], 'too_large'],
    ['a negative term', [5, -1], 'negative'],
    ['a fractional term', [1, 0.5], 'not_integer'],
  ])('rejects %s', (_name, xs, code) => {
    expect(codeOf(() => addFen(...xs))).toBe(code);
    expect(codeOf(() => sumFen(xs))).toBe(code);
  });

  it('sums a list too long to spread into arguments', () => {
    expect(sumFen(new Array<number>(200_000).fill(3))).toBe(600_000);
  });

  it.each([
    [5, 3, 2],
    [3, 3, 0],
    [MAX, MAX, 0],
    [1_262_523, 1_262_500, 23],
  ])('subFen(%i, %i) = %i', (a, b, expected) => {
    expect(subFen(a, b)).toBe(expected);
  });

  it.each<[number, number, MoneyErrorCode]>([
    [3, 5, 'negative'],
    [0, 1, 'negative'],
    [-1, 0, 'negative'],
    [1.5, 1, 'not_integer'],
  ])('subFen(%s, %s) throws %s', (a, b, code) => {
    expect(codeOf(() => subFen(a, b))).toBe(code);
  });
});

describe('totalOfAmounts', () => {
  it.each([
    [{ principalFen: 0, interestFen: 0, penaltyFen: 0, compoundFen: 0, feesFen: 0 }, 0],
    [{ principalFen: 1_000_000, interestFen: 200_000, penaltyFen: 50_000, compoundFen: 12_500, feesFen: 23 }, 1_262_523],
    [{ principalFen: 1, interestFen: 10, penaltyFen: 100, compoundFen: 1_000, feesFen: 10_000 }, 11_111],
  ])('%j -> %i', (amounts, expected) => {
    expect(totalOfAmounts(amounts)).toBe(expected);
  });

  it('rejects a corrupt amount instead of adding it', () => {
    const bad = { principalFen: 100, interestFen: 0.5, penaltyFen: 0, compoundFen: 0, feesFen: 0 };
    expect(codeOf(() => totalOfAmounts(bad))).toBe('not_integer');
  });
});

describe('parseYuanToFen', () => {
  it.each([
    ['12,625.23', 1_262_523],
    ['¥1.5', 150],
    ['￥ 2.00', 200],
    ['100', 10_000],
    ['100元', 10_000],
    ['  1,000  ', 100_000],
    ['0', 0],
    ['0.01', 1],
    ['0.1', 10],
    ['007', 700],
    ['1,234,567.89', 123_456_789],
    ['10000000000', 1e12],
    ['90071992547409.91', MAX],
  ])('%j -> %i', (text, expected) => {
    expect(parseYuanToFen(text)).toBe(expected);
  });

  it.each<[string, MoneyErrorCode]>([
    ['-1', 'negative'],
    ['-0.01', 'negative'],
    ['−5', 'negative'],
    ['1.234', 'too_many_decimals'],
    ['0.001', 'too_many_decimals'],
    ['', 'invalid_format'],
    ['   ', 'invalid_format'],
    ['abc', 'invalid_format'],
    ['¥', 'invalid_format'],
    ['1,23', 'invalid_format'],
    ['12,3456', 'invalid_format'],
    [',100', 'invalid_format'],
    ['1.', 'invalid_format'],
    ['.5', 'invalid_format'],
    ['1.2.3', 'invalid_format'],
    ['1e3', 'invalid_format'],
    ['0x10', 'invalid_format'],
    ['+1', 'invalid_format'],
    ['1 000', 'invalid_format'],
    ['NaN', 'invalid_format'],
    ['Infinity', 'invalid_format'],
    ['１００', 'invalid_format'],
    ['90071992547409.92', 'too_large'],
    ['99999999999999999999', 'too_large'],
  ])('%j is rejected as %s', (text, code) => {
    expect(codeOf(() => parseYuanToFen(text))).toBe(code);
  });
});

describe('formatFen', () => {
  it.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [10, '¥0.10'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [99_999, '¥999.99'],
    [100_000, '¥1,000.00'],
    [1_262_523, '¥12,625.23'],
    [123_456_789, '¥1,234,567.89'],
    [1e12, '¥10,000,000,000.00'],
    [MAX, '¥90,071,992,547,409.91'],
  ])('%i -> %s', (fen, expected) => {
    expect(formatFen(fen)).toBe(expected);
    expect(formatFen(fen, { symbol: true })).toBe(expected);
    expect(formatFen(fen, { symbol: false })).toBe(expected.slice(1));
  });

  it.each<[number, MoneyErrorCode]>([
    [-1, 'negative'],
    [1.5, 'not_integer'],
    [NaN, 'not_integer'],
  ])('%s throws %s', (fen, code) => {
    expect(codeOf(() => formatFen(fen))).toBe(code);
  });

  it.each([0, 1, 99, 100_000, 1_262_523, 1e12, MAX])('parses back what it formats: %i', (fen) => {
    expect(parseYuanToFen(formatFen(fen))).toBe(fen);
  });
});
