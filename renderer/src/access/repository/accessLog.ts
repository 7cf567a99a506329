import { recordAccessEvent, type AccessEvent } from './accessEvents';
import type { RecoveryDeskDb } from '../../store/database';

/**
 * Sign-ins, failed sign-ins, lock, unlock and sign-out go to the audited, synced access log. A failure to
 * write it is reported on the console but never keeps a user out of their work.
 */
export async function logAccess(db: RecoveryDeskDb, deviceId: string, event: AccessEvent, actorUserId?: string): Promise<void> {
  try {
    await recordAccessEvent(db, event, { deviceId, ...(actorUserId ? { actorUserId } : {}) });
  } catch (error) {
    console.error('access log', error);
  }
}
