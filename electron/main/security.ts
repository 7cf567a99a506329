import { app, shell, type Session, type WebContents } from 'electron';
import { originOf } from './origins';

/**
 * The Electron security checklist applied to every webContents and session the app ever creates:
 * our page may not leave our origin, may not open windows, gets no <webview>, and is granted no
 * permission beyond the one it needs. Hooked on `web-contents-created`, so a webContents created
 * later (devtools, a print preview) is covered without anyone remembering to call this.
 */

/**
 * https origins whose links may open in the user's browser (window.open / target=_blank). Empty: nothing
 * leaves the app until a real need (e.g. the bank's help portal) is added here on purpose.
 */
export const EXTERNAL_URL_ALLOW_LIST: readonly string[] = [];

export function isAllowedExternalUrl(url: string, allowList: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && !parsed.username && !parsed.password && allowList.includes(parsed.origin);
}

/**
 * Permissions granted to our own page; everything else (camera, geolocation, notifications, clipboard
 * reading, USB, ...) is refused. `persistent-storage` keeps Chromium from evicting the local case store
 * and its unsent outbox under disk pressure: refusing it would risk losing work recorded offline.
 */
export const GRANTED_PERMISSIONS: readonly string[] = ['persistent-storage'];

export function isPermissionGranted(permission: string, requestingUrl: string, isOurUrl: (url: string) => boolean): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isOurUrl(requestingUrl);
}

export interface SecurityOptions {
  /** True for URLs of our own renderer (app://bundle, or the dev server in development). */
  isOurUrl: (url: string) => boolean;
  externalAllowList?: readonly string[];
}

/** blob: URLs minted by our own page (blob:app://bundle/<uuid>), e.g. the rendered letter PDF. */
export function isOurBlob(url: string, isOurUrl: (url: string) => boolean): boolean {
  return url.startsWith('blob:') && isOurUrl(url.slice('blob:'.length));
}

export function hardenWebContents(contents: WebContents, options: SecurityOptions): void {
  const allowList = options.externalAllowList ?? EXTERNAL_URL_ALLOW_LIST;
  const guardNavigation = (event: { preventDefault(): void; url: string }) => {
    if (!options.isOurUrl(event.url)) {
      event.preventDefault();
      console.warn(`[security] blocked navigation to ${originOf(event.url) ?? 'an invalid URL'}`);
    }
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  // Frames inside our page (the letter preview) may show our own blob: PDFs and nothing else; will-navigate
  // only sees the main frame, and the CSP's frame-src is the first line, this the second.
  contents.on('will-frame-navigate', (event: { preventDefault(): void; url: string; isMainFrame: boolean }) => {
    if (event.isMainFrame) return;
    if (!options.isOurUrl(event.url) && !isOurBlob(event.url, options.isOurUrl)) {
      event.preventDefault();
      console.warn(`[security] blocked a frame navigating to ${originOf(event.url) ?? 'an invalid URL'}`);
    }
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url, allowList)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // No <webview>: it would be a second, unguarded renderer.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session, options: SecurityOptions): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, options.isOurUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, options.isOurUrl),
  );
  // HID, serial and USB device pickers: never.
  session.setDevicePermissionHandler(() => false);
}

/** Call once, before the first window: every webContents created from then on is hardened. */
export function installSecurityHandlers(options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, options);
    hardenSession(contents.session, options);
  });
}
