import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../electron/main/window';
import { FakeBrowserWindow, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

beforeEach(resetFakeElectron);

describe('createMainWindow', () => {
  it('creates the window with isolated, sandboxed, Node-free web preferences and our preload', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs' });
    const [window] = FakeBrowserWindow.instances;
    expect(window!.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('loads the bundle from app://, never file://', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs' }) as unknown as FakeBrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html');
  });

  it('loads the dev server during development', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs', devServerUrl: 'http://localhost:5173' }) as unknown as FakeBrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('shows the window once it is painted', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs' }) as unknown as FakeBrowserWindow;
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
