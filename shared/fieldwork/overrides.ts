import { addDays, DEFAULT_TIME_ZONE, instantAt, instantMs, localDateOf } from '../calendar';
import type { Channel } from './outcomes';
import type { OverrideRequest } from '../records/overrideRequest';

/**
 * Overrides as rules (docs/compliance.md, "Overrides"): when an approval is in force and which contact it lets
 * through. An approval is bound to one case, the rules it was asked for, the contact (channel, party) and the
 * device that asked, holds from validFrom until validUntil, and is used up by the one contact it lets through
 * (bound to the device so that two laptops of one collector, offline, cannot both use it).
 */

/** The window an approval gets unless the supervisor chooses: from the decision to the end of that local day. */
export function defaultOverrideWindow(decidedAt: Date, timeZone: string = DEFAULT_TIME_ZONE): { validFrom: string; validUntil: string } {
  const today = localDateOf(decidedAt, timeZone);
  return { validFrom: decidedAt.toISOString(), validUntil: instantAt(addDays(today, 1), '00:00', timeZone) };
}

export type OverrideState =
  | { state: 'requested' }
  | { state: 'approved'; until: string }
  | { state: 'not_yet'; from: string }
  | { state: 'expired'; until: string }
  | { state: 'used'; activityId: string }
  | { state: 'rejected'; reason: string };

/** Where a request stands at `now`; `usedBy` is the activity it let through, if any. */
export function overrideState(request: OverrideRequest, usedBy: string | null, now: Date): OverrideState {
  const d = request.decision;
  if (d === null) return { state: 'requested' };
  if (d.decision === 'reject') return { state: 'rejected', reason: d.reason ?? '' };
  if (usedBy !== null) return { state: 'used', activityId: usedBy };
  const from = d.validFrom!;
  const until = d.validUntil!;
  if (now.getTime() < instantMs(from)) return { state: 'not_yet', from };
  if (now.getTime() >= instantMs(until)) return { state: 'expired', until };
  return { state: 'approved', until };
}

/** The contact that needs a supervisor: its case, the rules that asked for one, and who is contacted how. */
export interface OverrideNeed {
  caseId: string;
  ruleIds: readonly string[];
  channel: Channel;
  partyId: string;
  /** The device that would make the contact. */
  deviceId: string;
}

/** Whether the request was asked for this contact and covers every rule it needs. */
export function requestCovers(request: OverrideRequest, need: OverrideNeed): boolean {
  return (
    request.caseId === need.caseId &&
    request.deviceId === need.deviceId &&
    request.action.channel === need.channel &&
    request.action.partyId === need.partyId &&
    need.ruleIds.every((id) => request.ruleIds.includes(id))
  );
}

/**
 * The approval that lets this contact through now, or null: approved, in its window, not used by another
 * contact (`used`: the request ids activities already name), covering the contact. The one ending soonest
 * is taken, so a longer one stays for later.
 */
export function approvalInForce(requests: readonly OverrideRequest[], used: ReadonlySet<string>, need: OverrideNeed, now: Date): OverrideRequest | null {
  const inForce = requests.filter((r) => requestCovers(r, need) && overrideState(r, used.has(r.id) ? r.id : null, now).state === 'approved');
  inForce.sort((a, b) => instantMs(a.decision!.validUntil!) - instantMs(b.decision!.validUntil!));
  return inForce[0] ?? null;
}

/** The latest request for this contact still waiting or decided (what the form shows), or null. */
export function latestRequestFor(requests: readonly OverrideRequest[], need: OverrideNeed): OverrideRequest | null {
  const mine = requests.filter((r) => requestCovers(r, need));
  mine.sort((a, b) => instantMs(b.requestedAt) - instantMs(a.requestedAt));
  return mine[0] ?? null;
}
