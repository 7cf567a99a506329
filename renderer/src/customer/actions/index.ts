import { z } from 'zod';
import { CustomerFactsFieldsSchema, EMPTY_FACTS, RelatedPartyKindSchema, RelatedPhoneSchema, type CustomerFacts, type RelatedParty } from '../../../../shared/records/customerFacts';
import { PersonNameSchema, plainLine } from '../../../../shared/sync/primitives';
import { newId } from '../../../../shared/sync';
import { ActionRefused, defineAction } from '../../store/runAction';
import { addParty, recordFacts } from '../repository/customerRecords';

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
