import { z } from 'zod';
import { apiGet } from '../api/client';

export const MeSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(['supervisor', 'head_office_admin']),
  branchCode: z.string(),
  scopeBranchCode: z.string().nullable(),
  canChange: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof MeSchema>;

export const fetchMe = () => apiGet('/admin/me', MeSchema);
