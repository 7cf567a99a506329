import { app, BrowserWindow, dialog, type FileFilter, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IpcFailure } from '../ipc';

/**
 * Save-as: the user picks the place in the system dialog, so the renderer never chooses a path itself. The
 * suggested name was already checked to be a bare file name; it only pre-fills the dialog.
 */
export async function saveAs(
  sender: WebContents,
  suggestedName: string,
  filters: FileFilter[],
  data: string | Uint8Array,
  what: string,
): Promise<{ saved: false } | { saved: true; path: string }> {
  const options = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const owner = BrowserWindow.fromWebContents(sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await writeFile(choice.filePath, data);
  } catch (error) {
    console.error(`[${what}] cannot write ${choice.filePath}:`, error);
    throw new IpcFailure('io_error', `The file could not be written (${(error as NodeJS.ErrnoException).code ?? 'unknown'}).`);
  }
  return { saved: true, path: choice.filePath };
}
