import type { Party } from '../domain/case';
import type { Activity } from '../records/activity';
import { instantMs } from '../calendar';
import { OUTCOMES, type OutcomeTable } from './outcomes';

/**
 * Lost contact (失联): the bank can no longer reach the borrower, so the case goes to skip tracing (信息修复)
 * rather than waiting on the collector's next call.
 */

/**
 * Failed attempts in a row that make a case lost. Why 10: the CN pack allows 6 unanswered calls per number per
 * day (shared/compliance/frequency.ts), so one bad day on one number must not be enough; ten failures in a row
 * spans at least two days of calling, or several numbers and channels.
 */
export const LOST_CONTACT_FAILED_ATTEMPTS = 10;

export type LostContactReason = 'no_active_phone' | 'failed_attempts';

export interface LostContactVerdict {
  lost: boolean;
  /** Every reason that applies, in this order: no active phone, then failed attempts. */
  reasons: LostContactReason[];
  /** Failed attempts in a row on the borrower, the latest first, counted up to the last success. */
  failedInARow: number;
}

export type LostContactActivity = Pick<Activity, 'id' | 'partyId' | 'outcome' | 'at'>;

/**
 * Whether the case's borrower is lost: no phone that is not retired, or the latest `failedAttempts` attempts
 * aimed at the borrower all failed to reach them (an outcome without `rightParty`: no answer, wrong number,
 * a message left with someone else, not at home...). Attempts aimed at other parties are not counted: a guarantor
 * answering does not reach the borrower, and an unanswered call to a guarantor does not lose them.
 */
export function lostContact(
  borrower: Pick<Party, 'id' | 'phones'>,
  activities: readonly LostContactActivity[],
  failedAttempts = LOST_CONTACT_FAILED_ATTEMPTS,
  outcomes: OutcomeTable = OUTCOMES,
): LostContactVerdict {
  const reasons: LostContactReason[] = [];
  if (!borrower.phones.some((p) => p.retiredAt === null)) reasons.push('no_active_phone');
  const attempts = activities
    .filter((a) => a.partyId === borrower.id)
    .map((a) => ({ a, ms: instantMs(a.at) }))
    .sort((x, y) => y.ms - x.ms || (x.a.id < y.a.id ? 1 : x.a.id > y.a.id ? -1 : 0));
  let failedInARow = 0;
  while (failedInARow < attempts.length && !outcomes[attempts[failedInARow]!.a.outcome].rightParty) failedInARow += 1;
  if (failedInARow >= failedAttempts) reasons.push('failed_attempts');
  return { lost: reasons.length > 0, reasons, failedInARow };
}
