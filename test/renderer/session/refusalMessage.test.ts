import { beforeAll, describe, expect, it } from 'vitest';
import { i18next, initI18n } from '../../../renderer/src/i18n';
import { refusalMessage } from '../../../renderer/src/session/refusalMessage';
import type { SignInRefusal } from '../../../renderer/src/session/signIn';

const REFUSALS: SignInRefusal[] = [
  { reason: 'invalid_credentials', where: 'head_office' },
  { reason: 'rate_limited', retryAfterSeconds: 300 },
  { reason: 'server', detail: 'rate_limited: too many attempts: wait 300 seconds and try again' },
  { reason: 'unreachable', detail: 'fetch failed' },
  { reason: 'device_revoked' },
];

describe('a refused sign-in is told in words, never as a code', () => {
  beforeAll(async () => {
    await initI18n('zh-CN');
  });
  it.each(['zh-CN', 'en'])('%s', async (language) => {
    await i18next.changeLanguage(language);
    for (const r of REFUSALS) {
      const { key, params } = refusalMessage(r, language);
      const text = i18next.t(key, params);
      expect(text).not.toBe(key);
      expect(text).not.toMatch(/rate_limited|fetch failed|[a-z]+_[a-z]+/);
    }
  });
  it('says how long to wait when head office limits attempts', async () => {
    await i18next.changeLanguage('zh-CN');
    const { key, params } = refusalMessage({ reason: 'rate_limited', retryAfterSeconds: 300 }, 'zh-CN');
    expect(i18next.t(key, params)).toBe('登录尝试过于频繁，请约 5 分钟后再试。');
  });
});
