import type { Queryable } from '../db/types';

/**
 * Records when a device head office asked to wipe was first told so (its next sign-in, refresh or request is
 * refused with device_wiped and the app erases its store). The first time is kept; the console shows it.
 */
export async function noteWipeTold(db: Queryable, deviceId: string, at: Date): Promise<void> {
  await db.query('UPDATE devices SET wipe_told_at = $2 WHERE id = $1 AND wipe_requested_at IS NOT NULL AND wipe_told_at IS NULL', [deviceId, at]);
}
