import type { ContactAttempt, ContactRequest } from './contact';
import { findingOf, type Finding } from './decision';
import type { Pack, ThirdPartyRule } from './packSchema';
import { sameNumber } from './phoneNumbers';

/**
 * Third parties: everyone but the borrower is judged by the pack's rule for their class. A contact that is
 * refused yields one finding (not allowed, debtor still reachable, or asked to stop); a contact that is allowed
 * with a class that may not hear about the debt yields a warning reminding the collector not to mention it.
 */
export function checkThirdParty(pack: Pack, request: ContactRequest, history: readonly ContactAttempt[]): Finding[] {
  const role = request.party.role;
  if (role === 'borrower') return [];
  const rule = pack.thirdParties.find((r) => r.partyClass === role);
  if (!rule) return [];
  const params = { partyRole: role };
  if (rule.stopOnRequest && request.thirdPartyStopRequested) {
    return [findingOf(pack, rule, 'compliance.thirdParty.stopRequested', params)];
  }
  if (rule.allowed === 'never') return [findingOf(pack, rule, 'compliance.thirdParty.notAllowed', params)];
  if (rule.allowed === 'when_debtor_unreachable' && rule.unreachable) {
    const reach = debtorReachability(history, rule.unreachable);
    if (!reach.unreachable) {
      return [
        findingOf(pack, rule, 'compliance.thirdParty.debtorReachable', {
          ...params,
          failedInARow: reach.failedInARow,
          required: rule.unreachable.failedAttemptsInARow,
        }),
      ];
    }
  }
  // A reminder, never stronger than a warning: the contact itself is allowed.
  if (!rule.mayMentionDebt) return [findingOf(pack, rule, 'compliance.thirdParty.noDebtMention', params, 'warn')];
  return [];
}

export interface Reachability {
  unreachable: boolean;
  /** Failed attempts on the borrower since they were last reached. */
  failedInARow: number;
  /** Every number tried since they were last reached is invalid. */
  numberInvalid: boolean;
}

/**
 * Whether the debtor (the borrower) counts as unreachable, from the attempts on them. Reaching them (a
 * connected call, or any attempt where the right party was met or spoken to) restarts everything: only the
 * attempts after the last contact count.
 * - Failed in a row: phone attempts since then that did not reach them (unanswered, number invalid, someone
 *   else answered). Attempts with outcome `other` (e.g. cancelled) neither count nor break the run.
 * - Number invalid: each number tried since then had `number_invalid` as its latest outcome. Numbers not tried
 *   since the last contact are not known to be dead, so the collector should try them first.
 */
export function debtorReachability(
  history: readonly ContactAttempt[],
  unreachable: NonNullable<ThirdPartyRule['unreachable']>,
): Reachability {
  const onDebtor = history
    .filter((a) => a.partyRole === 'borrower')
    .slice()
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let since = 0;
  onDebtor.forEach((a, i) => {
    if (a.outcome === 'connected' || a.rightParty) since = i + 1;
  });
  const failed = onDebtor.slice(since).filter((a) => a.channel === 'phone' && a.outcome !== 'other');
  // The latest attempt per line, whatever shape its number was stored in.
  const latest: ContactAttempt[] = [];
  for (const a of failed) {
    if (a.phoneNumber === undefined) continue;
    const number = a.phoneNumber;
    const i = latest.findIndex((b) => sameNumber(b.phoneNumber as string, number));
    if (i >= 0) latest[i] = a;
    else latest.push(a);
  }
  const numberInvalid = latest.length > 0 && latest.every((a) => a.outcome === 'number_invalid');
  return {
    unreachable: (unreachable.numberInvalid && numberInvalid) || failed.length >= unreachable.failedAttemptsInARow,
    failedInARow: failed.length,
    numberInvalid,
  };
}
