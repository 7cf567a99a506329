/**
 * Each extract is a full snapshot: an open case it does not list is settled. A truncated, one-branch or
 * otherwise broken file would settle cases that are still owed, so closing more than a small share of the
 * open cases needs a person to confirm it, with the number of closures the dry run showed them.
 */

/** Closing up to `share` of the open cases (or up to `free` cases, whichever is more) needs no confirmation. */
export const CLOSE_GUARD = { share: 0.03, free: 5 };
export type CloseGuard = typeof CLOSE_GUARD;

export interface ClosureCheck {
  count: number;
  open: number;
  /** The most an import may settle without confirmation. */
  limit: number;
  needsConfirmation: boolean;
  /** 'ok': may go ahead; 'unconfirmed': refused for want of confirmation; 'mismatch': the confirmed number is not this one. */
  verdict: 'ok' | 'unconfirmed' | 'mismatch';
}

export function checkClosures(count: number, open: number, guard: CloseGuard = CLOSE_GUARD, confirmed?: number): ClosureCheck {
  const limit = Math.max(guard.free, Math.floor(open * guard.share));
  const needsConfirmation = count > limit;
  const verdict = !needsConfirmation ? 'ok' : confirmed === undefined ? 'unconfirmed' : confirmed === count ? 'ok' : 'mismatch';
  return { count, open, limit, needsConfirmation, verdict };
}

export const percent = (part: number, whole: number) => `${whole === 0 ? '0' : ((part / whole) * 100).toFixed(1)}%`;

/** An open case the extract no longer lists, as the dry run shows it. */
export interface ClosingCase {
  caseId: string;
  caseNumber: string;
  customerNo: string;
  branchCode: string;
  officerId: string | null;
  status: string;
}
