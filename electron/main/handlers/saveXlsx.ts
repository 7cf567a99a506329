import { app, BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IpcFailure, type IpcHandler } from '../ipc';

/** Save-as for a workbook (the monthly report): the user picks the place; the renderer never names a path. */
export const saveXlsx: IpcHandler<'files:saveXlsx'> = async ({ suggestedName, bytes }, { sender }) => {
  const options = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'] as ('createDirectory' | 'showOverwriteConfirmation')[],
  };
  const owner = BrowserWindow.fromWebContents(sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };
  try {
    await writeFile(choice.filePath, bytes);
  } catch (error) {
    console.error(`[saveXlsx] cannot write ${choice.filePath}:`, error);
    throw new IpcFailure('io_error', `The file could not be written (${(error as NodeJS.ErrnoException).code ?? 'unknown'}).`);
  }
  return { saved: true, path: choice.filePath };
};
