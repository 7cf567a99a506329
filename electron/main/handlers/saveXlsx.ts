import { type IpcHandler } from '../ipc';
import { saveAs } from './saveAs';

/** Save-as for a workbook (the monthly report). */
export const saveXlsx: IpcHandler<'files:saveXlsx'> = ({ suggestedName, bytes }, { sender }) => saveAs(sender, suggestedName, [{ name: 'Excel', extensions: ['xlsx'] }], bytes, 'saveXlsx');
