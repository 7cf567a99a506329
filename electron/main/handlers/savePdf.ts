import { type IpcHandler } from '../ipc';
import { saveAs } from './saveAs';

/** Save-as for a PDF (a letter, a batch, labels). */
export const savePdf: IpcHandler<'files:savePdf'> = ({ suggestedName, bytes }, { sender }) => saveAs(sender, suggestedName, [{ name: 'PDF', extensions: ['pdf'] }], bytes, 'savePdf');
