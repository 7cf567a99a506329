import type { MutationName } from '../../../shared/sync/mutations';
import type { Policy } from './context';
import { assignCase } from './assignment';
import { decideArrangement } from './arrangements';
import { addAddress, addPhone, retireAddress, retirePhone } from './contacts';
import { recordLetterAcknowledgement, recordLetterDelivery, resolveDispute, retireRelatedParty, voidLetter, voidReceipt } from './corrections';
import { reviewDispute } from './disputes';
import { insertOnly } from './insertOnly';
import { decideLegalReferral, recordLegalBundle, recordLegalStep, reviewLegalReferral } from './legal';
import { decideOutsourcing, proposeOutsourcing, recordOutsourcingHandover } from './outsourcing';
import { decideOverride, recordOverride, requestOverride } from './overrides';
import { decidePlan } from './plans';
import { recordPayment } from './payments';
import { recordReceipt } from './receipts';
import { setCaseStatus } from './status';
import { setTarget } from './targets';
import { reviewConductException } from './conductReview';
import { cancelVisit, recordVisit } from './visits';

export type { Apply, Decision, Policy } from './context';

/**
 * Head office's push-apply: one rule per mutation, keyed by the closed union of mutation names, so a kind
 * added to shared/records/registry.ts without its rule here fails to compile. The rule follows the kind's
 * conflict class (shared/records/kind.ts); some add a check of their own (bank-wide receipt numbers,
 * maker-checker, a cancelled visit cannot be done).
 */
const POLICIES: { readonly [N in MutationName]: Policy<N> } = {
  recordActivity: insertOnly(),
  createPromise: insertOnly(),
  recordPayment,
  createPlan: insertOnly(),
  decidePlan,
  recordReceipt,
  voidReceipt,
  planVisit: insertOnly(),
  recordVisit,
  cancelVisit,
  addAttachment: insertOnly(),
  addPhone,
  retirePhone,
  addAddress,
  retireAddress,
  setCaseStatus,
  openDispute: insertOnly(),
  resolveDispute,
  recordOverride,
  issueLetter: insertOnly(),
  recordLetterDelivery,
  recordLetterAcknowledgement,
  voidLetter,
  recordAccessEvent: insertOnly(),
  assignCase,
  proposeArrangement: insertOnly(),
  decideArrangement,
  reviewDispute,
  requestOverride,
  decideOverride,
  referLegal: insertOnly(),
  decideLegalReferral,
  reviewLegalReferral,
  recordLegalStep,
  recordLegalBundle,
  recordCustomerFacts: insertOnly(),
  addRelatedParty: insertOnly(),
  retireRelatedParty,
  setTarget,
  reviewConductException,
  proposeOutsourcing,
  recordOutsourcingHandover,
  decideOutsourcing,
};

/** The rule of mutation `name`; the entry it is given must be one of that name. */
export const policyFor = <N extends MutationName>(name: N): Policy<N> => POLICIES[name];
