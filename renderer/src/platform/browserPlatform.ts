import type { Platform } from './Platform';

/** The same UI in plain Chromium: downloads instead of a save dialog, no OS-protected secrets. */
export function createBrowserPlatform(version: string): Platform {
  return {
    async info() {
      return { kind: 'browser', version, os: navigator.platform };
    },
    async saveText({ suggestedName, content, mimeType }) {
      const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { saved: true, path: null };
    },
    async requestPersistentStorage() {
      if (!navigator.storage?.persist) return false;
      return (await navigator.storage.persisted()) || (await navigator.storage.persist());
    },
  };
}
