/**
 * The closed list of intent mutations a device may send head office: one name per thing a user does to a
 * record. Every registry over them (shared/records/registry.ts, head office's push-apply, the device's
 * pull-apply) is typed `{ [N in MutationName]: … }`, so a name added here without its entries fails to
 * compile. Leaf module: it imports nothing, so any kind module can name another kind's mutation.
 */
export const MUTATION_NAMES = [
  'recordActivity',
  'createPromise',
  'recordPayment',
  'createPlan',
  'decidePlan',
  'recordReceipt',
  'voidReceipt',
  'planVisit',
  'recordVisit',
  'cancelVisit',
  'addAttachment',
  'addPhone',
  'retirePhone',
  'addAddress',
  'retireAddress',
  'setCaseStatus',
  'openDispute',
  'resolveDispute',
  'recordOverride',
  'issueLetter',
  'recordLetterDelivery',
  'recordLetterAcknowledgement',
  'voidLetter',
  'recordAccessEvent',
  'assignCase',
  'proposeArrangement',
  'decideArrangement',
  'reviewDispute',
  'requestOverride',
  'decideOverride',
  'referLegal',
  'decideLegalReferral',
  'reviewLegalReferral',
  'recordLegalStep',
  'recordLegalBundle',
  'recordCustomerFacts',
  'addRelatedParty',
  'retireRelatedParty',
  'setTarget',
  'reviewConductException',
  'proposeOutsourcing',
  'decideOutsourcing',
  'recordOutsourcingHandover',
] as const;
export type MutationName = (typeof MUTATION_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(MUTATION_NAMES);
export const isMutationName = (name: string): name is MutationName => NAMES.has(name);
