import type { FileFilter } from 'electron';
import type { SaveTextMimeType } from '../../../shared/ipc/contract';
import { type IpcHandler } from '../ipc';
import { saveAs } from './saveAs';

const ALL_FILES: FileFilter = { name: '所有文件 All files', extensions: ['*'] };

const FILTERS: Record<SaveTextMimeType, FileFilter[]> = {
  'text/csv': [{ name: 'CSV', extensions: ['csv'] }, ALL_FILES],
  'application/json': [{ name: 'JSON', extensions: ['json'] }, ALL_FILES],
  'text/plain': [{ name: '文本 Text', extensions: ['txt'] }, ALL_FILES],
};

/** Save-as for text (CSV exports, JSON, plain text), written as UTF-8. */
export const saveText: IpcHandler<'files:saveText'> = ({ suggestedName, content, mimeType }, { sender }) => saveAs(sender, suggestedName, FILTERS[mimeType], content, 'saveText');
