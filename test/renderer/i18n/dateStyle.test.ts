import { beforeAll, describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { formatDay, localizeDates } from '../../../renderer/src/i18n/dateStyle';

describe('one date style per language', () => {
  it.each([
    ['2026-12-03', 'zh-CN', '2026年12月3日'],
    ['2026-12-03', 'en', '3 Dec 2026'],
    ['2027-01-31', 'en-GB', '31 Jan 2027'],
    ['2026-13-01', 'zh-CN', '2026-13-01'],
    ['20261203', 'zh-CN', '20261203'],
  ])('%s in %s: %s', (date, language, shown) => {
    expect(formatDay(date, language)).toBe(shown);
  });

  it.each([
    ['承诺 2026-11-25 还款 ¥1,000.00', 'zh-CN', '承诺 2026年11月25日 还款 ¥1,000.00'],
    ['due 2026-11-25, then 2026-12-25', 'en', 'due 25 Nov 2026, then 25 Dec 2026'],
    ['at 2026-11-25T08:00:00Z', 'en', 'at 2026-11-25T08:00:00Z'],
    ['letter XH-2026-11-25-0007', 'en', 'letter XH-2026-11-25-0007'],
    ['2026-11-25 09:30', 'zh-CN', '2026年11月25日 09:30'],
  ])('in text: %s (%s)', (text, language, shown) => {
    expect(localizeDates(text, language)).toBe(shown);
  });
});

describe('every message passes through it', () => {
  beforeAll(async () => {
    await initI18n('zh-CN');
  });
  it('a date handed to a message reads 2026年12月10日 in Chinese and 10 Dec 2026 in English', () => {
    expect(i18next.t('approvals.deadline', { date: '2026-12-10', lng: 'zh-CN' })).toContain('2026年12月10日');
    expect(i18next.t('approvals.deadline', { date: '2026-12-10', lng: 'en' })).toContain('10 Dec 2026');
  });
});
