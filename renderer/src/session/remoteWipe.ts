import { wipeLocalData, type WipeOptions } from '../store/wipe';

/**
 * Head office's remote wipe (docs/security.md, "Remote wipe"): told device_wiped, the app erases everything of
 * the real profile it holds — the data key first (crypto-shredding), every IndexedDB database of the real store
 * (cases, records, attachments, issued letters' PDFs, the outbox), cached responses, and this session's saved
 * state — keeping only what names no one: the head-office address, the language, the demo store.
 */

/** localStorage entries that hold nothing personal and are needed to sign in again later. */
const KEPT_SETTINGS: ReadonlySet<string> = new Set(['recovery-desk.headOfficeUrl', 'recovery-desk.lastHeadOfficeUrl', 'recovery-desk.language', 'recovery-desk.autoLockMinutes']);

export interface RemoteWipeReport {
  /** Nothing real can be read any more: the key is gone, or every database was deleted. */
  complete: boolean;
  keyForgotten: boolean;
  databasesDeleted: string[];
  databasesFailed: string[];
  cachesDeleted: number;
  settingsRemoved: string[];
}

export interface RemoteWipeDeps extends Pick<WipeOptions, 'keys' | 'closeStore'> {
  caches?: Pick<CacheStorage, 'keys' | 'delete'> | null;
  storage?: Storage | null;
  session?: Storage | null;
}

export async function eraseForHeadOffice(deps: RemoteWipeDeps = {}): Promise<RemoteWipeReport> {
  const report = await wipeLocalData({ ...(deps.keys ? { keys: deps.keys } : {}), ...(deps.closeStore ? { closeStore: deps.closeStore } : {}) });
  let cachesDeleted = 0;
  const caches = deps.caches === undefined ? (globalThis.caches ?? null) : deps.caches;
  if (caches) {
    for (const name of await caches.keys().catch(() => [] as string[])) if (await caches.delete(name).catch(() => false)) cachesDeleted += 1;
  }
  const storage = deps.storage === undefined ? (globalThis.localStorage ?? null) : deps.storage;
  const settingsRemoved: string[] = [];
  if (storage) {
    const names = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k !== null);
    for (const name of names) {
      if (name.startsWith('recovery-desk.') && !KEPT_SETTINGS.has(name)) {
        storage.removeItem(name);
        settingsRemoved.push(name);
      }
    }
  }
  (deps.session === undefined ? (globalThis.sessionStorage ?? null) : deps.session)?.clear();
  return {
    complete: report.keyForgotten || report.failed.length === 0,
    keyForgotten: report.keyForgotten,
    databasesDeleted: report.deleted,
    databasesFailed: report.failed.map((f) => f.name),
    cachesDeleted,
    settingsRemoved,
  };
}
