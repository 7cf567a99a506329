import Dexie from 'dexie';
import { DATABASE_NAMES } from './database';
import { dataKeySource, type DataKeySource } from './encryption/keyring';
import { BROWSER_KEY_DATABASE } from '../platform/browserDataKey';

export interface WipeOptions {
  /** Also delete the demo store (kept by default: it holds no one's real data). */
  includeDemo?: boolean;
  /** Where the key lives; the platform's by default. */
  keys?: DataKeySource;
  /** Close the open store first, so the deletion is not blocked by our own connection. */
  closeStore?: () => void;
}

export interface WipeReport {
  keyForgotten: boolean;
  deleted: string[];
  /** Databases that could not be deleted (the key is forgotten anyway, so they cannot be read). */
  failed: { name: string; error: string }[];
}

/**
 * Wipes this device's real data, e.g. when head office revokes it. The key goes first: once it is
 * forgotten nothing sealed in the store can be read, even if a deletion below is blocked or the machine
 * dies half-way (crypto-shredding). Then every database of the real profile is deleted: the store and
 * any other database the app made, but not the demo store unless asked, and never other sites' data.
 */
export async function wipeLocalData(options: WipeOptions = {}): Promise<WipeReport> {
  const keys = options.keys ?? dataKeySource();
  options.closeStore?.();
  let keyForgotten = false;
  try {
    await keys.forget();
    keyForgotten = true;
  } catch {
    keyForgotten = false;
  }

  const known = new Set<string>([DATABASE_NAMES.live, ...(await Dexie.getDatabaseNames().catch(() => [] as string[]))]);
  const names = [...known].filter((name) => name !== BROWSER_KEY_DATABASE && (options.includeDemo || name !== DATABASE_NAMES.demo));
  if (options.includeDemo) names.push(DATABASE_NAMES.demo);

  const report: WipeReport = { keyForgotten, deleted: [], failed: [] };
  for (const name of [...new Set(names)]) {
    try {
      await Dexie.delete(name);
      report.deleted.push(name);
    } catch (error) {
      report.failed.push({ name, error: String((error as Error)?.message ?? error) });
    }
  }
  return report;
}
