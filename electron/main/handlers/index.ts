import type { IpcHandlers } from '../ipc';
import { appInfo } from './appInfo';
import { saveText } from './saveText';
import { savePdf } from './savePdf';
import { saveXlsx } from './saveXlsx';
import { printPdf } from './printPdf';
import { rendererError } from './rendererError';
import { dataKeyHandler, forgetDataKeyHandler } from '../dataKey';

/** One handler per contract channel; the IpcHandlers type makes a missing one a compile error. */
export const ipcHandlers: IpcHandlers = {
  'app:info': appInfo,
  'files:saveText': saveText,
  'files:savePdf': savePdf,
  'files:saveXlsx': saveXlsx,
  'letters:print': printPdf,
  'keys:dataKey': dataKeyHandler,
  'keys:forget': forgetDataKeyHandler,
  'log:rendererError': rendererError,
};
