/** Every write the letter screens make, one action per user operation (see ../runAction.ts). */
export { issueLetter } from './issueLetter';
export { issueLetterBatch } from './issueLetterBatch';
export { reprintLetter } from './reprintLetter';
export { recordLetterDelivery } from './recordLetterDelivery';
export { recordLetterAcknowledgement } from './recordLetterAcknowledgement';
export { voidLetter } from './voidLetter';
