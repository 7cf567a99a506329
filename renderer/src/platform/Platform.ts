/**
 * What the UI needs from the machine it runs on. The Electron implementation goes through window.api
 * (the preload's narrow IPC bridge); the browser one uses web APIs, so the whole UI also runs in Chromium.
 * One composition root (createPlatform) picks it; nothing else probes for Electron.
 */
export interface AppInfo {
  kind: 'electron' | 'browser';
  version: string;
  /** e.g. "linux", "win32"; the browser reports navigator.platform. */
  os: string;
  /**
   * The head office this install was started with (`npm start` sets it: RECOVERY_DESK_HEAD_OFFICE_URL in
   * Electron, /head-office.json next to the browser build); null when none. The user's setting overrides it.
   */
  headOfficeUrl: string | null;
}

export interface SaveTextRequest {
  suggestedName: string;
  content: string;
  mimeType: 'text/csv' | 'application/json' | 'text/plain';
}

export type SaveResult = { saved: true; path: string | null } | { saved: false };

/** An error the UI caught, for the desktop app's log: where, and the error's own words; never form contents. */
export interface ErrorReport {
  /** A short place name, e.g. `app` or `screen:cases`. */
  where: string;
  error: unknown;
}

export interface Platform {
  info(): Promise<AppInfo>;
  /** Save-as: a system dialog in Electron, a download in the browser. */
  saveText(req: SaveTextRequest): Promise<SaveResult>;
  /** Save-as for a PDF: a system dialog in Electron, a download in the browser. */
  savePdf(suggestedName: string, bytes: Uint8Array): Promise<SaveResult>;
  /** Save-as for an XLSX workbook (the monthly report): a system dialog in Electron, a download in the browser. */
  saveXlsx(suggestedName: string, bytes: Uint8Array): Promise<SaveResult>;
  /** The system print dialog for a PDF (Electron), or the browser's PDF viewer in a new tab. */
  printPdf(title: string, bytes: Uint8Array): Promise<void>;
  /** Ask the browser/Electron not to evict the local store under storage pressure. */
  requestPersistentStorage(): Promise<boolean>;
  /**
   * The 256-bit key that seals personal data in the local store; kept in memory only. Electron: made by the
   * main process and kept wrapped by the OS key store (safeStorage). Browser preview: kept in a separate
   * IndexedDB database, which does not protect it from anyone who can read the browser profile.
   */
  dataKey(): Promise<Uint8Array>;
  /** Deletes the stored data key (wiping a revoked device): the sealed data can never be read again. */
  forgetDataKey(): Promise<void>;
  /** Writes a caught error to the desktop app's log file (the browser's console in the preview); never throws. */
  reportError(report: ErrorReport): Promise<void>;
  /** Whether the data key is protected by the operating system, or only by access to this browser profile. */
  readonly dataKeyProtection: 'os_key_store' | 'browser_profile';
}
