import type { MutationArgs, MutationName } from '../../../shared/sync/mutations';
import type { ConflictClass } from '../../../shared/records/kind';
import { RECORD_KINDS } from '../../../shared/records/registry';
import { rejected, type Apply, type Decision, type Policy } from './context';
import { alreadyHave, findInCase, storeRecord, type StoredRecord } from './records';

/**
 * Conflict classes once_only_correction and repeatable_event (shared/records/kind.ts): a correction refers
 * to the record it corrects (the kind's `target`, named by its `ref`), which head office must have in the same
 * case (otherwise `not_found`: the device refers to something head office never received, or to another
 * case's record). One that can happen once (a void, a resolution, an acknowledgement) is keyed by the
 * corrected record's id, so a second, different one is a conflict; one that may repeat (delivery events) by
 * its entry's id.
 */
export interface CorrectionSpec<N extends MutationName> {
  /** What the user calls the corrected record, for messages. */
  noun: string;
  /** Why a second, different correction of the same record is refused. */
  already?: (existing: StoredRecord, a: Apply<N>) => string;
  /** A further check once the corrected record is found. */
  check?: (target: StoredRecord, a: Apply<N>) => Promise<Decision | null>;
}

type Correcting = Extract<ConflictClass<never>, { target: MutationName }>['class'];

export function correction<N extends MutationName>(name: N, spec: CorrectionSpec<N>): Policy<N> {
  const conflict: ConflictClass<MutationArgs<N>> = RECORD_KINDS[name].conflict as ConflictClass<MutationArgs<N>>;
  if (conflict.class !== 'once_only_correction' && conflict.class !== 'repeatable_event') {
    throw new Error(`${name} is ${conflict.class}, not a correction`);
  }
  const rule: Extract<ConflictClass<MutationArgs<N>>, { class: Correcting }> = conflict;
  return async (a) => {
    const targetId = rule.ref(a.entry.args as MutationArgs<N>);
    const id = rule.class === 'once_only_correction' ? targetId : a.entry.id;
    const same = await alreadyHave(a, id, spec.already ? (existing) => spec.already!(existing, a) : undefined);
    if (same) return same;
    const target = await findInCase(a, rule.target, targetId);
    if (!target) return rejected(a, 'not_found', `head office has no ${spec.noun} ${targetId} on case ${a.entry.caseId}; nothing was changed`);
    const refused = await spec.check?.(target, a);
    if (refused) return refused;
    return storeRecord(a, id);
  };
}

export const voidReceipt = correction('voidReceipt', {
  noun: 'receipt',
  already: (existing) => `receipt ${String(existing.args.receiptId)} was already voided (${String(existing.args.reason)}); a receipt is voided once`,
});

export const resolveDispute = correction('resolveDispute', {
  noun: 'dispute',
  already: (existing) => `dispute ${String(existing.args.disputeId)} was already resolved: ${String(existing.args.resolution)}`,
});

export const voidLetter = correction('voidLetter', {
  noun: 'letter',
  already: (existing) => `letter ${String(existing.args.letterId)} was already voided (${String(existing.args.reason)})`,
});

export const recordLetterAcknowledgement = correction('recordLetterAcknowledgement', {
  noun: 'letter',
  already: (existing) => `the return receipt of letter ${String(existing.args.letterId)} was already recorded (signed on ${String(existing.args.signedOn)})`,
});

export const recordLetterDelivery = correction('recordLetterDelivery', { noun: 'letter' });

export const retireRelatedParty = correction('retireRelatedParty', {
  noun: 'related party',
  already: (existing) => `related party ${String(existing.args.partyId)} was already retired (${String(existing.args.reason)}); a person is retired once`,
});
