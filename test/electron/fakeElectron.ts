import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module (its binary cannot run here): just enough surface for the main
 * process and preload code, with every call recorded. Use it with
 *   vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));
 */

// vi.resetModules() re-evaluates this file; keeping the fake on globalThis means the code under test and
// the test always see the same one.
function createFake() {
  type Handler = (...args: never[]) => unknown;

  class FakeSession {
    permissionRequestHandler: Handler | null = null;
    permissionCheckHandler: Handler | null = null;
    deviceHandler: Handler | null = null;
    setPermissionRequestHandler = vi.fn((h: Handler | null) => void (this.permissionRequestHandler = h));
    setPermissionCheckHandler = vi.fn((h: Handler | null) => void (this.permissionCheckHandler = h));
    setDevicePermissionHandler = vi.fn((h: Handler | null) => void (this.deviceHandler = h));
  }

  class FakeWebContents extends EventEmitter {
    session = new FakeSession();
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    setWindowOpenHandler = vi.fn((h: (details: { url: string }) => { action: string }) => void (this.windowOpenHandler = h));
  }

  class FakeBrowserWindow extends EventEmitter {
    static instances: FakeBrowserWindow[] = [];
    static fromWebContents = vi.fn((contents: unknown) => FakeBrowserWindow.instances.find((w) => w.webContents === contents) ?? null);
    static getAllWindows = vi.fn(() => FakeBrowserWindow.instances);

    webContents = new FakeWebContents();
    loadURL = vi.fn(async (_url: string) => undefined);
    loadFile = vi.fn(async (_file: string) => undefined);
    // Electron emits 'closed' once the window is gone.
    close = vi.fn(() => void this.emit('closed'));
    show = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = vi.fn(() => false);

    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.instances.push(this);
      // Electron announces every new webContents on the app; security.ts relies on that.
      fakeApp.emit('web-contents-created', {}, this.webContents);
    }
  }

  const fakeApp = Object.assign(new EventEmitter(), {
    isPackaged: true,
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn((_name: string) => tmpdir()),
    getLocale: vi.fn(() => 'zh-CN'),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
  });

  const fakeElectron = {
    app: fakeApp,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: { handle: vi.fn() },
    ipcRenderer: { invoke: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: new FakeSession() },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    dialog: { showSaveDialog: vi.fn() },
    Menu: {
      // The template itself stands in for the built menu, so tests can read what was installed.
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn((_menu: unknown) => undefined),
    },
  };
  return { FakeSession, FakeWebContents, FakeBrowserWindow, fakeApp, fakeElectron };
}

type FakeModule = ReturnType<typeof createFake>;
const shared = globalThis as { __recoveryDeskFakeElectron?: FakeModule };
const fake = (shared.__recoveryDeskFakeElectron ??= createFake());

export const { FakeSession, FakeWebContents, FakeBrowserWindow, fakeApp, fakeElectron } = fake;
export type FakeSession = InstanceType<FakeModule['FakeSession']>;
export type FakeWebContents = InstanceType<FakeModule['FakeWebContents']>;
export type FakeBrowserWindow = InstanceType<FakeModule['FakeBrowserWindow']>;

export const electronModule = { ...fakeElectron, default: fakeElectron };

/** A web contents that is inside one of our windows, as IPC events carry it. */
export function windowContents(): FakeWebContents {
  return new FakeBrowserWindow({}).webContents;
}

export function resetFakeElectron(): void {
  vi.clearAllMocks();
  FakeBrowserWindow.instances = [];
  fakeApp.removeAllListeners();
  fakeApp.isPackaged = true;
  fakeApp.getLocale.mockReturnValue('zh-CN');
  fakeApp.requestSingleInstanceLock.mockReturnValue(true);
}
