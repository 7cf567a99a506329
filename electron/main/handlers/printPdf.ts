import { app, BrowserWindow } from 'electron';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IpcFailure, type IpcHandler } from '../ipc';

/**
 * Shows the PDF in a window of its own with Chromium's PDF viewer, whose print button opens the system print
 * dialog. The window has no preload and no Node; it shows only the file written here, from the app's temp folder.
 * The file is a full letter (name, address, amounts): it is deleted when its window closes, and whatever a crash
 * left behind is swept at the next start (issue 12 §3).
 */

export const PRINT_DIR_PREFIX = 'recovery-desk-print-';

async function removePrintDir(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true });
  } catch (error) {
    console.warn(`[print] a temporary print folder could not be deleted (${(error as NodeJS.ErrnoException).code ?? 'unknown'})`);
  }
}

export const printPdf: IpcHandler<'letters:print'> = async ({ title, bytes }) => {
  let dir: string;
  let file: string;
  try {
    dir = await mkdtemp(path.join(app.getPath('temp'), PRINT_DIR_PREFIX));
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
  // The viewer reads the file while it is open (and again to print); once it is closed nothing needs it.
  viewer.on('closed', () => void removePrintDir(dir));
  try {
    await viewer.loadFile(file);
  } catch {
    viewer.close();
    throw new IpcFailure('io_error', 'The PDF could not be shown for printing.');
  }
  return { shown: true };
};

/** At start: no print window is open yet, so every print folder left in the temp folder is a leftover. */
export async function sweepPrintLeftovers(tempDir: string = app.getPath('temp')): Promise<number> {
  let names: string[];
  try {
    names = await readdir(tempDir);
  } catch {
    return 0;
  }
  const leftovers = names.filter((name) => name.startsWith(PRINT_DIR_PREFIX));
  await Promise.all(leftovers.map((name) => removePrintDir(path.join(tempDir, name))));
  return leftovers.length;
}
