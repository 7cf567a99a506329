import { checkContact } from '../compliance/engine';
import type { ContactAttempt, ContactRequest } from '../compliance/contact';
import type { MessageParams } from '../compliance/decision';
import { holdsOfCase, type DisputeHold } from '../compliance/holds';
import type { Pack } from '../compliance/packSchema';
import type { Channel, RuleAction } from '../compliance/vocabulary';
import { checkWording } from '../compliance/wording';
import type { Case } from '../domain/case';
import type { ConductClock, ConductRecordKind } from './exceptions';

/**
 * Head office's re-check of a pushed contact, visit or letter (issue 17 §6, docs/compliance.md "Re-check at head
 * office"): the same engine the device ran (shared/compliance), over the case's history from every device.
 *
 * Clocks. The record claims a time (the device's clock); head office knows when it arrived. A record claiming a
 * time more than CLOCK_SUSPECT_MINUTES before its arrival, or any time after it, is judged on both: the rules
 * that depend on the time (contact windows, frequency caps and cool-downs) are judged again at the arrival time,
 * and a finding there is kept with clock 'head_office' (both: 'both'). A device that was offline also arrives
 * late; its record is judged on both too, and the exception shows both times, so the supervisor can tell a
 * wrong clock from a late sync.
 */
export const CLOCK_SUSPECT_MINUTES = 30;
/** A record may claim a time a little after its arrival (clocks drift by seconds); beyond this it is suspect. */
export const FUTURE_TOLERANCE_MINUTES = 5;

export interface RecheckSubject {
  recordKind: ConductRecordKind;
  recordId: string;
  caseRecord: Case;
  /** The party contacted; null: a third party, or a visit to an address nobody on the case owns. */
  partyId: string | null;
  channel: Channel;
  phoneId: string | null;
  /** What the device says: the activity's `at`, the visit's `visitedAt`, the letter's `issuedAt`. */
  claimedAt: string;
  /** When head office received it. */
  receivedAt: string;
  /** Free text the record carries (notes); '' when none. */
  text: string;
  /** People on a visit; absent for other records. */
  staffCount?: number;
}

export interface RecheckInput {
  pack: Pack;
  subject: RecheckSubject;
  /** The case's other attempts, from every device (never the record itself). */
  history: readonly ContactAttempt[];
  disputes: readonly DisputeHold[];
}

/** One rule the record broke, on which clock. */
export interface ConductFinding {
  ruleId: string;
  action: RuleAction;
  messageKey: string;
  params: MessageParams;
  clock: ConductClock;
}

export interface RecheckResult {
  findings: ConductFinding[];
  /** Arrival − claimed time, in whole minutes (negative: the record claims a time after it arrived). */
  skewMinutes: number;
  clockSuspect: boolean;
}

/** What the device asks the engine, built as the device builds it (renderer/src/fieldwork/actions/contactGate.ts). */
export function requestOf(s: RecheckSubject, disputes: readonly DisputeHold[]): ContactRequest {
  const c = s.caseRecord;
  const party = s.partyId === null ? undefined : c.parties.find((p) => p.id === s.partyId);
  const phone = party?.phones.find((p) => p.id === s.phoneId && p.retiredAt === null);
  const holds = holdsOfCase(c, disputes);
  if (c.status === 'on_hold' && c.holdReason === 'other') holds.push({ kind: 'other', since: c.updatedAt });
  const staffCount = s.staffCount ?? (s.channel === 'visit' ? 2 : undefined);
  return {
    channel: s.channel,
    caseId: c.id,
    party: { id: party?.id ?? 'third-party', role: party?.role ?? 'unrelated' },
    ...((s.channel === 'phone' || s.channel === 'sms') && phone ? { phoneNumber: phone.number } : {}),
    timeZone: c.timeZone,
    holds,
    ...(staffCount !== undefined ? { staffCount } : {}),
  };
}

/** Findings a re-check keeps: a block, or a rule that needed a supervisor's override (head office later marks one given). */
const breaks = (action: RuleAction) => action === 'block' || action === 'override';

export function recheckRecord(input: RecheckInput): RecheckResult {
  const { pack, subject } = input;
  const claimed = Date.parse(subject.claimedAt);
  const received = Date.parse(subject.receivedAt);
  if (Number.isNaN(claimed) || Number.isNaN(received)) throw new RangeError('claimedAt and receivedAt must be instants');
  const skewMinutes = Math.trunc((received - claimed) / 60_000);
  const clockSuspect = skewMinutes > CLOCK_SUSPECT_MINUTES || skewMinutes < -FUTURE_TOLERANCE_MINUTES;
  const request = requestOf(subject, input.disputes);
  const found = new Map<string, ConductFinding>();

  for (const f of checkContact(pack, request, input.history, subject.claimedAt).findings) {
    if (breaks(f.action)) found.set(f.ruleId, { ruleId: f.ruleId, action: f.action, messageKey: f.messageKey, params: f.params, clock: 'device' });
  }
  if (clockSuspect) {
    const timeRules = new Set([...pack.contactWindows.map((r) => r.id), ...pack.frequency.map((r) => r.id)]);
    for (const f of checkContact(pack, request, input.history, subject.receivedAt).findings) {
      if (!breaks(f.action) || !timeRules.has(f.ruleId)) continue;
      const same = found.get(f.ruleId);
      found.set(f.ruleId, same ? { ...same, clock: 'both' } : { ruleId: f.ruleId, action: f.action, messageKey: f.messageKey, params: f.params, clock: 'head_office' });
    }
  }
  for (const w of checkWording(pack, subject.text)) {
    if (w.action !== 'block' || found.has(w.ruleId)) continue;
    found.set(w.ruleId, { ruleId: w.ruleId, action: w.action, messageKey: w.messageKey, params: { phrase: w.phrase }, clock: 'device' });
  }
  return { findings: [...found.values()], skewMinutes, clockSuspect };
}
