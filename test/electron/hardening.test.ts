import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchIpc, type IpcHandlers } from '../../electron/main/ipc';
import { APP_ORIGIN, isFromOrigins, rendererOrigins } from '../../electron/main/origins';
import { respondToAppRequest } from '../../electron/main/protocol';
import { hardenSession, hardenWebContents, type SecurityOptions } from '../../electron/main/security';
import { IPC_CHANNELS, type IpcChannel } from '../../shared/ipc/contract';
import { fakeElectron, FakeSession, FakeWebContents, resetFakeElectron, windowContents } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

/**
 * What security.test, ipc.test and protocol.test do not already prove: look-alike origins, frames inside
 * our page, every IPC channel against a foreign frame and a bad payload, a symlink out of the bundle, and
 * permissions asked for by anything but our own top-level page.
 */
const options: SecurityOptions = { isOurUrl: (url) => isFromOrigins(url, rendererOrigins()) };

let contents: FakeWebContents;
beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
  contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, options);
});

const navigate = (eventName: string, url: string, isMainFrame = true) => {
  const event = { url, isMainFrame, preventDefault: vi.fn() };
  contents.emit(eventName, event);
  return event.preventDefault.mock.calls.length > 0;
};

describe('navigation away is refused, look-alikes included', () => {
  it.each([
    'app://bundle.evil.example/index.html',
    'app://evil.example@bundle.evil/index.html',
    'app://bundle:80@evil/index.html',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://evil.example/0b9e',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'file:///C:/Windows/System32/drivers/etc/hosts',
    'file://bundle/index.html',
    'http://127.0.0.1:4174/',
    'view-source:app://bundle/index.html',
  ])('the main frame may not go to %s', (url) => {
    expect(navigate('will-navigate', url)).toBe(true);
    expect(navigate('will-redirect', url)).toBe(true);
  });

  it('our own page, in any letter case, is fine', () => {
    expect(navigate('will-navigate', 'APP://Bundle/index.html#/cases')).toBe(false);
  });

  it.each(['https://evil.example/', 'data:text/html,hi', 'blob:https://evil.example/0b9e', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'a frame inside our page may not navigate to %s',
    (url) => {
      expect(navigate('will-frame-navigate', url, false)).toBe(true);
    },
  );

  it("a frame may show our own page's blob: PDF (the letter preview)", () => {
    expect(navigate('will-frame-navigate', 'blob:app://bundle/6f1c2a90-0000-4000-8000-000000000000', false)).toBe(false);
  });

  it('window.open is denied for every kind of URL, and nothing is handed to the OS', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'app://bundle/index.html#popup', 'blob:app://bundle/x', 'ms-settings:', 'smb://evil/share']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(fakeElectron.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('IPC: every channel refuses a foreign frame and a bad payload', () => {
  const handlers = Object.fromEntries(IPC_CHANNELS.map((c) => [c, vi.fn(async () => ({}))])) as unknown as IpcHandlers;
  const call = (channel: IpcChannel, payload: unknown, frame: { url: string; parent: unknown } | null) =>
    dispatchIpc(channel, { sender: windowContents(), senderFrame: frame } as unknown as IpcMainInvokeEvent, payload, { handlers, allowedOrigins: [APP_ORIGIN] });

  it.each(IPC_CHANNELS.map((c) => [c]))('%s: an iframe holding our page, another origin, a look-alike host → forbidden_sender', async (channel) => {
    for (const frame of [
      { url: 'app://bundle/index.html', parent: { url: 'app://bundle/index.html' } },
      { url: 'https://evil.example/', parent: null },
      { url: 'app://bundle.evil/index.html', parent: null },
      { url: 'blob:app://bundle/x', parent: null },
      null,
    ]) {
      expect(await call(channel, {}, frame)).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(handlers[channel]).not.toHaveBeenCalled();
  });

  it.each(IPC_CHANNELS.map((c) => [c]))('%s: a payload with a key the contract does not know, or not an object → bad_request', async (channel) => {
    for (const payload of [{ __proto__: { polluted: true }, constructor: 'x', extra: 1 }, 'string', 42, null, [1, 2]]) {
      expect(await call(channel, payload, { url: 'app://bundle/index.html', parent: null })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    }
    expect(handlers[channel]).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('app:// cannot reach outside the bundle, not even through a link inside it', () => {
  let parent: string;
  let root: string;
  beforeAll(() => {
    parent = mkdtempSync(path.join(tmpdir(), 'app-hardening-'));
    root = path.join(parent, 'renderer');
    mkdirSync(path.join(root, 'assets'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(parent, 'secret.txt'), 'customer data');
    mkdirSync(path.join(parent, 'outside'));
    writeFileSync(path.join(parent, 'outside', 'keys.txt'), 'data key');
    symlinkSync(path.join(parent, 'secret.txt'), path.join(root, 'assets', 'innocent.js'));
    symlinkSync(path.join(parent, 'outside'), path.join(root, 'linked'));
  });
  afterAll(() => rmSync(parent, { recursive: true, force: true }));

  const get = (url: string) => respondToAppRequest(new Request(url), root, "default-src 'self'");

  it.each(['app://bundle/assets/innocent.js', 'app://bundle/linked/keys.txt'])('%s is forbidden and leaks nothing', async (url) => {
    const res = await get(url);
    expect(res.status).toBe(403);
    expect(await res.text()).not.toMatch(/customer data|data key/);
  });

  it('the bundle itself still loads', async () => {
    expect((await get('app://bundle/index.html')).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE'])('%s is refused', async (method) => {
    expect((await respondToAppRequest(new Request('app://bundle/index.html', { method, body: 'x' }), root, '')).status).toBe(405);
  });
});

describe('permissions: only our top-level page gets persistent storage, nothing else anyone', () => {
  let session: FakeSession;
  beforeEach(() => {
    session = new FakeSession();
    hardenSession(session as unknown as Session, options);
  });
  const request = (permission: string, requestingUrl: string) =>
    new Promise<boolean>((resolve) => (session.permissionRequestHandler as never as (...a: unknown[]) => void)(contents, permission, resolve, { requestingUrl, isMainFrame: true }));

  it.each([
    ['a look-alike host', 'app://bundle.evil/index.html'],
    ['a blob: frame', 'blob:app://bundle/x'],
    ['a data: page', 'data:text/html,x'],
    ['a file: page', 'file:///home/u/index.html'],
    ['the head-office address', 'http://127.0.0.1:8787/'],
  ])('persistent-storage is refused to %s', async (_why, url) => {
    expect(await request('persistent-storage', url)).toBe(false);
  });

  it.each(['pointerLock', 'fullscreen', 'clipboard-sanitized-write', 'idle-detection', 'window-management', 'storage-access', 'top-level-storage-access', 'speaker-selection', 'local-fonts'])(
    '%s is refused to our own page',
    async (permission) => {
      expect(await request(permission, 'app://bundle/index.html')).toBe(false);
    },
  );
});

describe('electronegativity (npm run lint:electron)', () => {
  it('reads the accepted findings from the docs table, and nothing outside its section', async () => {
    const { acceptedFindings } = await import('../../scripts/electronegativity.mjs');
    const doc = [
      '## Electron',
      '| `SANDBOX_JS_CHECK` | `electron/main/x.ts` | outside the section: not accepted |',
      '## Electronegativity findings',
      '| Check | File | Why |',
      '| `CSP_GLOBAL_CHECK` | `N/A` | the CSP is a header on app:// |',
      '| `OPEN_EXTERNAL_JS_CHECK` | `electron/main/security.ts` | allow-list, empty |',
      '## Next',
    ].join('\n');
    expect([...acceptedFindings(doc).keys()]).toEqual(['CSP_GLOBAL_CHECK N/A', 'OPEN_EXTERNAL_JS_CHECK electron/main/security.ts']);
  });

  it('finds nothing in electron/ that docs/security.md does not explain', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['scripts/electronegativity.mjs'], { cwd: path.join(__dirname, '../..'), encoding: 'utf8', timeout: 120_000 });
    expect(run.stderr).not.toContain('FINDING');
    expect(run.status).toBe(0);
    // It did look: the accepted findings are listed.
    expect(run.stdout).toContain('accepted');
  });
});
