import { permits, roleMay } from '../../shared/domain/permissions';
import type { Db } from '../db/types';
import { HttpError, forbidden } from '../http/errors';
import type { Principal } from './principal';

export interface RevokeResult {
  device: { id: string; userId: string; revokedAt: string };
}

/**
 * Revokes a device (lost laptop, staff leaving): its tokens stop working at once and it can neither push
 * nor sign in again. A supervisor may revoke the devices of their own branch's staff; a head-office admin
 * any device. Revoking twice keeps the first time.
 */
export async function revokeDevice(db: Db, actor: Principal, deviceId: string, nowMs: number): Promise<RevokeResult> {
  const who = { id: actor.userId, role: actor.role, branchCode: actor.branchCode };
  if (!roleMay(actor.role, 'revoke_device')) {
    throw forbidden('only a supervisor or a head-office admin can revoke a device');
  }
  return db.transaction(async (tx) => {
    const found = await tx.query<{ user_id: string; branch_code: string; revoked_at: Date | null }>(
      `SELECT d.user_id, u.branch_code, d.revoked_at FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1 FOR UPDATE OF d`,
      [deviceId],
    );
    const row = found.rows[0];
    if (!row) throw new HttpError(404, 'not_found', `no device ${deviceId}`);
    if (!permits(who, 'revoke_device', { branchCode: row.branch_code, officerId: null }).ok) {
      throw forbidden('a supervisor can revoke only the devices of their own branch');
    }
    const at = row.revoked_at ?? new Date(nowMs);
    if (!row.revoked_at) {
      await tx.query('UPDATE devices SET revoked_at = $2, revoked_by = $3 WHERE id = $1', [deviceId, at, actor.userId]);
      await tx.query('UPDATE refresh_tokens SET revoked_at = $2 WHERE device_id = $1 AND revoked_at IS NULL', [deviceId, at]);
    }
    return { device: { id: deviceId, userId: row.user_id, revokedAt: at.toISOString() } };
  });
}
