import type { Platform } from './Platform';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The same UI in plain Chromium: downloads instead of a save dialog, no OS-protected secrets. */
export function createBrowserPlatform(version: string): Platform {
  return {
    async info() {
      return { kind: 'browser', version, os: navigator.platform };
    },
    async saveText({ suggestedName, content, mimeType }) {
      download(new Blob([content], { type: mimeType }), suggestedName);
      return { saved: true, path: null };
    },
    async savePdf(suggestedName, bytes) {
      download(new Blob([bytes as BlobPart], { type: 'application/pdf' }), suggestedName);
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
  };
}
