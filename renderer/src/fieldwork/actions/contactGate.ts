import { checkContact, checkWording, getPack, type ContactDecision, type ContactRequest, type Hold } from '../../../../shared/compliance';
import { holdsOfCase } from '../../../../shared/compliance/holds';
import type { Case } from '../../../../shared/domain/case';
import type { Channel } from '../../../../shared/fieldwork';
import { ADDRESS_CHANNELS as ADDRESS_CHANNEL_LIST, PHONE_CHANNELS as PHONE_CHANNEL_LIST } from '../../../../shared/records/limits';
import type { Dispute } from '../../../../shared/fieldwork/records';
import type { ContactAttempt } from '../../../../shared/compliance/contact';
import { THIRD_PARTY_CLASS_OF, type RelatedParty } from '../../../../shared/records/customerFacts';

export const THIRD_PARTY = 'third-party';
/** The record's lists (shared/records/limits.ts), typed for `includes` on any channel. */
export const PHONE_CHANNELS: readonly Channel[] = PHONE_CHANNEL_LIST;
export const ADDRESS_CHANNELS: readonly Channel[] = ADDRESS_CHANNEL_LIST;

/**
 * What holds the engine must respect: the case's hold, open disputes and complaints, litigation
 * (shared/compliance/holds.ts). A case held for a reason the pack has no name for (`other`) holds contact too,
 * as it holds letters (shared/letters/check.ts): the pack's `other` rule leaves it to a supervisor's override
 * (docs/compliance.md, "Overrides").
 */
export function holdsOf(c: Case, disputes: readonly Dispute[], suits: readonly Hold[] = []): Hold[] {
  const holds = holdsOfCase(c, disputes);
  // An open suit (shared/legal/checklist.ts openSuitHolds) holds contact as the case's own legal status does.
  if (suits.length > 0 && !holds.some((h) => h.kind === 'litigation')) holds.push(suits[0]!);
  if (c.status === 'on_hold' && c.holdReason === 'other') holds.push({ kind: 'other', since: c.updatedAt });
  return holds;
}

export interface Attempt {
  channel: Channel;
  partyId: string;
  phoneId: string | null;
}

/**
 * The request the compliance engine judges, built the same way on the form and in the action. A person around the
 * debtor (`related`, shared/records/customerFacts.ts) is judged by the third-party class their type maps to; their
 * one phone has their id.
 */
export function contactRequestOf(c: Case, disputes: readonly Dispute[], attempt: Attempt, suits: readonly Hold[] = [], related: readonly RelatedParty[] = []): ContactRequest {
  const other = related.find((r) => r.id === attempt.partyId);
  if (other) {
    return {
      channel: attempt.channel,
      caseId: c.id,
      party: { id: other.id, role: THIRD_PARTY_CLASS_OF[other.kind] },
      ...(PHONE_CHANNELS.includes(attempt.channel) && other.phone && attempt.phoneId === other.id ? { phoneNumber: other.phone } : {}),
      timeZone: c.timeZone,
      holds: holdsOf(c, disputes, suits),
      ...(attempt.channel === 'visit' ? { staffCount: 2 } : {}),
    };
  }
  const party = c.parties.find((p) => p.id === attempt.partyId);
  const phone = party?.phones.find((p) => p.id === attempt.phoneId && p.retiredAt === null);
  return {
    channel: attempt.channel,
    caseId: c.id,
    party: { id: party?.id ?? THIRD_PARTY, role: party?.role ?? 'unrelated' },
    ...(PHONE_CHANNELS.includes(attempt.channel) && phone ? { phoneNumber: phone.number } : {}),
    timeZone: c.timeZone,
    holds: holdsOf(c, disputes, suits),
    ...(attempt.channel === 'visit' ? { staffCount: 2 } : {}),
  };
}

export type GateVerdict = { ok: true; decision: ContactDecision; overrideRuleIds: string[] } | { ok: false; code: 'compliance_blocked' | 'wording_blocked' | 'override_required' };

/**
 * The compliance gate, judged again where the contact is written (the form judged it as the collector typed):
 * a block refuses; a rule that needs a supervisor refuses unless an override names one with a reason.
 */
export function judgeContact(packId: string, request: ContactRequest, history: readonly ContactAttempt[], now: Date, text: string, hasOverride: boolean): GateVerdict {
  const pack = getPack(packId);
  const decision = checkContact(pack, request, history, now);
  if (decision.verdict === 'block') return { ok: false, code: 'compliance_blocked' };
  if (checkWording(pack, text).some((w) => w.action === 'block')) return { ok: false, code: 'wording_blocked' };
  if (decision.verdict === 'override_required' && !hasOverride) return { ok: false, code: 'override_required' };
  return { ok: true, decision, overrideRuleIds: decision.findings.filter((f) => f.action === 'override').map((f) => f.ruleId) };
}
