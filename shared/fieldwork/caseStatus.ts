import type { CaseStatus } from '../domain/case';
import { HOLD_REASONS } from '../domain/case';
import { OUTCOMES, type OutcomeCode, type OutcomeTable } from './outcomes';

export type HoldReason = (typeof HOLD_REASONS)[number];

/**
 * Which status may follow which. The same table is checked on the device (to offer only allowed moves) and
 * on the server (status changes are not last-writer-wins; architecture: sync conflict rules).
 * - promised/on_plan → contacting: the promise or plan was broken.
 * - on_hold is left on release: back to contacting, on to legal, or closed (e.g. the debtor died, the debt
 *   was shown not to be owed).
 * - closed is final.
 */
export const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ['contacting', 'promised', 'on_plan', 'legal', 'on_hold', 'settled'],
  contacting: ['promised', 'on_plan', 'legal', 'on_hold', 'settled'],
  promised: ['contacting', 'on_plan', 'settled', 'on_hold', 'legal'],
  on_plan: ['contacting', 'settled', 'on_hold', 'legal'],
  on_hold: ['contacting', 'legal', 'closed'],
  legal: ['settled', 'closed', 'on_hold'],
  settled: ['closed'],
  closed: [],
};

export type TransitionResult =
  | { ok: true; to: CaseStatus; holdReason: HoldReason | null }
  | { ok: false; code: 'invalid_transition'; from: CaseStatus; to: CaseStatus; allowed: CaseStatus[] }
  | { ok: false; code: 'hold_reason_required' | 'hold_reason_not_allowed'; from: CaseStatus; to: CaseStatus };

/**
 * Checks a status change. Putting a case on hold needs a reason; any other target must not carry one
 * (the case keeps a hold reason exactly while on hold). Staying in the same status is not a transition.
 */
export function transitionCase(from: CaseStatus, to: CaseStatus, options: { holdReason?: HoldReason | null } = {}): TransitionResult {
  const allowed = TRANSITIONS[from];
  if (!allowed.includes(to)) return { ok: false, code: 'invalid_transition', from, to, allowed: [...allowed] };
  const holdReason = options.holdReason ?? null;
  if (to === 'on_hold' && holdReason === null) return { ok: false, code: 'hold_reason_required', from, to };
  if (to !== 'on_hold' && holdReason !== null) return { ok: false, code: 'hold_reason_not_allowed', from, to };
  return { ok: true, to, holdReason };
}

export interface StatusTarget {
  to: CaseStatus;
  holdReason: HoldReason | null;
}

/**
 * The status an activity's outcome moves the case to, or null to leave it as it is:
 * an outcome with a hold (dispute, hardship) → on_hold with that reason; a promise → promised; any other
 * attempt on a new case → contacting. Null as well when the move is not allowed from `current`
 * (e.g. a promise while on a plan: the plan stays; anything on a closed case).
 */
export function statusAfterOutcome(current: CaseStatus, outcome: OutcomeCode, outcomes: OutcomeTable = OUTCOMES): StatusTarget | null {
  const flags = outcomes[outcome];
  let target: StatusTarget | null = null;
  if (flags.hold) target = { to: 'on_hold', holdReason: flags.hold };
  else if (flags.createsPromise) target = { to: 'promised', holdReason: null };
  else if (current === 'new') target = { to: 'contacting', holdReason: null };
  if (!target || !TRANSITIONS[current].includes(target.to)) return null;
  return target;
}
