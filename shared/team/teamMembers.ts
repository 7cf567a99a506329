import type { Staff } from '../domain/staff';
import type { BranchDirectory } from './directory';
import type { TeamMember } from './teamFigures';

const latest = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : Date.parse(a) >= Date.parse(b) ? a : b);

/** The branch's members as head office last sent them, each with the latest sync of their devices that are not revoked. */
export function membersFromDirectory(directory: BranchDirectory, branchCode: string): TeamMember[] {
  return directory.members
    .filter((m) => m.branchCode === branchCode)
    .map((m) => ({
      id: m.id,
      name: m.name,
      role: m.role,
      lastSyncAt: m.devices.filter((d) => !d.revoked).reduce<string | null>((at, d) => latest(at, d.lastSyncAt), null),
    }));
}

/** Without a directory (the demo store, or a device that has not received one): the staff the app knows, sync unknown. */
export function membersFromStaff(staff: readonly Staff[], branchCode: string): TeamMember[] {
  return staff.filter((s) => s.branchCode === branchCode).map((s) => ({ id: s.id, name: s.name, role: s.role, lastSyncAt: undefined }));
}
