import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next, RESOURCES } from '../../../renderer/src/i18n';
import type { Platform } from '../../../renderer/src/platform/Platform';
import { AtRestNoticeView } from '../../../renderer/src/encryption/screens/DataAtRestNotice';

let protection: Platform['dataKeyProtection'] = 'browser_profile';
const html = (variant: 'settings' | 'status') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18next}>
      <AtRestNoticeView variant={variant} protection={protection} />
    </I18nextProvider>,
  );
const attach = (p: Platform['dataKeyProtection']) => void (protection = p);

beforeAll(async () => {
  await initI18n('zh-CN');
});

describe('what the app says about data at rest', () => {
  it('the browser preview says plainly that it cannot protect data on this computer, in Settings and the status bar', async () => {
    attach('browser_profile');
    expect(html('settings')).toContain('浏览器预览版不能保护本机上的数据');
    expect(html('status')).toContain('预览版：本机数据未受保护');
    await i18next.changeLanguage('en');
    expect(html('settings')).toContain('cannot protect data on this computer');
    await i18next.changeLanguage('zh-CN');
  });

  it('the desktop app names the OS key store', () => {
    attach('os_key_store');
    expect(html('settings')).toContain('操作系统的受保护密钥库');
    expect(html('status')).toContain('本机数据已加密');
  });

  it('has a translated store error for a missing and for a wrong key, in both languages', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const storeError = RESOURCES[lang].storeError as Record<string, string>;
      expect(storeError.key_unavailable!.length).toBeGreaterThan(40);
      expect(storeError.wrong_key!.length).toBeGreaterThan(40);
      expect(storeError.unknown).toBeTruthy(); // the module extends the tree, it does not replace it
    }
  });
});
