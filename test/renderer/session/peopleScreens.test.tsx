import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { initI18n, i18next } from '../../../renderer/src/i18n';
import { useAppStore } from '../../../renderer/src/state/appStore';
import { PasswordChangeForm } from '../../../renderer/src/session/screens/PasswordChangeForm';
import { WipedScreen } from '../../../renderer/src/session/screens/WipedScreen';
import type { ReactElement } from 'react';

/** The app's password change and remote-wipe screens, rendered as a user sees them. */
const user = { id: 'u-collector', name: '王小明', role: 'collector' as const, branchCode: '310115' };

function setState(patch: Partial<ReturnType<typeof useAppStore.getState>>) {
  useAppStore.setState(patch);
  Object.assign(useAppStore.getInitialState(), patch);
}
const html = (el: ReactElement) => renderToStaticMarkup(<I18nextProvider i18n={i18next}>{el}</I18nextProvider>);

beforeAll(async () => {
  await initI18n('zh-CN');
});
afterEach(async () => {
  setState({ session: null });
  await i18next.changeLanguage('zh-CN');
});

describe('the password change in the app', () => {
  it('after an offline sign-in it says the change needs head office (the old password keeps working offline)', () => {
    setState({ session: { user, rulePack: 'cn-2026', mode: 'offline', since: '2026-12-03T02:00:00Z' } });
    const out = html(<PasswordChangeForm />);
    expect(out).toContain('修改密码需要联网登录');
    expect(out).not.toContain('password-current');
  });

  it('nothing without a session', () => {
    expect(html(<PasswordChangeForm />)).toBe('');
  });
});

describe('the remote-wipe screen', () => {
  it('says head office wiped the device and what was erased; an incomplete wipe says to call IT', async () => {
    expect(html(<WipedScreen complete />)).toContain('本设备已被总行远程擦除');
    expect(html(<WipedScreen complete />)).not.toContain('信息科技部门');
    expect(html(<WipedScreen complete={false} />)).toContain('请立即联系信息科技部门');
    await i18next.changeLanguage('en');
    expect(html(<WipedScreen complete />)).toContain('Head office has wiped this device');
  });
});
