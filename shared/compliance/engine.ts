import { toInstant, wallClockOf } from '../calendar';
import type { ContactAttempt, ContactRequest } from './contact';
import { checkContactWindows } from './contactWindow';
import { verdictOf, type ContactDecision } from './decision';
import { checkFrequency } from './frequency';
import { checkHolds } from './holds';
import type { Pack } from './packSchema';
import { checkRequirements } from './requirements';
import { checkThirdParty } from './thirdParty';
import { checkVisit } from './visits';

/**
 * May the contact in `request` be made (or logged) at `now`? Every rule of the pack that applies is checked and
 * each one that fires is a finding; the verdict is the strongest finding. `history` holds the case's earlier
 * attempts, never the one being checked. The clock is a parameter: nothing here reads the real time.
 * Throws RangeError for an unknown time zone or an unreadable instant (bad data, not a compliance answer).
 */
export function checkContact(
  pack: Pack,
  request: ContactRequest,
  history: readonly ContactAttempt[],
  now: Date | string,
): ContactDecision {
  const instant = toInstant(now);
  const local = wallClockOf(instant, request.timeZone);
  const findings = [
    ...checkHolds(pack, request, instant),
    ...checkContactWindows(pack, request, local),
    ...checkFrequency(pack, request, history, local),
    ...checkThirdParty(pack, request, history),
    ...checkVisit(pack, request),
    ...checkRequirements(pack, request),
  ];
  return { verdict: verdictOf(findings), findings };
}
