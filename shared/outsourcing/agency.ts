import { z } from 'zod';
import { isLocalDate } from '../calendar';

/**
 * Collection agencies 委外催收机构 (docs/domain.md, "Outsourcing"): head-office records, kept by head office's
 * admins and read by supervisors of the branches an agency serves. What an agency's contract allows exported is a
 * list of the fields below; masked fields go out masked unless the contract names them in `unmasked`.
 */

export const AGENCY_STATUSES = ['active', 'suspended', 'ended'] as const;
export type AgencyStatus = (typeof AGENCY_STATUSES)[number];

/**
 * What an export to an agency may carry, one column each, in this order. `maskable`: a field the contract may
 * let go out masked (the agency sees enough to recognise, not to misuse: 张*, 138****5678).
 */
export const EXPORT_FIELDS = {
  caseNumber: { maskable: false },
  debtorName: { maskable: true },
  idNumber: { maskable: true },
  phones: { maskable: true },
  addresses: { maskable: true },
  product: { maskable: false },
  contractNumber: { maskable: false },
  outstanding: { maskable: false },
  dpd: { maskable: false },
  overdueSince: { maskable: false },
} as const;
export type ExportField = keyof typeof EXPORT_FIELDS;
export const EXPORT_FIELD_NAMES = Object.keys(EXPORT_FIELDS) as ExportField[];
export const ExportFieldSchema = z.enum(EXPORT_FIELD_NAMES as [ExportField, ...ExportField[]]);

/** Commission in basis points of the amount recovered: 0 to 50% (a higher figure is a typing mistake). */
export const COMMISSION_MAX_BPS = 5_000;
export const AGENCY_NAME_MAX_LENGTH = 100;
export const LICENCE_MAX_LENGTH = 60;

const Day = z.string().refine(isLocalDate, 'must be a date YYYY-MM-DD');
const BranchCode = z.string().trim().min(1).max(32);

/** What an admin writes for an agency (create or edit): checked here, at head office and in the console's form. */
export const AgencyBodySchema = z
  .strictObject({
    name: z.string().trim().min(2).max(AGENCY_NAME_MAX_LENGTH),
    licenceNumber: z.string().trim().min(4).max(LICENCE_MAX_LENGTH),
    contractStart: Day,
    contractEnd: Day,
    commissionBps: z.number().int().min(0).max(COMMISSION_MAX_BPS),
    branches: z.array(BranchCode).min(1).max(500),
    exportFields: z.array(ExportFieldSchema).min(1),
    /** Maskable fields the contract lets go out in full; each must also be in exportFields. */
    unmasked: z.array(ExportFieldSchema).default([]),
    status: z.enum(AGENCY_STATUSES),
    /** How the debtor checks the agency is genuine (the notice letter prints it): a phone or a web page. */
    verifyContact: z.string().trim().min(5).max(200),
  })
  .superRefine((a, ctx) => {
    if (a.contractEnd < a.contractStart) ctx.addIssue({ code: 'custom', path: ['contractEnd'], message: 'the contract ends before it starts' });
    if (!a.exportFields.includes('caseNumber')) ctx.addIssue({ code: 'custom', path: ['exportFields'], message: 'an export always carries the case number (the agency’s results name it)' });
    for (const f of a.unmasked) {
      if (!a.exportFields.includes(f)) ctx.addIssue({ code: 'custom', path: ['unmasked'], message: `${f} is not exported at all` });
      else if (!EXPORT_FIELDS[f].maskable) ctx.addIssue({ code: 'custom', path: ['unmasked'], message: `${f} is never masked` });
    }
    if (new Set(a.branches).size !== a.branches.length) ctx.addIssue({ code: 'custom', path: ['branches'], message: 'a branch is named twice' });
  });
export type AgencyBody = z.output<typeof AgencyBodySchema>;

export const AgencySchema = z.object({
  id: z.string(),
  name: z.string(),
  licenceNumber: z.string(),
  contractStart: z.string(),
  contractEnd: z.string(),
  commissionBps: z.number().int(),
  branches: z.array(z.string()),
  exportFields: z.array(ExportFieldSchema),
  unmasked: z.array(ExportFieldSchema),
  status: z.enum(AGENCY_STATUSES),
  verifyContact: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Cases with the agency now (assigned, not recalled). */
  activeCases: z.number().int(),
});
export type Agency = z.infer<typeof AgencySchema>;

/** An agency may take new cases, and have its files exported, only while active and within its contract. */
export function agencyOpenOn(agency: Pick<Agency, 'status' | 'contractStart' | 'contractEnd'>, day: string): boolean {
  return agency.status === 'active' && agency.contractStart <= day && day <= agency.contractEnd;
}

/**
 * The maker device of records an agency's results file made (field_records.device_id; pull sends it as the
 * record's deviceId): devices and KPIs tell agency records from the bank's own by it.
 */
export const AGENCY_DEVICE_PREFIX = 'agency-';
export const agencyDeviceId = (agencyId: string): string => `${AGENCY_DEVICE_PREFIX}${agencyId}`;
export const agencyOfDevice = (deviceId: string): string | null => (deviceId.startsWith(AGENCY_DEVICE_PREFIX) ? deviceId.slice(AGENCY_DEVICE_PREFIX.length) : null);
