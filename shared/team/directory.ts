import { z } from 'zod';
import { RoleSchema } from '../domain/staff';
import { DeviceIdSchema, IdSchema, InstantSchema } from '../sync/primitives';

/**
 * The branch's staff as head office knows them, sent to a device at sync (docs/architecture.md, "Branch
 * directory"): who can be assigned a case, who can approve, and when each of their devices last synced (the
 * supervisor's team view). A device keeps the last copy it received; screens say how old it is.
 */
export const DirectoryDeviceSchema = z.strictObject({
  deviceId: DeviceIdSchema,
  deviceCode: z.string().min(1).max(32),
  /** The last push or pull head office served this device; null if it never synced. */
  lastSyncAt: InstantSchema.nullable(),
  revoked: z.boolean(),
});
export type DirectoryDevice = z.output<typeof DirectoryDeviceSchema>;

export const DirectoryMemberSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1).max(100),
  role: RoleSchema,
  branchCode: z.string().min(1).max(32),
  devices: z.array(DirectoryDeviceSchema).max(100),
});
export type DirectoryMember = z.output<typeof DirectoryMemberSchema>;

export const BranchDirectorySchema = z.strictObject({
  branchCode: z.string().min(1).max(32),
  /** When head office read it. */
  asOf: InstantSchema,
  members: z.array(DirectoryMemberSchema).max(5000),
});
export type BranchDirectory = z.output<typeof BranchDirectorySchema>;
