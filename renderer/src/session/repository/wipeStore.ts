import { wipeLocalData } from '../../store/wipe';

/**
 * Deletes the real store on this device (a revoked device) through the store's own wipe: the data key is
 * forgotten first, then the databases deleted. The demo store is left alone. True when nothing real can be
 * read any more (the key is gone, or every database was deleted).
 */
export async function wipeRealStore(closeStore?: () => void): Promise<boolean> {
  const report = await wipeLocalData(closeStore ? { closeStore } : {});
  return report.keyForgotten || report.failed.length === 0;
}
