import { z } from 'zod';
import { RetireReasonSchema } from '../../../../shared/records/contacts';
import { CustomerFactsFieldsSchema, EMPTY_FACTS, RelatedPartyKindSchema, RelatedPhoneSchema, type CustomerFacts, type RelatedParty } from '../../../../shared/records/customerFacts';
import { PersonNameSchema, plainLine } from '../../../../shared/sync/primitives';
import { newId } from '../../../../shared/sync';
import { ActionRefused, defineAction } from '../../store/runAction';
import { addParty, recordFacts, retireParty } from '../repository/customerRecords';

export const RecordCustomerFactsInput = z.object({
  caseId: z.string().min(1),
  /** The contact it was learned on (the contact form), or null (the case's panel). */
  activityId: z.string().min(1).nullable(),
  facts: CustomerFactsFieldsSchema.partial(),
});

/** 记录客户情况: what was learned (why in arrears, ability, willingness, work, income, payday, household), all optional, at least one. */
export const recordCustomerFacts = defineAction({
  name: 'recordCustomerFacts',
  input: RecordCustomerFactsInput,
  permission: 'log_contact',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<CustomerFacts> => {
    const facts = { ...EMPTY_FACTS, ...input.facts };
    if (Object.values(facts).every((v) => v === null)) throw new ActionRefused('customer.error.nothingLearned');
    return recordFacts(db, actor, { id: newId(), caseId: input.caseId, activityId: input.activityId, learnedAt: actor.now().toISOString(), facts, makerId: actor.userId });
  },
});

export const AddRelatedPartyInput = z.object({
  caseId: z.string().min(1),
  kind: RelatedPartyKindSchema,
  name: PersonNameSchema,
  relation: plainLine(30).trim().nullable(),
  phone: RelatedPhoneSchema.nullable(),
});

/** 新增关系人: someone around the debtor, typed, so the pack's rule for their class applies when they are called. */
export const addRelatedParty = defineAction({
  name: 'addRelatedParty',
  input: AddRelatedPartyInput,
  permission: 'edit_contacts',
  caseIdOf: (input) => input.caseId,
  run: ({ db, actor }, input): Promise<RelatedParty> =>
    addParty(db, actor, { id: newId(), ...input, relation: input.relation || null, addedAt: actor.now().toISOString(), makerId: actor.userId }),
});

export const RetireRelatedPartyInput = z.object({
  caseId: z.string().min(1),
  partyId: z.string().min(1),
  reason: RetireReasonSchema,
  /** The corrected person (a wrong number or name): added in the same change; null only retires. */
  replacement: AddRelatedPartyInput.omit({ caseId: true }).nullable(),
});

/**
 * 更正或停用关系人: a wrong emergency contact is corrected (the person retired, the corrected one added) or one who
 * must no longer be called is retired. The retired person stays on the case with the contacts made with them.
 */
export const retireRelatedParty = defineAction({
  name: 'retireRelatedParty',
  input: RetireRelatedPartyInput,
  permission: 'edit_contacts',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<{ retired: RelatedParty; replacement: RelatedParty | null }> => {
    const party = await db.relatedParties.get(input.partyId);
    if (!party || party.caseId !== input.caseId) throw new ActionRefused('relatedParty.error.notFound');
    if (party.retired) throw new ActionRefused('relatedParty.error.alreadyRetired');
    const r = input.replacement;
    const replacement: RelatedParty | null = r
      ? { id: newId(), caseId: input.caseId, kind: r.kind, name: r.name, relation: r.relation || null, phone: r.phone, addedAt: actor.now().toISOString(), makerId: actor.userId, retired: null }
      : null;
    return retireParty(db, actor, party, input.reason, replacement);
  },
});
