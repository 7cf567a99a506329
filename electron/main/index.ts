import { app, BrowserWindow, session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from './csp';
import { ipcHandlers } from './handlers';
import { sweepPrintLeftovers } from './handlers/printPdf';
import { registerIpcHandlers } from './ipc';
import { installMainLog } from './log/mainLog';
import { blockDeveloperShortcuts, installApplicationMenu } from './menu';
import { isFromOrigins, rendererOrigins } from './origins';
import { registerAppScheme, serveRendererBundle } from './protocol';
import { hardenSession, installSecurityHandlers, type SecurityOptions } from './security';
import { createMainWindow } from './window';

/** App lifecycle: one instance, one window, everything hardened before the first page loads. */

// Built layout: out/main/index.js, out/preload/index.cjs, out/renderer/.
const here = path.dirname(fileURLToPath(import.meta.url));
const preloadPath = path.join(here, '../preload/index.cjs');
const rendererRoot = path.join(here, '../renderer');
// electron-vite sets this during `npm run dev`; a packaged app never trusts it.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

// Both must happen before 'ready'.
registerAppScheme();
app.enableSandbox();

// One instance only: two windows on one local store would race each other's sync and outbox.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  start();
}

function start(): void {
  // Only the one instance writes the log, so two processes never rotate the same file.
  installMainLog();
  const origins = rendererOrigins(devServerUrl);
  const security: SecurityOptions = { isOurUrl: (url) => isFromOrigins(url, origins) };
  let mainWindow: BrowserWindow | null = null;

  const openMainWindow = () => {
    mainWindow = createMainWindow({ preloadPath, devServerUrl });
    mainWindow.on('closed', () => (mainWindow = null));
  };

  installSecurityHandlers(security);
  // A packaged app offers no reload and no DevTools, neither in its menu nor by key.
  if (app.isPackaged) app.on('web-contents-created', (_event, contents) => blockDeveloperShortcuts(contents));

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // macOS keeps apps alive without windows; elsewhere closing the window ends the app.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, security);
      installApplicationMenu();
      serveRendererBundle(rendererRoot, contentSecurityPolicy());
      registerIpcHandlers({ handlers: ipcHandlers, allowedOrigins: origins });
      openMainWindow();
      // Letters a crash kept from being deleted after printing (the one instance: no print window is open yet).
      void sweepPrintLeftovers().then((count) => {
        if (count > 0) console.info(`[print] deleted ${count} temporary print folder(s) left from before`);
      });
    })
    .catch((error: unknown) => {
      console.error('[main] failed to start:', error);
      app.exit(1);
    });
}
