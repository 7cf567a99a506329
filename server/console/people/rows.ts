import type { Role } from '../../../shared/domain/staff';
import type { Device, User, UserChange } from '../../../shared/people/api';

/** Rows of users, user_changes and devices as the console receives them. */

const iso = (v: Date | string | null): string | null => (v === null ? null : new Date(v).toISOString());

export const USER_COLUMNS = `u.id, u.name, u.role, u.branch_code, u.disabled_at, u.locked_until, u.must_change_password, u.created_at,
  (SELECT count(*)::integer FROM devices d WHERE d.user_id = u.id) AS device_count`;

export interface UserRow {
  id: string;
  name: string;
  role: Role;
  branch_code: string;
  disabled_at: Date | string | null;
  locked_until: Date | string | null;
  must_change_password: boolean;
  created_at: Date | string;
  device_count: number;
}

export function userOf(r: UserRow, now: Date): User {
  const locked = r.locked_until !== null && new Date(r.locked_until).getTime() > now.getTime();
  return {
    id: r.id,
    name: r.name,
    role: r.role,
    branchCode: r.branch_code,
    status: r.disabled_at !== null ? 'disabled' : locked ? 'locked' : 'active',
    disabledAt: iso(r.disabled_at),
    lockedUntil: locked ? iso(r.locked_until) : null,
    mustChangePassword: r.must_change_password,
    createdAt: iso(r.created_at)!,
    deviceCount: r.device_count,
  };
}

export interface UserChangeRow {
  kind: UserChange['kind'];
  actor_id: string;
  at: Date | string;
  detail: Record<string, unknown> | string;
}

export function changeOf(r: UserChangeRow): UserChange {
  const detail = typeof r.detail === 'string' ? (JSON.parse(r.detail) as Record<string, unknown>) : r.detail;
  return { kind: r.kind, actorId: r.actor_id, at: iso(r.at)!, detail: Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, String(v)])) };
}

export const DEVICE_COLUMNS = `d.id, d.user_id, u.name AS user_name, u.branch_code, d.device_code, d.enrolled_at, d.last_sync_at, d.pending_changes,
  d.app_version, d.revoked_at, d.revoked_by, d.revoke_reason, d.wipe_requested_at, d.wipe_told_at`;

export interface DeviceRow {
  id: string;
  user_id: string;
  user_name: string;
  branch_code: string;
  device_code: string;
  enrolled_at: Date | string;
  last_sync_at: Date | string | null;
  pending_changes: number | null;
  app_version: string | null;
  revoked_at: Date | string | null;
  revoked_by: string | null;
  revoke_reason: string | null;
  wipe_requested_at: Date | string | null;
  wipe_told_at: Date | string | null;
}

export function deviceOf(r: DeviceRow): Device {
  return {
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    branchCode: r.branch_code,
    deviceCode: r.device_code,
    enrolledAt: iso(r.enrolled_at)!,
    lastSyncAt: iso(r.last_sync_at),
    pendingChanges: r.pending_changes,
    appVersion: r.app_version,
    revokedAt: iso(r.revoked_at),
    revokedBy: r.revoked_by,
    revokeReason: r.revoke_reason,
    wipeRequestedAt: iso(r.wipe_requested_at),
    wipeToldAt: iso(r.wipe_told_at),
  };
}
