import { z } from 'zod';
// Integer fen, a real calendar date (YYYY-MM-DD, no 02-30) and an instant with its offset: one definition
// each, the sync wire's (shared/sync/primitives.ts), so a case and a record check a date the same way.
import { FenSchema, InstantSchema, LocalDateSchema } from '../sync/primitives';
export { FenSchema, InstantSchema, LocalDateSchema };
export type Fen = z.infer<typeof FenSchema>;

export const PARTY_ROLES = ['borrower', 'co_borrower', 'guarantor', 'mortgagor'] as const;
export const PartyRoleSchema = z.enum(PARTY_ROLES);
export type PartyRole = z.infer<typeof PartyRoleSchema>;

/** Unclear guarantee type counts as general (Civil Code art. 686). */
export const GuaranteeTypeSchema = z.enum(['joint', 'general']);

export const CONTACT_SOURCES = ['core_banking', 'customer', 'skip_trace', 'collector'] as const;
export const ContactSourceSchema = z.enum(CONTACT_SOURCES);

/** Phones and addresses are added and retired, never overwritten (sync conflict policy). */
const RetirableSchema = z.object({
  id: z.string().min(1),
  source: ContactSourceSchema,
  addedAt: InstantSchema,
  retiredAt: InstantSchema.nullable(),
  retiredReason: z.string().max(200).nullable(),
});

export const PhoneSchema = RetirableSchema.extend({
  number: z.string().regex(/^\+?[0-9-]{5,20}$/, 'phone number has invalid characters'),
  kind: z.enum(['mobile', 'home', 'work', 'other']),
});
export type Phone = z.infer<typeof PhoneSchema>;

export const AddressSchema = RetirableSchema.extend({
  kind: z.enum(['home', 'work', 'registered', 'mailing', 'other']),
  province: z.string().min(1),
  city: z.string().min(1),
  district: z.string(),
  line: z.string().min(1),
  postcode: z.string().regex(/^\d{6}$/, 'postcode must be 6 digits'),
});
export type Address = z.infer<typeof AddressSchema>;

export const PartySchema = z.object({
  id: z.string().min(1),
  role: PartyRoleSchema,
  name: z.string().min(1).max(60),
  /** Resident ID number (18 characters, last may be X). */
  idNumber: z.string().regex(/^\d{17}[\dX]$/, 'ID number must be 18 characters'),
  guaranteeType: GuaranteeTypeSchema.nullable(),
  phones: z.array(PhoneSchema),
  addresses: z.array(AddressSchema),
});
export type Party = z.infer<typeof PartySchema>;

export const PRODUCTS = ['credit_card', 'consumer_loan', 'business_loan', 'mortgage'] as const;
export const ProductSchema = z.enum(PRODUCTS);
export type Product = z.infer<typeof ProductSchema>;

/** 五级分类, in order of severity. */
export const CLASSIFICATIONS = ['pass', 'special_mention', 'substandard', 'doubtful', 'loss'] as const;
export const ClassificationSchema = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof ClassificationSchema>;

export const AmountsSchema = z.object({
  principalFen: FenSchema,
  interestFen: FenSchema,
  penaltyFen: FenSchema,
  compoundFen: FenSchema,
  feesFen: FenSchema,
});
export type Amounts = z.infer<typeof AmountsSchema>;

/** Annual rates in basis points (1 bp = 0.01%), integers like money. */
export const RateBpsSchema = z.number().int().nonnegative().max(100_000);

export const AccountSchema = z.object({
  id: z.string().min(1),
  product: ProductSchema,
  accountNumber: z.string().regex(/^\d{12,19}$/, 'account number must be 12-19 digits'),
  contractNumber: z.string().min(4).max(40),
  originalPrincipalFen: FenSchema,
  amounts: AmountsSchema,
  contractRateBps: RateBpsSchema,
  penaltyRateBps: RateBpsSchema,
  dpd: z.number().int().nonnegative(),
  overdueSince: LocalDateSchema.nullable(),
  /** Main debt's due date (last instalment for instalment loans); starts limitation and guarantee periods. */
  maturityDate: LocalDateSchema.nullable(),
  classification: ClassificationSchema,
  snapshotDate: LocalDateSchema,
});
export type Account = z.infer<typeof AccountSchema>;

export const AssignmentSchema = z.object({
  branchCode: z.string().min(1),
  branchName: z.string().min(1),
  officerId: z.string().min(1).nullable(),
  officerName: z.string().nullable(),
  assignedAt: InstantSchema,
});
export type Assignment = z.infer<typeof AssignmentSchema>;

export const CASE_STATUSES = ['new', 'contacting', 'promised', 'on_plan', 'settled', 'closed', 'legal', 'on_hold'] as const;
export const CaseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;

export const HOLD_REASONS = ['dispute', 'complaint', 'hardship', 'deceased', 'litigation', 'other'] as const;
export const HoldReasonSchema = z.enum(HOLD_REASONS);

export const RISKS = ['low', 'medium', 'high'] as const;
export const RiskSchema = z.enum(RISKS);
export type Risk = z.infer<typeof RiskSchema>;

export const CaseSchema = z
  .object({
    id: z.string().min(1),
    /** Human-facing case number, e.g. CS-310101-000123. */
    caseNumber: z.string().min(1),
    parties: z.array(PartySchema).min(1),
    accounts: z.array(AccountSchema).min(1),
    assignment: AssignmentSchema,
    status: CaseStatusSchema,
    holdReason: HoldReasonSchema.nullable(),
    /**
     * Core banking's own risk grade when the extract carries one (column risk_grade); null: none. Never derived
     * from DPD and amount here: My day already counts those (shared/fieldwork/PRIORITY.md).
     */
    risk: RiskSchema.nullable(),
    /** The debtor's time zone: contact windows are judged in it. */
    timeZone: z.string().min(1).default('Asia/Shanghai'),
    createdAt: InstantSchema,
    updatedAt: InstantSchema,
  })
  .refine((c) => c.parties.filter((p) => p.role === 'borrower').length === 1, {
    message: 'a case has exactly one borrower',
    path: ['parties'],
  })
  .refine((c) => (c.status === 'on_hold') === (c.holdReason !== null), {
    message: 'a hold reason goes with status on_hold, and only with it',
    path: ['holdReason'],
  });
export type Case = z.infer<typeof CaseSchema>;
