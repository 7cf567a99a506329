import { z } from 'zod';
import { isLocalDate } from '../calendar';
import { AGENCY_STATUSES, agencyOpenOn, type Agency } from './agency';

/**
 * The agencies serving a branch, as head office publishes them to the branch's devices (published configuration
 * kind `agencyList`, one slot per branch; docs/server.md, "Outsourcing"). Head office publishes the next version
 * itself whenever an admin adds or edits an agency; a collector proposes one of these (shared/records/
 * outsourcingProposal.ts) and the notice letter names it (shared/letters/input.ts LetterAgency).
 */
const Day = z.string().refine(isLocalDate, 'must be a date YYYY-MM-DD');

export const PublishedAgencySchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  licenceNumber: z.string().min(1).max(100),
  contractStart: Day,
  contractEnd: Day,
  status: z.enum(AGENCY_STATUSES),
  verifyContact: z.string().min(1).max(200),
});
export type PublishedAgency = z.infer<typeof PublishedAgencySchema>;

export const AgencyListSchema = z.strictObject({
  agencies: z.array(PublishedAgencySchema).max(500),
});
export type AgencyList = z.infer<typeof AgencyListSchema>;

/** What a branch's devices are told: every agency serving the branch (suspended and ended too, for old proposals). */
export function agencyListFor(agencies: readonly Agency[], branchCode: string): AgencyList {
  return {
    agencies: agencies
      .filter((a) => a.branches.includes(branchCode))
      .map((a) => ({ id: a.id, name: a.name, licenceNumber: a.licenceNumber, contractStart: a.contractStart, contractEnd: a.contractEnd, status: a.status, verifyContact: a.verifyContact }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id)),
  };
}

/** The agencies a case may be proposed to on `day`: active and within their contract. */
export const proposableAgencies = (list: AgencyList | null, day: string): PublishedAgency[] => (list?.agencies ?? []).filter((a) => agencyOpenOn(a, day));
