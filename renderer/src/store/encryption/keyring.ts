import { createPlatform } from '../../platform/createPlatform';
import { forgetBrowserDataKey, loadBrowserDataKey } from '../../platform/browserDataKey';

/** Where the store's data key comes from: the platform (Electron's key channel, or the browser's key database). */
export interface DataKeySource {
  load(): Promise<Uint8Array>;
  forget(): Promise<void>;
}

let source: DataKeySource | null = null;

/** The app's platform, once attached; tests give their own. */
export function useDataKeySource(next: DataKeySource | null): void {
  source = next;
}

/**
 * Until something registers a source, the composition root's platform is asked (createPlatform is the one
 * place that decides Electron or browser); its dataKey() does not depend on the version string.
 */
export function dataKeySource(): DataKeySource {
  if (source) return source;
  const platform = createPlatform('');
  return { load: () => platform.dataKey(), forget: () => platform.forgetDataKey() };
}

/** The browser preview's key database inside a given IndexedDB factory. */
export function browserDataKeyIn(idb: IDBFactory): DataKeySource {
  return { load: () => loadBrowserDataKey(idb), forget: () => forgetBrowserDataKey(idb) };
}
