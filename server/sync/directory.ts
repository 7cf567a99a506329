import { roleMay } from '../../shared/domain/permissions';
import { ROLES, type Role } from '../../shared/domain/staff';
import type { BranchDirectory, DirectoryMember } from '../../shared/team/directory';
import type { DirectoryRequest } from '../../shared/team/directoryRequest';
import type { Principal } from '../auth/principal';
import type { Queryable } from '../db/types';
import { forbidden, HttpError } from '../http/errors';

/** Which branch the caller may read: their own; a head-office admin any, and must name one. */
export function directoryBranch(who: Principal, req: DirectoryRequest): string {
  if (who.role === 'head_office_admin') {
    if (!req.branchCode) throw new HttpError(400, 'bad_request', 'body.branchCode: a head-office admin names the branch whose directory it wants');
    return req.branchCode;
  }
  if (req.branchCode !== undefined && req.branchCode !== who.branchCode) throw forbidden(`a ${who.role} reads the directory of their own branch (${who.branchCode}) only`);
  return who.branchCode;
}

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

/**
 * The branch's staff from `users`, with their devices and when each last synced (devices.last_sync_at, written
 * at each push and pull). Devices are listed only to a role that manages the branch's work (assign_cases): a
 * collector learns who their colleagues are, not when their laptops were last on the network.
 */
export async function readDirectory(tx: Queryable, who: Principal, branchCode: string, now: Date): Promise<BranchDirectory> {
  const branch = await tx.query('SELECT 1 FROM branches WHERE code = $1', [branchCode]);
  if (branch.rows.length === 0) throw new HttpError(404, 'not_found', `there is no branch ${branchCode}`);
  const users = await tx.query<{ id: string; name: string; role: string; branch_code: string }>(
    `SELECT id, name, role, branch_code FROM users WHERE branch_code = $1 ORDER BY role, name, id`,
    [branchCode],
  );
  const showDevices = roleMay(who.role, 'assign_cases');
  const devices = showDevices
    ? await tx.query<{ id: string; user_id: string; device_code: string; last_sync_at: Date | string | null; revoked_at: Date | string | null }>(
        `SELECT d.id, d.user_id, d.device_code, d.last_sync_at, d.revoked_at FROM devices d JOIN users u ON u.id = d.user_id WHERE u.branch_code = $1 ORDER BY d.enrolled_at, d.id`,
        [branchCode],
      )
    : { rows: [] };
  const members: DirectoryMember[] = users.rows.filter((u) => isRole(u.role)).map((u) => ({
    id: u.id,
    name: u.name,
    role: u.role as Role,
    branchCode: u.branch_code,
    devices: devices.rows
      .filter((d) => d.user_id === u.id)
      .slice(0, 100)
      .map((d) => ({ deviceId: d.id, deviceCode: d.device_code, lastSyncAt: d.last_sync_at === null ? null : new Date(d.last_sync_at).toISOString(), revoked: d.revoked_at !== null })),
  }));
  return { branchCode, asOf: now.toISOString(), members };
}
