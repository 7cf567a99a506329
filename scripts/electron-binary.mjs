// Finds Electron's executable without starting it. Never `require('electron')` to find out: on a machine
// without the binary, that call starts a download (which fails offline, slowly).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const DEFAULT_EXECUTABLE = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe',
};

function electronPackageDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null; // electron is not installed at all
  }
}

/**
 * The path of a usable Electron executable, or null. Honours, in order: ELECTRON_EXEC_PATH (what
 * electron-vite uses), ELECTRON_OVERRIDE_DIST_PATH (what the electron package uses), then
 * node_modules/electron/dist as written by electron's installer (path.txt).
 */
export function findElectronBinary(env = process.env, platform = process.platform) {
  if (env.ELECTRON_EXEC_PATH) return existsSync(env.ELECTRON_EXEC_PATH) ? env.ELECTRON_EXEC_PATH : null;
  const pkgDir = electronPackageDir();
  const pathFile = pkgDir ? path.join(pkgDir, 'path.txt') : null;
  const executable =
    pathFile && existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (DEFAULT_EXECUTABLE[platform] ?? 'electron');
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || (pkgDir && path.join(pkgDir, 'dist'));
  if (!distDir) return null;
  const candidate = path.join(distDir, executable);
  return existsSync(candidate) ? candidate : null;
}
