/** Every write the field-work screens make, one action per user operation (see ../runAction.ts). */
export { logContact } from './logContact';
export { recordPayment } from './recordPayment';
export { recordReceipt } from './recordReceipt';
export { voidReceipt } from './voidReceipt';
export { createPlan } from './createPlan';
export { decidePlan } from './decidePlan';
export { planVisit } from './planVisit';
export { recordVisit } from './recordVisit';
export { addAttachment } from './addAttachment';
export { addPhone } from './addPhone';
export { retirePhone } from './retirePhone';
export { addAddress } from './addAddress';
export { retireAddress } from './retireAddress';
export { setCaseStatus } from './setCaseStatus';
export { openDispute } from './openDispute';
export { resolveDispute } from './resolveDispute';
export { requestOverride } from './requestOverride';
