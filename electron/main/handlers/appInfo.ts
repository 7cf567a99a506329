import { app } from 'electron';
import { HEAD_OFFICE_URL_ENV, startupHeadOfficeUrl } from '../../../shared/ipc/headOfficeUrl';
import type { IpcHandler } from '../ipc';

/**
 * Shown in the status bar and in support requests: which build, on which OS; and the head office
 * `npm start` (or an installer's shortcut) pointed this install at, which the user's own setting overrides.
 */
export const appInfo: IpcHandler<'app:info'> = async () => ({
  kind: 'electron',
  version: app.getVersion(),
  os: process.platform,
  headOfficeUrl: headOfficeUrlFromEnv(process.env),
});

let warned = false;

export function headOfficeUrlFromEnv(env: NodeJS.ProcessEnv): string | null {
  const raw = env[HEAD_OFFICE_URL_ENV];
  const url = startupHeadOfficeUrl(raw);
  if (url === null && raw?.trim() && !warned) {
    warned = true;
    console.warn(`${HEAD_OFFICE_URL_ENV} is not an http(s) address and is ignored`);
  }
  return url;
}
