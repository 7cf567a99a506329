import Dexie from 'dexie';
import { DATABASE_NAMES } from '../database';

type WipeModule = { wipeLocalData?: () => Promise<unknown> };
// The store's owner provides wipeLocalData (renderer/src/db/wipe.ts) with encryption at rest; until it
// exists the glob is empty and the real database is deleted here.
const wipeModules = import.meta.glob<WipeModule>('../wipe.ts');

/** Deletes the real store on this device (a revoked device); the demo store is left alone. */
export async function wipeRealStore(): Promise<'wipeLocalData' | 'dexie'> {
  const load = wipeModules['../wipe.ts'];
  const mod = load ? await load() : null;
  if (mod?.wipeLocalData) {
    await mod.wipeLocalData();
    return 'wipeLocalData';
  }
  await Dexie.delete(DATABASE_NAMES.live);
  return 'dexie';
}
