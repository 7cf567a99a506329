import { localDateOf, toInstant } from '../calendar';
import type { ContactRequest, Hold } from './contact';
import { findingOf, type Finding } from './decision';
import type { HoldRule, Pack } from './packSchema';
import type { HoldKind } from './vocabulary';

const DAY_MS = 86_400_000;

/**
 * Holds on the case (dispute, complaint, hardship, death, incapacity, litigation, breathing space...). A hold
 * kind the pack has no rule for falls back to the pack's `other` rule, so a hold is never ignored. A hold
 * whose `since` lies in the future still counts: a device's clock running late must not reopen contact.
 */
export function checkHolds(pack: Pack, request: Pick<ContactRequest, 'holds' | 'channel' | 'timeZone'>, now: Date): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const hold of request.holds) {
    const rule = pack.holds.find((r) => r.kind === hold.kind) ?? pack.holds.find((r) => r.kind === 'other');
    if (!rule) continue;
    if (rule.appliesTo === 'all_except_legal' && request.channel === 'legal') continue;
    const since = toInstant(hold.since);
    const end = endOf(rule, since);
    if (end !== null && now.getTime() >= end.getTime()) continue;
    const key = `${rule.id}|${hold.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const params = { holdKind: hold.kind, since: localDateOf(since, request.timeZone) };
    findings.push(
      end === null
        ? findingOf(pack, rule, `compliance.hold.${hold.kind}`, params)
        : findingOf(pack, rule, `compliance.holdUntil.${hold.kind}`, { ...params, until: localDateOf(end, request.timeZone) }),
    );
  }
  return findings;
}

/** When a time-limited hold ends (exclusive); null for holds that last until lifted. */
function endOf(rule: HoldRule, since: Date): Date | null {
  return rule.lasts.kind === 'days' ? new Date(since.getTime() + rule.lasts.days * DAY_MS) : null;
}

/** What holdsOfCase reads of a case and of its disputes and complaints (structural: no record module needed). */
export interface HeldCase {
  status: string;
  holdReason: HoldKind | null;
  updatedAt: string;
}
export interface DisputeHold {
  kind: 'dispute' | 'complaint';
  openedAt: string;
  resolvedAt: string | null;
}

/**
 * The holds a case puts on contact: each open dispute and complaint (from when it was opened), the case's own
 * hold reason while on hold, and litigation while at law. A resolved dispute holds nothing; the contact form,
 * the contact action and the letter check all build their holds here.
 */
export function holdsOfCase(c: HeldCase, disputes: readonly DisputeHold[]): Hold[] {
  const holds: Hold[] = disputes.filter((d) => d.resolvedAt === null).map((d) => ({ kind: d.kind, since: d.openedAt }));
  if (c.status === 'on_hold' && c.holdReason && c.holdReason !== 'other' && !holds.some((h) => h.kind === c.holdReason)) {
    holds.push({ kind: c.holdReason, since: c.updatedAt });
  }
  if (c.status === 'legal' && !holds.some((h) => h.kind === 'litigation')) holds.push({ kind: 'litigation', since: c.updatedAt });
  return holds;
}
