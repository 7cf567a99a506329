import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './origins';

/**
 * Every option that matters for security is spelled out even where it is Electron's default, so a
 * reader (or electronegativity) sees it and a change of default upstream cannot weaken us silently.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    // Middle-click would open a link in a new window; window.open is denied anyway, this stops it earlier.
    disableBlinkFeatures: 'Auxclick',
    // Chromium's PDF viewer, for the letter preview (a blob: PDF the app rendered itself; frame-src allows only blob:).
    plugins: true,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** The electron-vite dev server during `npm run dev`; otherwise the bundle is loaded from app://. */
  devServerUrl?: string;
}

export function createMainWindow({ preloadPath, devServerUrl }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: 'Recovery Desk 清收工作台',
    autoHideMenuBar: true,
    // Shown once painted, so staff never see a white flash.
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('[window] the renderer failed to load:', error);
    window.show(); // an empty window with an error in the log beats an invisible process
  });
  return window;
}
