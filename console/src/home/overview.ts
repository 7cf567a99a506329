import { z } from 'zod';
import { apiGet } from '../api/client';

const BranchOverviewSchema = z.object({
  code: z.string(),
  name: z.string(),
  rulePack: z.string(),
  openCases: z.number().int(),
  unassignedCases: z.number().int(),
  openBalanceFen: z.number().int(),
  collectors: z.number().int(),
  devices: z.number().int(),
  staleDevices: z.number().int(),
});
export type BranchOverview = z.infer<typeof BranchOverviewSchema>;
const OverviewSchema = z.object({ asOf: z.string(), staleDeviceDays: z.number().int(), branches: z.array(BranchOverviewSchema) });

export const fetchOverview = () => apiGet('/admin/overview', OverviewSchema);
