import { beforeAll, describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { unitFormat } from '../../../renderer/src/i18n/unitFormat';

describe('unitFormat: English plurals by the language’s rules', () => {
  it.each([
    [0, 'en', '0 days'],
    [1, 'en', '1 day'],
    [2, 'en', '2 days'],
    [1234, 'en', '1,234 days'],
    ['x', 'en', 'x'],
  ])('%s in %s: %s', (value, lng, shown) => {
    expect(unitFormat(value, lng, { one: 'day', other: 'days' })).toBe(shown);
  });
});

describe('the app’s English strings say "1 day" and "2 days"', () => {
  beforeAll(async () => {
    await initI18n('en');
  });

  it.each([
    ['syncUi.age.days', { count: 1 }, '1 day ago'],
    ['syncUi.age.days', { count: 3 }, '3 days ago'],
    ['arrangements.evidenceCount', { count: 1 }, '1 attachment'],
    ['assignment.moves', { n: 1 }, '1 case changes hands'],
    ['assignment.moves', { n: 12 }, '12 cases change hands'],
  ])('%s %o: %s', (key, params, shown) => {
    expect(i18next.t(key, { ...params, lng: 'en' })).toBe(shown);
  });

  it('Chinese is unchanged', () => {
    expect(i18next.t('assignment.moves', { n: 3, lng: 'zh-CN' })).toBe('将改派 3 件');
  });
});
