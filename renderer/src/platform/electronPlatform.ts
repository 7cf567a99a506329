import type { RecoveryDeskBridge } from '../../../shared/ipc/bridge';
import type { IpcResult } from '../../../shared/ipc/result';
import type { Platform } from './Platform';
import { errorLogEntry } from './errorReport';

declare global {
  interface Window {
    api?: RecoveryDeskBridge;
  }
}

export function hasElectronBridge(): boolean {
  return typeof window !== 'undefined' && typeof window.api?.invoke === 'function';
}

/** Errors cross the bridge as data; here they become exceptions with the main process's code. */
export class PlatformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error.code, result.error.message);
  return result.value;
}

export function createElectronPlatform(api: RecoveryDeskBridge): Platform {
  // Asked once per run; the key stays in this closure (memory only), never in localStorage or IndexedDB.
  let dataKey: Promise<Uint8Array> | null = null;
  return {
    async info() {
      return unwrap(await api.invoke('app:info', {}));
    },
    async saveText(req) {
      return unwrap(await api.invoke('files:saveText', req));
    },
    async savePdf(suggestedName, bytes) {
      return unwrap(await api.invoke('files:savePdf', { suggestedName, bytes: bytes as Uint8Array<ArrayBuffer> }));
    },
    async saveXlsx(suggestedName, bytes) {
      return unwrap(await api.invoke('files:saveXlsx', { suggestedName, bytes: bytes as Uint8Array<ArrayBuffer> }));
    },
    async printPdf(title, bytes) {
      unwrap(await api.invoke('letters:print', { title, bytes: bytes as Uint8Array<ArrayBuffer> }));
    },
    async requestPersistentStorage() {
      // Electron's own profile is not evicted by storage pressure the way a browser's may be.
      if (!navigator.storage?.persist) return true;
      return (await navigator.storage.persisted()) || (await navigator.storage.persist());
    },
    dataKey() {
      dataKey ??= api.invoke('keys:dataKey', {}).then((r) => unwrap(r).key);
      // A refusal (no OS key store) is not cached: the user may fix it and retry.
      dataKey.catch(() => (dataKey = null));
      return dataKey;
    },
    async forgetDataKey() {
      dataKey = null;
      unwrap(await api.invoke('keys:forget', {}));
    },
    async reportError(report) {
      // Best effort: a report that cannot be logged must not become a second error on top of the first.
      const result = await api.invoke('log:rendererError', errorLogEntry(report));
      if (!result.ok) console.error('[log] the error could not be reported:', result.error.code);
    },
    dataKeyProtection: 'os_key_store',
  };
}
