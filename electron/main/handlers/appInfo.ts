import { app } from 'electron';
import type { IpcHandler } from '../ipc';

/** Shown in the status bar and in support requests: which build, on which OS. */
export const appInfo: IpcHandler<'app:info'> = async () => ({
  kind: 'electron',
  version: app.getVersion(),
  os: process.platform,
});
