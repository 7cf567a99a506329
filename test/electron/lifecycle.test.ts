import { IPC_CHANNELS } from '../../shared/ipc/channels';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Fake from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

// electron/main/index.ts does its work on import, so each test loads a fresh copy of it (and of the fake).
async function startMain(options: { secondInstance?: boolean } = {}): Promise<typeof Fake> {
  vi.resetModules();
  const fake = await import('./fakeElectron');
  fake.resetFakeElectron();
  fake.fakeApp.requestSingleInstanceLock.mockReturnValue(!options.secondInstance);
  // Logs and temp (swept for print leftovers at start) both in a folder of this test's own.
  fake.fakeApp.getPath.mockImplementation(() => logDir);
  await import('../../electron/main/index');
  uninstallLog = (await import('../../electron/main/log/mainLog')).uninstallMainLog;
  await new Promise((resolve) => setTimeout(resolve, 0)); // let whenReady().then(...) run
  return fake;
}

let logDir = '';
let uninstallLog = () => {};
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  logDir = mkdtempSync(path.join(tmpdir(), 'recovery-desk-lifecycle-log-'));
});
afterEach(() => {
  uninstallLog();
  uninstallLog = () => {};
  rmSync(logDir, { recursive: true, force: true });
});

describe('main process lifecycle', () => {
  it('registers the app:// scheme and enables the sandbox before ready', async () => {
    const { fakeElectron, fakeApp } = await startMain();
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(fakeApp.enableSandbox).toHaveBeenCalled();
    const registered = fakeElectron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!;
    expect(registered).toBeLessThan(fakeApp.whenReady.mock.invocationCallOrder[0]!);
  });

  it('on ready: serves app://, registers every IPC channel, hardens the session, opens one window on app://', async () => {
    const { fakeElectron, FakeBrowserWindow } = await startMain();
    expect(fakeElectron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fakeElectron.ipcMain.handle.mock.calls.map(([c]) => c)).toEqual([...IPC_CHANNELS]);
    expect(fakeElectron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = FakeBrowserWindow.instances[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
    // The window's own webContents was hardened through web-contents-created.
    expect(window.webContents.setWindowOpenHandler).toHaveBeenCalled();
  });

  it('a second instance quits at once and opens nothing', async () => {
    const { fakeApp, FakeBrowserWindow } = await startMain({ secondInstance: true });
    expect(fakeApp.quit).toHaveBeenCalled();
    expect(fakeApp.whenReady).not.toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('when someone starts the app again, the existing window comes to the front', async () => {
    const { fakeApp, FakeBrowserWindow } = await startMain();
    const window = FakeBrowserWindow.instances[0]!;
    window.isMinimized.mockReturnValue(true);
    fakeApp.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it.runIf(process.platform !== 'darwin')('quits when the last window closes (except on macOS)', async () => {
    const { fakeApp } = await startMain();
    fakeApp.emit('window-all-closed');
    expect(fakeApp.quit).toHaveBeenCalled();
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:9999';
    try {
      const { FakeBrowserWindow } = await startMain();
      expect(FakeBrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
    } finally {
      delete process.env.ELECTRON_RENDERER_URL;
    }
  });

  it('a packaged app installs its own menu before the window opens, and its window ignores Ctrl+R and F12', async () => {
    const { fakeElectron, FakeBrowserWindow } = await startMain();
    expect(fakeElectron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    const window = FakeBrowserWindow.instances[0]!;
    const installed = fakeElectron.Menu.setApplicationMenu.mock.invocationCallOrder[0]!;
    expect(installed).toBeLessThan(window.loadURL.mock.invocationCallOrder[0]!);
    for (const input of [
      { type: 'keyDown', key: 'r', control: true, meta: false, shift: false, alt: false },
      { type: 'keyDown', key: 'F12', control: false, meta: false, shift: false, alt: false },
    ]) {
      const event = { preventDefault: vi.fn() };
      window.webContents.emit('before-input-event', event, input);
      expect(event.preventDefault, input.key).toHaveBeenCalled();
    }
  });

  it('at start, deletes the letters a crash left in the temp folder', async () => {
    mkdirSync(path.join(logDir, 'recovery-desk-print-x1'));
    writeFileSync(path.join(logDir, 'recovery-desk-print-x1', 'letter.pdf'), '%PDF-1.7');
    await startMain();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(path.join(logDir, 'recovery-desk-print-x1'))).toBe(false);
  });

  it('the first instance starts its log file in the logs folder', async () => {
    await startMain();
    expect(readFileSync(path.join(logDir, 'main.log'), 'utf8')).toMatch(/INFO \[main\] started version=0\.1\.0 packaged=true/);
  });
});
