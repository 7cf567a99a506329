import type { Policy } from './context';
import { addAddress, addPhone, retireAddress, retirePhone } from './contacts';
import { recordLetterAcknowledgement, recordLetterDelivery, resolveDispute, voidLetter, voidReceipt } from './corrections';
import { insertOnly } from './insertOnly';
import { decidePlan } from './plans';
import { recordReceipt } from './receipts';
import { setCaseStatus } from './status';
import { cancelVisit, recordVisit } from './visits';

export type { Apply, Decision } from './context';

/**
 * Head office's rule for each kind of record (architecture.md, "Conflicts by kind of record"). A kind not
 * listed (activities, promises, payments, plans, planned visits, letters, disputes, overrides, access
 * events, and any kind added later) is insert-only.
 */
const POLICIES: Readonly<Record<string, Policy>> = {
  recordReceipt,
  voidReceipt,
  decidePlan,
  recordVisit,
  cancelVisit,
  resolveDispute,
  voidLetter,
  recordLetterDelivery,
  recordLetterAcknowledgement,
  addPhone,
  retirePhone,
  addAddress,
  retireAddress,
  setCaseStatus,
};

export const policyFor = (name: string): Policy => POLICIES[name] ?? insertOnly;
