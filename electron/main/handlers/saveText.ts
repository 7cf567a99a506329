import { app, BrowserWindow, dialog, type FileFilter, type SaveDialogOptions } from 'electron';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SaveTextMimeType } from '../../../shared/ipc/contract';
import { IpcFailure, type IpcHandler } from '../ipc';

const ALL_FILES: FileFilter = { name: '所有文件 All files', extensions: ['*'] };

const FILTERS: Record<SaveTextMimeType, FileFilter[]> = {
  'text/csv': [{ name: 'CSV', extensions: ['csv'] }, ALL_FILES],
  'application/json': [{ name: 'JSON', extensions: ['json'] }, ALL_FILES],
  'text/plain': [{ name: '文本 Text', extensions: ['txt'] }, ALL_FILES],
};

/**
 * Save-as: the user picks the place in the system dialog, so the renderer never chooses a path itself.
 * The suggested name was already checked to be a bare file name; it only pre-fills the dialog.
 */
export const saveText: IpcHandler<'files:saveText'> = async ({ suggestedName, content, mimeType }, { sender }) => {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: FILTERS[mimeType],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const owner = BrowserWindow.fromWebContents(sender);
  const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { saved: false };

  try {
    await writeFile(choice.filePath, content, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    console.error(`[saveText] cannot write ${choice.filePath}:`, error);
    throw new IpcFailure('io_error', `The file could not be written (${code}).`);
  }
  return { saved: true, path: choice.filePath };
};
