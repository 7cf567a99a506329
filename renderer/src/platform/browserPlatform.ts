import type { Platform } from './Platform';
import { startupHeadOfficeUrl } from '../../../shared/ipc/headOfficeUrl';
import { forgetBrowserDataKey, loadBrowserDataKey } from './browserDataKey';
import { errorLogEntry } from './errorReport';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The head office the server of this page was started with: scripts/web.mjs answers /head-office.json with
 * `{ "headOfficeUrl": "http://…" | null }`. Any other answer (a static host without it, whose SPA fallback
 * sends index.html) or no answer within 3 s means none.
 */
export async function fetchStartupHeadOfficeUrl(base: string = document.baseURI): Promise<string | null> {
  try {
    const res = await fetch(new URL('head-office.json', base), { cache: 'no-store', signal: AbortSignal.timeout(3_000) });
    if (!res.ok) return null;
    const body: unknown = await res.json();
    const url = body && typeof body === 'object' ? (body as { headOfficeUrl?: unknown }).headOfficeUrl : null;
    return typeof url === 'string' ? startupHeadOfficeUrl(url) : null;
  } catch {
    return null;
  }
}

/** The same UI in plain Chromium: downloads instead of a save dialog, no OS-protected secrets. */
export function createBrowserPlatform(version: string): Platform {
  let headOfficeUrl: Promise<string | null> | null = null;
  return {
    async info() {
      headOfficeUrl ??= fetchStartupHeadOfficeUrl();
      return { kind: 'browser', version, os: navigator.platform, headOfficeUrl: await headOfficeUrl };
    },
    async saveText({ suggestedName, content, mimeType }) {
      download(new Blob([content], { type: mimeType }), suggestedName);
      return { saved: true, path: null };
    },
    async savePdf(suggestedName, bytes) {
      download(new Blob([bytes as BlobPart], { type: 'application/pdf' }), suggestedName);
      return { saved: true, path: null };
    },
    async saveXlsx(suggestedName, bytes) {
      download(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), suggestedName);
      return { saved: true, path: null };
    },
    async printPdf(_title, bytes) {
      // The browser's own PDF viewer has the print button; a new tab keeps the app where it was.
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    async requestPersistentStorage() {
      if (!navigator.storage?.persist) return false;
      return (await navigator.storage.persisted()) || (await navigator.storage.persist());
    },
    dataKey: () => loadBrowserDataKey(),
    forgetDataKey: () => forgetBrowserDataKey(),
    async reportError(report) {
      // The browser preview has no log file: the developer console is where its errors are read.
      const entry = errorLogEntry(report);
      console.error(`[${entry.where}] ${entry.name}: ${entry.message}`);
    },
    dataKeyProtection: 'browser_profile',
  };
}
