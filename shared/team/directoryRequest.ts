import { z } from 'zod';

/**
 * What a device asks head office for the branch directory (POST /sync/directory): its own branch by default;
 * a head-office admin, whose "branch" is head office, names the branch it wants.
 */
export const DirectoryRequestSchema = z.strictObject({
  branchCode: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/, 'a branch code is letters, digits, - and _').optional(),
});
export type DirectoryRequest = z.output<typeof DirectoryRequestSchema>;
