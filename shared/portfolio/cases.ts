import { z } from 'zod';
import { ASSIGN_GROUPINGS, ASSIGN_RULES } from '../assignment/planner';
import { BUCKETS, type Bucket } from '../domain/buckets';
import { CASE_STATUSES } from '../domain/case';
import { ASSIGN_REASON_MIN_LENGTH, charCount } from '../records/limits';
import { IdSchema, ReasonSchema } from '../sync/primitives';

/**
 * The console's case list and 分案 (assignment) requests, as head office takes and answers them
 * (server/console/portfolio/cases.ts, assign.ts) and the console sends and reads them (console/src/portfolio/).
 */

const BranchCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, 'not a branch code');
/** Query strings carry text: "true" means yes. */
const Flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const Days = z.coerce.number().int().min(0).max(99_999);

/** Which cases: by branch, collector or none, bucket or days past due, status, and text in number or name. */
const FILTER_SHAPE = {
  branch: BranchCodeSchema.optional(),
  officer: IdSchema.optional(),
  unassigned: Flag.optional(),
  bucket: z.enum(BUCKETS).optional(),
  dpdMin: Days.optional(),
  dpdMax: Days.optional(),
  status: z.enum(['open', ...CASE_STATUSES]).optional(),
  q: z.string().trim().max(60).optional(),
};

type FilterFields = { dpdMin?: number; dpdMax?: number; unassigned?: boolean; officer?: string };
const filterRules = <T extends z.ZodType<FilterFields>>(schema: T) =>
  schema
    .refine((f) => f.dpdMin === undefined || f.dpdMax === undefined || f.dpdMin <= f.dpdMax, { path: ['dpdMax'], message: 'dpdMax is below dpdMin' })
    .refine((f) => !(f.unassigned && f.officer), { path: ['officer'], message: 'a case with a collector is not unassigned' });

export const CaseFilterSchema = filterRules(z.strictObject(FILTER_SHAPE));
export type CaseFilter = z.infer<typeof CaseFilterSchema>;
/** As the console sends it: every value as text, as in a query string. */
export type CaseFilterInput = z.input<typeof CaseFilterSchema>;

export const CaseListQuerySchema = filterRules(
  z.strictObject({
    ...FILTER_SHAPE,
    page: z.coerce.number().int().min(1).max(100_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  }),
);

/** The days-past-due range of a bucket (M0 is 0; M6+ is over 180). */
export function dpdRangeOf(bucket: Bucket): { min: number; max: number | null } {
  const i = BUCKETS.indexOf(bucket);
  if (i === 0) return { min: 0, max: 0 };
  if (bucket === 'M6+') return { min: 181, max: null };
  return { min: (i - 1) * 30 + 1, max: i * 30 };
}

export const CaseRowSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  borrowerName: z.string(),
  branchCode: z.string(),
  branchName: z.string(),
  officerId: z.string().nullable(),
  officerName: z.string().nullable(),
  status: z.string(),
  dpd: z.number().int(),
  bucket: z.enum(BUCKETS),
  totalFen: z.number().int(),
});
export type CaseRowView = z.infer<typeof CaseRowSchema>;

export const CaseListSchema = z.object({ cases: z.array(CaseRowSchema), total: z.number().int().nonnegative(), page: z.number().int(), pageSize: z.number().int() });

export const OfficerSchema = z.object({ id: z.string(), name: z.string(), role: z.string(), branchCode: z.string(), openCases: z.number().int(), openFen: z.number().int() });
export const BranchSchema = z.object({ code: z.string(), name: z.string(), openCases: z.number().int() });
export const PortfolioDirectorySchema = z.object({ branches: z.array(BranchSchema), officers: z.array(OfficerSchema) });
export type PortfolioDirectory = z.infer<typeof PortfolioDirectorySchema>;

/** At most this many cases in one assignment. */
export const ASSIGN_MAX_CASES = 5_000;

export const AssignBodySchema = z.strictObject({
  select: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('cases'), caseIds: z.array(IdSchema).min(1).max(ASSIGN_MAX_CASES) }),
    z.strictObject({ kind: z.literal('filter'), filter: CaseFilterSchema }),
  ]),
  to: z.discriminatedUnion('kind', [
    /** One collector (and so their branch). */
    z.strictObject({ kind: z.literal('officer'), officerId: IdSchema }),
    /** A branch's pool: no collector, the branch's supervisor assigns it. */
    z.strictObject({ kind: z.literal('branch'), branchCode: BranchCodeSchema }),
    /** Spread over a branch's collectors by a rule of shared/assignment (all of them, or those named). */
    z.strictObject({ kind: z.literal('rule'), branchCode: BranchCodeSchema, rule: z.enum(ASSIGN_RULES), within: z.enum(ASSIGN_GROUPINGS).default('none'), officerIds: z.array(IdSchema).min(1).max(200).optional() }),
  ]),
  reason: ReasonSchema.refine((r) => charCount(r) >= ASSIGN_REASON_MIN_LENGTH, `a reason of at least ${ASSIGN_REASON_MIN_LENGTH} characters is required`),
  /** Only say what would move; write nothing. */
  preview: z.boolean().default(false),
});
export type AssignBody = z.input<typeof AssignBodySchema>;

export const AssignMoveSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  fromBranchCode: z.string(),
  fromOfficerId: z.string().nullable(),
  toBranchCode: z.string(),
  toOfficerId: z.string().nullable(),
});

export const AssignAnswerSchema = z.object({
  preview: z.boolean(),
  /** Cases selected. */
  selected: z.number().int(),
  /** Cases that move (or would): the others are already where they would go. */
  moved: z.number().int(),
  /** The first 500 moves. */
  moves: z.array(AssignMoveSchema),
  /** Each collector's open cases before and after (the planner's totals), for officer and rule moves. */
  totals: z.array(z.object({ officerId: z.string(), countBefore: z.number().int(), totalBeforeFen: z.number().int(), countAfter: z.number().int(), totalAfterFen: z.number().int() })),
});
export type AssignAnswer = z.infer<typeof AssignAnswerSchema>;
