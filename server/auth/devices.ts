import { randomInt } from 'node:crypto';
import type { Queryable } from '../db/types';
import { HttpError, forbidden } from '../http/errors';

export interface DeviceRow {
  id: string;
  user_id: string;
  device_code: string;
  revoked_at: Date | null;
  wipe_requested_at?: Date | null;
}

// Without 0/O and 1/I, so a code read aloud or copied from a receipt is not misread.
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newDeviceCode = () => Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/**
 * The device, enrolled to the user if it is new. A device belongs to one user for life: another user's
 * sign-in on it is refused, as is any sign-in on a revoked device. Head office gives the device code
 * (the prefix of its receipt and letter numbers); a device may ask for the one it already prints with.
 */
export async function enrolOrCheckDevice(tx: Queryable, userId: string, deviceId: string, wantedCode: string | undefined, at: Date): Promise<DeviceRow> {
  const existing = await tx.query<DeviceRow>('SELECT id, user_id, device_code, revoked_at, wipe_requested_at FROM devices WHERE id = $1 FOR UPDATE', [deviceId]);
  const device = existing.rows[0];
  if (device) {
    if (device.user_id !== userId) throw forbidden('this device is enrolled to another user', 'device_enrolled_to_other_user');
    if (device.wipe_requested_at) throw forbidden('head office has wiped this device: erase its local data', 'device_wiped');
    if (device.revoked_at) throw forbidden('this device has been revoked: ask your supervisor', 'device_revoked');
    if (wantedCode && wantedCode !== device.device_code) {
      throw new HttpError(409, 'device_code_mismatch', `this device was enrolled with code ${device.device_code}`);
    }
    return device;
  }
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = wantedCode ?? newDeviceCode();
    const inserted = await tx.query<DeviceRow>(
      `INSERT INTO devices (id, user_id, device_code, enrolled_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (device_code) DO NOTHING
       RETURNING id, user_id, device_code, revoked_at`,
      [deviceId, userId, code, at],
    );
    const row = inserted.rows[0];
    if (row) {
      await tx.query('INSERT INTO device_cursors (device_id) VALUES ($1) ON CONFLICT DO NOTHING', [deviceId]);
      return row;
    }
    if (wantedCode) throw new HttpError(409, 'device_code_taken', `device code ${wantedCode} belongs to another device`);
  }
  throw new Error('could not find a free device code');
}
