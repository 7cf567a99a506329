import type { RecoveryDeskDb } from '../../store/database';
import type { DeviceIdentity } from '../../store/deviceRepository';

/**
 * Receipt and letter numbers carry the device code. A device that has numbered anything keeps its code
 * (it asks head office for it at sign-in); one that has not adopts the code head office gives it.
 */
export async function hasNumberedPaper(db: RecoveryDeskDb): Promise<boolean> {
  const [receipts, letters] = await Promise.all([db.receipts.count(), db.letters.count()]);
  return receipts + letters > 0;
}

/** Stores head office's code for this device, unless paper already carries the local one. */
export async function adoptDeviceCode(db: RecoveryDeskDb, code: string): Promise<DeviceIdentity> {
  return db.transaction('rw', [db.meta, db.receipts, db.letters], async () => {
    const current = (await db.meta.get('device'))?.value as DeviceIdentity | undefined;
    if (!current) throw new Error('the device has no identity yet');
    if (current.deviceCode === code) return current;
    if ((await db.receipts.count()) + (await db.letters.count()) > 0) return current;
    const next: DeviceIdentity = { ...current, deviceCode: code };
    await db.meta.put({ key: 'device', value: next });
    return next;
  });
}
