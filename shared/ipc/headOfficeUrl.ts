/**
 * The head-office address an install is started with (RECOVERY_DESK_HEAD_OFFICE_URL for Electron,
 * /head-office.json for the browser build). Checked by pattern because shared/ has no URL class: http or
 * https, a host (no credentials), an optional path, no query or fragment; trailing slashes dropped.
 */
export const HEAD_OFFICE_URL_PATTERN = /^https?:\/\/[a-z0-9.\-[\]:]+(?:\/[^\s?#]*)?$/i;

/** The address tidied, or null when `text` is missing, blank or not such an address. */
export function startupHeadOfficeUrl(text: string | null | undefined): string | null {
  const t = text?.trim() ?? '';
  if (t === '' || t.length > 2048 || !HEAD_OFFICE_URL_PATTERN.test(t)) return null;
  return t.replace(/\/+$/, '');
}

/** The environment variable `npm start` sets for the desktop app. */
export const HEAD_OFFICE_URL_ENV = 'RECOVERY_DESK_HEAD_OFFICE_URL';
