import { app, BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IpcFailure, type IpcHandler } from '../ipc';

/** Save-as for a PDF (a letter, a batch, labels): the user picks the place; the renderer never names a path. */
export const savePdf: IpcHandler<'files:savePdf'> = async ({ suggestedName, bytes }, { sender }) => {
  const options = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const owner = BrowserWindow.fromWebContents(sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await writeFile(choice.filePath, bytes);
  } catch (error) {
    console.error(`[savePdf] cannot write ${choice.filePath}:`, error);
    throw new IpcFailure('io_error', `The file could not be written (${(error as NodeJS.ErrnoException).code ?? 'unknown'}).`);
  }
  return { saved: true, path: choice.filePath };
};
