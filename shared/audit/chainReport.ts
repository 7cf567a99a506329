import { z } from 'zod';
import { DeviceIdSchema } from '../sync/primitives';
import { AuditBreakKindSchema } from './upload';

/**
 * What the console shows of the devices' audit chains at head office (GET /admin/audit/…): per device, how
 * much head office holds and how far it is verified; the breaks found; the entries around a break. Entries
 * are shown by what they did and to which record, never by the personal data they carried (docs/security.md).
 */

const Seq = z.number().int().nonnegative();
const BranchCode = z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_-]+$/, 'a branch code is letters, digits, - and _');

export const AuditChainStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none') }),
  z.object({ state: z.literal('intact') }),
  z.object({ state: z.literal('broken'), seq: z.number().int().positive(), kind: AuditBreakKindSchema }),
]);
export type AuditChainStatus = z.infer<typeof AuditChainStatusSchema>;

export const AuditChainRowSchema = z.object({
  deviceId: z.string(),
  deviceCode: z.string(),
  userId: z.string(),
  userName: z.string(),
  branchCode: z.string(),
  entriesHeld: Seq,
  lastSeq: Seq,
  verifiedUpTo: Seq,
  findings: Seq,
  lastReceivedAt: z.string().nullable(),
  status: AuditChainStatusSchema,
});
export type AuditChainRow = z.infer<typeof AuditChainRowSchema>;
export const AuditChainsAnswerSchema = z.object({ chains: z.array(AuditChainRowSchema) });

export const AuditFindingRowSchema = z.object({
  id: z.number().int().positive(),
  deviceId: z.string(),
  deviceCode: z.string(),
  userId: z.string(),
  branchCode: z.string(),
  seq: z.number().int().positive(),
  kind: AuditBreakKindSchema,
  entrySeq: z.number().int().positive(),
  detectedAt: z.string(),
});
export type AuditFindingRow = z.infer<typeof AuditFindingRowSchema>;
export const AuditFindingsAnswerSchema = z.object({ findings: z.array(AuditFindingRowSchema) });

export const AuditEntryRowSchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  userId: z.string(),
  action: z.string(),
  entityKind: z.string(),
  entityId: z.string(),
  caseId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
  /** Its content matches its hash. */
  hashOk: z.boolean(),
  /** It continued the chain as head office follows it (false: it arrived for a place already passed). */
  inChain: z.boolean(),
  receivedAt: z.string(),
});
export type AuditEntryRow = z.infer<typeof AuditEntryRowSchema>;
export const AuditEntriesAnswerSchema = z.object({ deviceId: z.string(), deviceCode: z.string(), userId: z.string(), entries: z.array(AuditEntryRowSchema) });

/** The query of the lists: a head-office admin may narrow to one branch (a supervisor always sees their own). */
export const AuditListQuerySchema = z.strictObject({ branchCode: BranchCode.optional(), deviceId: DeviceIdSchema.optional() });

/** How many entries either side of `around` the entries view shows at most. */
export const AUDIT_AROUND_MAX = 50;
export const AuditEntriesQuerySchema = z.strictObject({
  around: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  radius: z.coerce.number().int().min(1).max(AUDIT_AROUND_MAX).default(5),
});
export const AuditDeviceParamsSchema = z.strictObject({ deviceId: DeviceIdSchema });
