import type { Device } from '../../../shared/people/api';
import type { Principal } from '../../auth/principal';
import type { Db, Queryable } from '../../db/types';
import { HttpError } from '../../http/errors';
import { DEVICE_COLUMNS, deviceOf, type DeviceRow } from './rows';

/** Devices with what each last reported; `branchCode` is the reader's branch for a supervisor. */
export async function listDevices(db: Queryable, filter: { branchCode?: string | null; userId?: string }): Promise<Device[]> {
  const res = await db.query<DeviceRow>(
    `SELECT ${DEVICE_COLUMNS} FROM devices d JOIN users u ON u.id = d.user_id
      WHERE ($1::text IS NULL OR u.branch_code = $1) AND ($2::text IS NULL OR d.user_id = $2)
      ORDER BY u.branch_code, d.user_id, d.enrolled_at DESC
      LIMIT 5000`,
    [filter.branchCode ?? null, filter.userId ?? null],
  );
  return res.rows.map(deviceOf);
}

export async function deviceById(db: Queryable, id: string): Promise<Device> {
  const res = await db.query<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1`, [id]);
  const row = res.rows[0];
  if (!row) throw new HttpError(404, 'not_found', `there is no device ${id}`);
  return deviceOf(row);
}

async function revokeIn(tx: Queryable, actor: Principal, id: string, reason: string, at: Date): Promise<void> {
  const found = await tx.query<{ revoked_at: Date | null }>('SELECT revoked_at FROM devices WHERE id = $1 FOR UPDATE', [id]);
  const row = found.rows[0];
  if (!row) throw new HttpError(404, 'not_found', `there is no device ${id}`);
  if (!row.revoked_at) {
    await tx.query('UPDATE devices SET revoked_at = $2, revoked_by = $3, revoke_reason = $4 WHERE id = $1', [id, at, actor.userId, reason]);
    await tx.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE device_id = $1 AND revoked_at IS NULL', [id, at]);
  }
}

/** Revokes a device with a reason (the first revocation and its reason are kept): its tokens stop at once. */
export async function revokeWithReason(db: Db, actor: Principal, id: string, reason: string, nowMs: number): Promise<Device> {
  await db.transaction((tx) => revokeIn(tx, actor, id, reason, new Date(nowMs)));
  return deviceById(db, id);
}

/**
 * Remote wipe (docs/security.md, "Remote wipe"): the device is revoked too, and marked; its next sign-in,
 * refresh or request is refused with device_wiped (the time it was told is recorded), and the app erases its
 * store, keys and cached files and says head office wiped it. Asking twice keeps the first request.
 */
export async function requestWipe(db: Db, actor: Principal, id: string, reason: string, nowMs: number): Promise<Device> {
  const at = new Date(nowMs);
  await db.transaction(async (tx) => {
    await revokeIn(tx, actor, id, reason, at);
    await tx.query('UPDATE devices SET wipe_requested_at = $2, wipe_requested_by = $3, wipe_reason = $4 WHERE id = $1 AND wipe_requested_at IS NULL', [id, at, actor.userId, reason]);
  });
  return deviceById(db, id);
}
