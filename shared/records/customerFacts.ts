import { z } from 'zod';
import { MUTATION_ACTIONS } from '../domain/permissions';
import { IdSchema, InstantSchema, NewIdSchema, PersonNameSchema, plainLine, plainText } from '../sync/primitives';
import { RetireReasonSchema } from './contacts';
import { INSERT_ONLY, mutationKind, type Maker } from './kind';

/**
 * What the collector learns about the customer (docs/records.md, "What the collector learns"): why they are in
 * arrears, whether they can and will pay, their work, income, payday and household (recordCustomerFacts), and the
 * people around them (addRelatedParty). Both are insert-only: a fact learned later is a new record, never an edit,
 * so two collectors learning different things offline both keep theirs and the case shows the latest of each
 * (shared/customer/profile.ts). Sealed at rest on the device like the rest of the personal data.
 */

/** 逾期原因, a coded list (the decision table rules on the codes, never on free text). */
export const ARREARS_REASONS = ['unemployment', 'illness', 'business_failure', 'over_indebted', 'dispute', 'fraud_victim', 'forgot', 'unwilling', 'other'] as const;
export const ArrearsReasonSchema = z.enum(ARREARS_REASONS);
export type ArrearsReason = z.infer<typeof ArrearsReasonSchema>;

/**
 * 还款能力 and 还款意愿 on the same small scale: 0 none (无), 1 weak (弱), 2 some (一般), 3 strong (强). Small
 * on purpose: a collector judges it in one call, and a finer scale would only look precise.
 */
export const SCALE_MAX = 3;
export const ScaleSchema = z.number().int().min(0).max(SCALE_MAX);
export type Scale = z.infer<typeof ScaleSchema>;

/** Monthly income bands, in yuan (收入区间). */
export const INCOME_BANDS = ['none', 'under_3k', '3k_8k', '8k_20k', 'over_20k'] as const;
export const IncomeBandSchema = z.enum(INCOME_BANDS);
export type IncomeBand = z.infer<typeof IncomeBandSchema>;

export const FACT_TEXT_MAX_LENGTH = 100;
export const HOUSEHOLD_MAX_LENGTH = 200;
const FactLine = plainLine(FACT_TEXT_MAX_LENGTH).trim().min(1);

/** Each field null: not learned this time (the profile keeps what an earlier record said). */
export const CustomerFactsFieldsSchema = z.strictObject({
  reason: ArrearsReasonSchema.nullable(),
  ability: ScaleSchema.nullable(),
  willingness: ScaleSchema.nullable(),
  employer: FactLine.nullable(),
  occupation: FactLine.nullable(),
  incomeBand: IncomeBandSchema.nullable(),
  /** The day of the month the customer is paid (发薪日); 31 means the month's last day. */
  payday: z.number().int().min(1).max(31).nullable(),
  /** 家庭情况: who lives with them, dependants. */
  household: plainText(HOUSEHOLD_MAX_LENGTH).trim().min(1).nullable(),
});
export type CustomerFactsFields = z.output<typeof CustomerFactsFieldsSchema>;

export const EMPTY_FACTS: CustomerFactsFields = { reason: null, ability: null, willingness: null, employer: null, occupation: null, incomeBand: null, payday: null, household: null };

const atLeastOneFact = (f: CustomerFactsFields): boolean => Object.values(f).some((v) => v !== null);

export const RecordCustomerFactsArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: IdSchema,
    /** The contact it was learned on, when it was (the contact form); null from the case's own panel. */
    activityId: IdSchema.nullable(),
    learnedAt: InstantSchema,
    facts: CustomerFactsFieldsSchema,
  })
  .refine((a) => atLeastOneFact(a.facts), { path: ['facts'], message: 'at least one fact is recorded' });
export type RecordCustomerFactsArgs = z.output<typeof RecordCustomerFactsArgsSchema>;

export const CustomerFactsSchema = z.object({
  id: IdSchema,
  caseId: IdSchema,
  activityId: IdSchema.nullable(),
  learnedAt: InstantSchema,
  facts: CustomerFactsFieldsSchema,
  makerId: IdSchema,
});
export type CustomerFacts = z.output<typeof CustomerFactsSchema>;

/**
 * The people around the debtor, typed; each type maps to the third-party class the rule pack rules on
 * (THIRD_PARTY_CLASS_OF), so calling them goes through that class's rule (who may be called, when the debtor is
 * unreachable, whether the debt may be mentioned). A relative or a referee owes nothing: the pack judges them as
 * unrelated; an emergency contact and a spouse (who did not sign) have classes of their own.
 */
export const RELATED_PARTY_KINDS = ['spouse', 'relative', 'referee', 'emergency_contact', 'employer'] as const;
export const RelatedPartyKindSchema = z.enum(RELATED_PARTY_KINDS);
export type RelatedPartyKind = z.infer<typeof RelatedPartyKindSchema>;

