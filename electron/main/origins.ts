/**
 * Where our own pages come from. Everything that decides "is this us?" (IPC sender check, navigation
 * guard, permissions) goes through here, so there is one definition of the app's origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * scheme://host[:port] of a URL, or null. WHATWG URL reports origin "null" for schemes it does not know
 * (app: among them), so the origin is built from its parts instead of read from `URL.origin`.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`;
}

/** The origins allowed to talk to the main process: app://bundle, plus the dev server during `npm run dev`. */
export function rendererOrigins(devServerUrl?: string): string[] {
  const dev = devServerUrl ? originOf(devServerUrl) : null;
  return dev ? [APP_ORIGIN, dev] : [APP_ORIGIN];
}

export function isFromOrigins(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && origins.includes(origin);
}
