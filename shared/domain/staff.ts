import { z } from 'zod';

export const ROLES = ['collector', 'clerk', 'supervisor', 'head_office_admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** A member of staff as the app knows them: who recorded, approved or printed something. */
export const StaffSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: RoleSchema,
  branchCode: z.string().min(1),
});
export type Staff = z.infer<typeof StaffSchema>;
