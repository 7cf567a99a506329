import type { Party } from '../domain/case';
import type { LimitationEvent } from './events';

/**
 * What a signed 回执 proves, for the limitation engine (issue 17 §5). The least it reads of a letter: the
 * device's register entry (renderer/src/store/letterRow.ts) and head office's letter records both have it.
 */
export interface AcknowledgedLetter {
  id: string;
  number: string;
  partyId: string;
  type: string;
  voided: unknown;
  acknowledgement: { signedOn: string; signerType: string } | null;
}

/**
 * Letters whose signed 回执 acknowledges the debt itself: a reminder, demand notice or final demand names the
 * debt and asks for payment, and a plan confirmation agrees to pay it. Signed by the debtor in person after the
 * period has run, each is "在催收通知单上签字" or "同意履行" (最高人民法院关于审理民事案件适用诉讼时效制度若干问题的
 * 规定 第十九条; Civil Code art. 192): a waiver of the limitation defence, from which a new period runs. A
 * guarantor_demand is addressed to a guarantor; a field_receipt acknowledges money paid, not the debt owed.
 */
export const DEBT_ACKNOWLEDGING_LETTERS: ReadonlySet<string> = new Set(['reminder', 'demand_notice', 'final_demand', 'plan_confirmation']);

/** Letters whose 回执 proves a demand arrived (limitation provisions art. 8): every demand, not a plan or a receipt. */
const DEMANDS: ReadonlySet<string> = new Set(['reminder', 'demand_notice', 'guarantor_demand', 'final_demand']);

/** The evidence an event from a 回执 cites: the letter's register number and its record id. */
export const acknowledgementEvidence = (l: Pick<AcknowledgedLetter, 'id' | 'number'>): string => `回执 ${l.number} (letter:${l.id})`;

/**
 * The limitation events signed 回执 prove, one letter at a time:
 * - any signed 回执 of a demand → `demand_delivered` on the day signed (whoever signed: a relative's signature
 *   still proves arrival at the address);
 * - signed by a guarantor in person → `guarantor_signature` (it revives nothing after the guarantee lapsed;
 *   the engine says so);
 * - signed by a borrower or co-borrower in person, on a letter in DEBT_ACKNOWLEDGING_LETTERS →
 *   `acknowledgement_after_expiry`. The engine decides what it does: after expiry it is the waiver and restarts
 *   the period from the day signed; on or before the expiry day it is one more interruption (art. 195).
 *   A relative's or an authorised person's signature is not the debtor's acknowledgement, so it is no waiver.
 * A voided letter proves nothing.
 */
export function acknowledgementEvents(parties: readonly Pick<Party, 'id' | 'role'>[], letters: readonly AcknowledgedLetter[]): LimitationEvent[] {
  const roleOf = new Map(parties.map((p) => [p.id, p.role]));
  return letters.flatMap((l): LimitationEvent[] => {
    const ack = l.acknowledgement;
    if (l.voided || ack === null) return [];
    const role = roleOf.get(l.partyId);
    if (role === undefined) return [];
    const evidence = acknowledgementEvidence(l);
    const bySelf = ack.signerType === 'self';
    const events: LimitationEvent[] = [];
    if (DEMANDS.has(l.type)) events.push({ kind: 'demand_delivered', date: ack.signedOn, partyId: l.partyId, evidence });
    if (bySelf && role === 'guarantor') events.push({ kind: 'guarantor_signature', date: ack.signedOn, partyId: l.partyId, evidence });
    if (bySelf && (role === 'borrower' || role === 'co_borrower') && DEBT_ACKNOWLEDGING_LETTERS.has(l.type)) {
      events.push({ kind: 'acknowledgement_after_expiry', date: ack.signedOn, partyId: l.partyId, evidence });
    }
    return events;
  });
}
