import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../electron/main/csp';
import { isFromOrigins, rendererOrigins } from '../../electron/main/origins';
import { hardenSession, hardenWebContents, installSecurityHandlers, isAllowedExternalUrl, type SecurityOptions } from '../../electron/main/security';
import { fakeApp, fakeElectron, FakeSession, FakeWebContents, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

const origins = rendererOrigins();
const options: SecurityOptions = { isOurUrl: (url) => isFromOrigins(url, origins) };

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

let contents: FakeWebContents;
beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, options);
});

describe('navigation', () => {
  it.each(['will-navigate', 'will-redirect'])('%s away from the app is prevented', (eventName) => {
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', 'http://localhost:5173/', 'javascript:alert(1)']) {
      const event = navigationEvent(url);
      contents.emit(eventName, event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it.each(['will-navigate', 'will-redirect'])('%s within the app is allowed', (eventName) => {
    const event = navigationEvent('app://bundle/index.html?view=cases');
    contents.emit(eventName, event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('new windows', () => {
  it('are always denied, and nothing opens outside while the allow-list is empty', () => {
    for (const url of ['https://evil.example/', 'app://bundle/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(fakeElectron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('open an allow-listed https link in the system browser, still without a new app window', () => {
    const allowed = new FakeWebContents();
    hardenWebContents(allowed as unknown as WebContents, { ...options, externalAllowList: ['https://help.bank.example'] });
    expect(allowed.windowOpenHandler!({ url: 'https://help.bank.example/guide' })).toEqual({ action: 'deny' });
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledWith('https://help.bank.example/guide');
  });

  it.each([
    'http://help.bank.example/guide',
    'https://help.bank.example.evil.example/',
    'https://user:pw@help.bank.example/',
    'file:///C:/Windows/System32/calc.exe',
    'ms-msdt:/id PCWDiagnostic',
  ])('never hand %s to the operating system', (url) => {
    expect(isAllowedExternalUrl(url, ['https://help.bank.example'])).toBe(false);
  });
});

describe('permissions', () => {
  let session: FakeSession;
  beforeEach(() => {
    session = new FakeSession();
    hardenSession(session as unknown as Session, options);
  });

  const request = (permission: string, requestingUrl = 'app://bundle/index.html') =>
    new Promise<boolean>((resolve) => (session.permissionRequestHandler as never as (...a: unknown[]) => void)(contents, permission, resolve, { requestingUrl, isMainFrame: true }));
  const check = (permission: string, origin = 'app://bundle') =>
    (session.permissionCheckHandler as never as (...a: unknown[]) => boolean)(contents, permission, origin, {});

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'display-capture', 'hid', 'usb', 'unknown'])(
    'denies a request for %s, even from our own page',
    async (permission) => {
      expect(await request(permission)).toBe(false);
      expect(check(permission)).toBe(false);
    },
  );

  it('grants persistent storage to our own page only, so offline work is not evicted', async () => {
    expect(await request('persistent-storage')).toBe(true);
    expect(check('persistent-storage')).toBe(true);
    expect(await request('persistent-storage', 'https://evil.example/')).toBe(false);
    expect(check('persistent-storage', 'https://evil.example')).toBe(false);
  });

  it('denies device access', () => {
    expect((session.deviceHandler as never as () => boolean)()).toBe(false);
  });
});

describe('installSecurityHandlers', () => {
  it('hardens every webContents the app creates, and its session', () => {
    installSecurityHandlers(options);
    const later = new FakeWebContents();
    fakeApp.emit('web-contents-created', {}, later);
    expect(later.setWindowOpenHandler).toHaveBeenCalled();
    expect(later.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(later.session.setPermissionCheckHandler).toHaveBeenCalled();
    const event = navigationEvent('https://evil.example/');
    later.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('contentSecurityPolicy', () => {
  const directives = Object.fromEntries(
    contentSecurityPolicy()
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

  it('allows scripts from the bundle only: no inline, no eval', () => {
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
  });

  it('locks down plugins, base URL and framing, and lets the app reach head office on loopback', () => {
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['connect-src']).toEqual(["'self'", 'http://127.0.0.1:*', 'http://localhost:*', 'https:']);
    expect(directives['connect-src']).not.toContain('http:');
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives['font-src']).toEqual(["'self'", 'data:']);
  });
});
