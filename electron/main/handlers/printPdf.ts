import { app, BrowserWindow } from 'electron';
import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IpcFailure, type IpcHandler } from '../ipc';

/**
 * Shows the PDF in a window of its own with Chromium's PDF viewer, whose print button opens the system print
 * dialog. The window has no preload and no Node; it shows only the file written here, from the app's temp folder.
 */
export const printPdf: IpcHandler<'letters:print'> = async ({ title, bytes }) => {
  let file: string;
  try {
    const dir = await mkdtemp(path.join(app.getPath('temp'), 'recovery-desk-print-'));
    file = path.join(dir, 'letter.pdf');
    await writeFile(file, bytes);
  } catch (error) {
    throw new IpcFailure('io_error', `The PDF could not be prepared (${(error as NodeJS.ErrnoException).code ?? 'unknown'}).`);
  }
  const viewer = new BrowserWindow({
    title,
    width: 900,
    height: 1100,
    webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, plugins: true, disableBlinkFeatures: 'Auxclick' },
  });
  await viewer.loadFile(file);
  return { shown: true };
};
