import { describe, expect, it } from 'vitest';
import { formatFenLarge } from '../../../shared/domain/money';

describe('formatFenLarge: large totals in 万/亿 (Chinese) and m/bn (English)', () => {
  it.each([
    [0, 'zh-CN', '¥0.00'],
    [999_999, 'zh-CN', '¥9,999.99'],
    [1_000_000, 'zh-CN', '¥1.00万'],
    [12_067_488, 'zh-CN', '¥12.07万'],
    [12_062_499, 'zh-CN', '¥12.06万'],
    [12_062_500, 'zh-CN', '¥12.06万'],
    [12_065_000, 'zh-CN', '¥12.07万'],
    [9_999_999_999, 'zh-CN', '¥1.00亿'],
    [9_999_940_000, 'zh-CN', '¥9,999.94万'],
    [99_999_999_999, 'en', '¥1.00 bn'],
    [10_000_000_000, 'zh-CN', '¥1.00亿'],
    [120_674_880_985, 'zh-CN', '¥12.07亿'],
    [99_999_999, 'en', '¥999,999.99'],
    [100_000_000, 'en', '¥1.00 m'],
    [120_674_880_985, 'en', '¥1.21 bn'],
    [1_206_748_809, 'en-GB', '¥12.07 m'],
  ])('%d fen in %s: %s', (fen, language, shown) => {
    expect(formatFenLarge(fen, language)).toBe(shown);
  });

  it('refuses what is not an amount in fen', () => {
    expect(() => formatFenLarge(1.5, 'zh-CN')).toThrow();
    expect(() => formatFenLarge(-1, 'en')).toThrow();
  });
});