export const THIRD_PARTY_CLASS_OF = {
  spouse: 'spouse',
  relative: 'unrelated',
  referee: 'unrelated',
  emergency_contact: 'emergency_contact',
  employer: 'unrelated',
} as const satisfies Record<RelatedPartyKind, 'spouse' | 'emergency_contact' | 'unrelated'>;

export const RelatedPhoneSchema = z.string().trim().regex(/^\+?[0-9-]{5,20}$/, 'phone number has invalid characters');

export const AddRelatedPartyArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  kind: RelatedPartyKindSchema,
  name: PersonNameSchema,
  /** How they are related in the debtor's words (母亲, 同事…); optional. */
  relation: plainLine(30).trim().nullable(),
  phone: RelatedPhoneSchema.nullable(),
  addedAt: InstantSchema,
});
export type AddRelatedPartyArgs = z.output<typeof AddRelatedPartyArgsSchema>;

/**
 * 停用关系人: a person who is no longer to be contacted (the wrong emergency contact, a number that belongs to
 * someone else), with the reason; `replacedBy` names the corrected person added in the same change, when the
 * retirement is a correction. Never a deletion: the person stays on the case, retired, with the contacts made
 * with them. Once per person (once_only_correction on addRelatedParty): the first retirement head office takes stands.
 */
export const RetireRelatedPartyArgsSchema = z.strictObject({
  caseId: IdSchema,
  partyId: IdSchema,
  reason: RetireReasonSchema,
  retiredAt: InstantSchema,
  replacedBy: IdSchema.nullable(),
});
export type RetireRelatedPartyArgs = z.output<typeof RetireRelatedPartyArgsSchema>;

export const PartyRetirementSchema = z.object({ at: InstantSchema, reason: z.string().min(1), userId: IdSchema, replacedBy: IdSchema.nullable() });
export type PartyRetirement = z.output<typeof PartyRetirementSchema>;

export const RelatedPartySchema = AddRelatedPartyArgsSchema.extend({
  id: IdSchema,
  makerId: IdSchema,
  /** Set once retired (retireRelatedParty); absent on a person stored before retirement existed. */
  retired: PartyRetirementSchema.nullable().optional(),
});
export type RelatedParty = z.output<typeof RelatedPartySchema>;

/** Whether the person may still be contacted: not retired. */
export const isContactable = (p: Pick<RelatedParty, 'retired'>): boolean => !p.retired;

export const recordCustomerFacts = mutationKind({ args: RecordCustomerFactsArgsSchema, action: MUTATION_ACTIONS.recordCustomerFacts, conflict: INSERT_ONLY, toDevices: true });
export const addRelatedParty = mutationKind({ args: AddRelatedPartyArgsSchema, action: MUTATION_ACTIONS.addRelatedParty, conflict: INSERT_ONLY, toDevices: true });
export const retireRelatedParty = mutationKind({
  args: RetireRelatedPartyArgsSchema,
  action: MUTATION_ACTIONS.retireRelatedParty,
  conflict: { class: 'once_only_correction', target: 'addRelatedParty', ref: (a) => a.partyId },
  toDevices: true,
});

/** Device → head office. */
export const customerFactsArgs = (f: CustomerFacts): RecordCustomerFactsArgs => ({ id: f.id, caseId: f.caseId, activityId: f.activityId, learnedAt: f.learnedAt, facts: { ...f.facts } });
/** Head office → device. */
export const customerFactsOf = (a: RecordCustomerFactsArgs, by: Maker): CustomerFacts => ({ ...a, facts: { ...a.facts }, makerId: by.userId });

export const relatedPartyArgs = (p: RelatedParty): AddRelatedPartyArgs => ({ id: p.id, caseId: p.caseId, kind: p.kind, name: p.name, relation: p.relation, phone: p.phone, addedAt: p.addedAt });
export const relatedPartyOf = (a: AddRelatedPartyArgs, by: Maker): RelatedParty => ({ ...a, makerId: by.userId, retired: null });

/** Device → head office: a retirement, with the reason as typed (trimmed). */
export const retireRelatedPartyArgs = (p: Pick<RelatedParty, 'id' | 'caseId'>, reason: string, retiredAt: string, replacedBy: string | null): RetireRelatedPartyArgs => ({
  caseId: p.caseId,
  partyId: p.id,
  reason: reason.trim(),
  retiredAt,
  replacedBy,
});
/** The person as retired by `a` (head office → device, or this device's own): the first retirement stands. */
export const retiredParty = (p: RelatedParty, a: RetireRelatedPartyArgs, by: Pick<Maker, 'userId'>): RelatedParty =>
  p.retired ? p : { ...p, retired: { at: a.retiredAt, reason: a.reason, userId: by.userId, replacedBy: a.replacedBy } };
