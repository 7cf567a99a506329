import { argsOf, rejected, type Apply, type Decision, type Policy } from './context';
import { alreadyHave, findInCase, storeRecord, type StoredRecord } from './records';

/**
 * A correction refers to the record it corrects, which head office must have in the same case (otherwise
 * `not_found`: the device refers to something head office never received, or to another case's record).
 * One that can happen once (a void, a resolution, an acknowledgement) is keyed by the corrected record's id,
 * so a second, different one is a conflict; one that may repeat (delivery events) by its entry's id.
 */
export interface CorrectionSpec {
  /** The mutation that made the corrected record. */
  target: string;
  /** The args field naming it. */
  ref: string;
  /** What the user calls it, for messages. */
  noun: string;
  once: boolean;
  /** Why a second, different correction of the same record is refused. */
  already?: (existing: StoredRecord, a: Apply) => string;
  /** A further check once the corrected record is found. */
  check?: (target: StoredRecord, a: Apply) => Promise<Decision | null>;
}

export function correction(spec: CorrectionSpec): Policy {
  return async (a) => {
    const targetId = argsOf(a)[spec.ref] as string;
    const id = spec.once ? targetId : a.entry.id;
    const same = await alreadyHave(a, id, spec.already ? (existing) => spec.already!(existing, a) : undefined);
    if (same) return same;
    const target = await findInCase(a, spec.target, targetId);
    if (!target) return rejected(a, 'not_found', `head office has no ${spec.noun} ${targetId} on case ${a.entry.caseId}; nothing was changed`);
    const refused = await spec.check?.(target, a);
    if (refused) return refused;
    return storeRecord(a, id);
  };
}

export const voidReceipt = correction({
  target: 'recordReceipt',
  ref: 'receiptId',
  noun: 'receipt',
  once: true,
  already: (existing) => `receipt ${String(existing.args.receiptId)} was already voided (${String(existing.args.reason)}); a receipt is voided once`,
});

export const resolveDispute = correction({
  target: 'openDispute',
  ref: 'disputeId',
  noun: 'dispute',
  once: true,
  already: (existing) => `dispute ${String(existing.args.disputeId)} was already resolved: ${String(existing.args.resolution)}`,
});

export const voidLetter = correction({
  target: 'issueLetter',
  ref: 'letterId',
  noun: 'letter',
  once: true,
  already: (existing) => `letter ${String(existing.args.letterId)} was already voided (${String(existing.args.reason)})`,
});

export const recordLetterAcknowledgement = correction({
  target: 'issueLetter',
  ref: 'letterId',
  noun: 'letter',
  once: true,
  already: (existing) => `the return receipt of letter ${String(existing.args.letterId)} was already recorded (signed on ${String(existing.args.signedOn)})`,
});

export const recordLetterDelivery = correction({ target: 'issueLetter', ref: 'letterId', noun: 'letter', once: false });
