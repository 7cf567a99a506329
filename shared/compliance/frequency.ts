import { addDays, daysBetween, localDateOf, type LocalDateTime } from '../calendar';
import type { ContactAttempt, ContactRequest } from './contact';
import { findingOf, type Finding } from './decision';
import type { CapScope, CoolDownRule, FrequencyCapRule, Pack } from './packSchema';
import { sameNumber } from './phoneNumbers';

/**
 * Frequency caps and cool-downs.
 *
 * Counting: history holds the earlier attempts only, so the attempt being checked would be number count + 1.
 * A cap with limit L refuses it when count >= L. CN: 6 unanswered calls per number per day, so with 5 earlier
 * unanswered calls on that number today the 6th is allowed and with 6 the 7th is refused. Connected calls, 3
 * per debtor per day: the outcome of the call being checked is unknown beforehand, so once 3 connected calls
 * exist today a 4th call is refused whatever it would turn out to be. US: 7 calls in 7 days per debt, the 8th
 * is refused.
 *
 * Windows are calendar days in the debtor's zone: "today" starts at the debtor's midnight; "rolling N days" is
 * today and the N - 1 days before it (Reg F counts days, and the day of a conversation is day 1).
 *
 * Scopes (who or what the count is about):
 * - per_number: attempts on the same line (sameNumber), whoever answered. A request without a number counts
 *   every attempt on the same party instead, the conservative choice.
 * - per_debtor: attempts on the party being contacted (their id), on any of their numbers.
 * - per_debt: attempts on that party about that debt; attempts recorded without a debt, or a request without
 *   one, are about the whole case and count for every debt.
 * Only attempts on the cap's channels are counted.
 */
export function checkFrequency(pack: Pack, request: ContactRequest, history: readonly ContactAttempt[], now: LocalDateTime): Finding[] {
  const findings: Finding[] = [];
  for (const rule of pack.frequency) {
    if (!rule.channels.includes(request.channel)) continue;
    const relevant = history.filter((a) => rule.channels.includes(a.channel) && inScope(rule.scope, request, a));
    const finding = rule.kind === 'cap' ? checkCap(pack, rule, relevant, request, now) : checkCoolDown(pack, rule, relevant, request, now);
    if (finding) findings.push(finding);
  }
  return findings;
}

function checkCap(
  pack: Pack,
  rule: FrequencyCapRule,
  attempts: readonly ContactAttempt[],
  request: ContactRequest,
  now: LocalDateTime,
): Finding | null {
  const days = rule.window.kind === 'calendar_day' ? 1 : rule.window.days;
  const first = addDays(now.date, -(days - 1)); // YYYY-MM-DD dates order as text
  const count = attempts.filter((a) => {
    if (!counted(rule.counts, a)) return false;
    const day = localDateOf(a.at, request.timeZone);
    return day >= first && day <= now.date;
  }).length;
  if (count < rule.limit) return null;
  const key = `compliance.frequency.${rule.counts}.${rule.scope}.${rule.window.kind}`;
  return findingOf(pack, rule, key, { count, limit: rule.limit, next: count + 1, days });
}

function counted(counts: FrequencyCapRule['counts'], attempt: ContactAttempt): boolean {
  if (counts === 'all_attempts') return true;
  return attempt.outcome === counts;
}

/**
 * No contact from the day of a conversation through day `days` (the conversation's day is day 1). A
 * conversation is a connected attempt with the right party: a call a relative answered is not one.
 */
function checkCoolDown(
  pack: Pack,
  rule: CoolDownRule,
  attempts: readonly ContactAttempt[],
  request: ContactRequest,
  now: LocalDateTime,
): Finding | null {
  // YYYY-MM-DD dates order as text.
  let latest: string | null = null;
  for (const a of attempts) {
    if (a.outcome !== 'connected' || !a.rightParty) continue;
    const day = localDateOf(a.at, request.timeZone);
    if (day <= now.date && (latest === null || day > latest)) latest = day;
  }
  if (latest === null || daysBetween(latest, now.date) >= rule.days) return null;
  return findingOf(pack, rule, 'compliance.coolDown', {
    days: rule.days,
    conversationDate: latest,
    nextAllowedDate: addDays(latest, rule.days),
  });
}

function inScope(scope: CapScope, request: ContactRequest, attempt: ContactAttempt): boolean {
  const sameParty = attempt.partyId === request.party.id;
  switch (scope) {
    case 'per_number':
      if (request.phoneNumber === undefined) return sameParty;
      return attempt.phoneNumber !== undefined && sameNumber(attempt.phoneNumber, request.phoneNumber);
    case 'per_debtor':
      return sameParty;
    case 'per_debt':
      return sameParty && (request.debtId === undefined || attempt.debtId === undefined || attempt.debtId === request.debtId);
  }
}
