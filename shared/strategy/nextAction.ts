import type { WorkingCalendar } from '../calendar';
import { checkContact, type ContactAttempt, type ContactRequest, type Finding, type Pack } from '../compliance';
import type { Bucket } from '../domain/buckets';
import type { Channel } from '../fieldwork/outcomes';
import type { SegmentId } from '../segments/ids';
import type { ContactStrategy, Step, StrategyRule, StrategyStep } from './schema';
import { bestTime, type SuggestedTime } from './timing';

/** The channel each step contacts the debtor through; a legal review is internal (no contact, no contact rule). */
export const CHANNEL_OF_STEP: Record<Step, Channel | null> = { call: 'phone', sms: 'sms', letter: 'letter', visit: 'visit', plan_offer: 'phone', legal_review: null };

export interface NextActionQuestion {
  strategy: ContactStrategy;
  segment: SegmentId;
  bucket: Bucket;
  pack: Pack;
  /** The request the engine judges for a contact with the borrower on `channel` (the form's own builder). */
  requestFor(channel: Channel): ContactRequest;
  history: readonly ContactAttempt[];
  /** When each step was last taken on the case (an instant), if ever. */
  lastTaken: Partial<Record<Step, string>>;
  now: Date;
  timeZone: string;
  calendar: WorkingCalendar;
  payday: number | null;
}

export interface StepPassedOver {
  step: StrategyStep;
  why: 'not_due' | 'refused';
  /** not_due: when it is next due (an instant); refused: the rules that refuse it at every time in the horizon. */
  dueAt?: string;
  findings?: Finding[];
}

export interface NextAction {
  rule: StrategyRule;
  step: StrategyStep;
  channel: Channel | null;
  /** The time the pack allows and the hints prefer; null for an internal step (legal review: now). */
  time: SuggestedTime | null;
}

const DAY_MS = 86_400_000;

/** The strategy's rule for a segment and bucket: the first that names the segment and the bucket (or every bucket). */
export function strategyRuleFor(strategy: ContactStrategy, segment: SegmentId, bucket: Bucket): StrategyRule | null {
  return strategy.rules.find((r) => r.segments.includes(segment) && (r.buckets.length === 0 || r.buckets.includes(bucket))) ?? null;
}

const refusing = (verdict: string) => verdict === 'block' || verdict === 'override_required';

/**
 * The next action for a case: the first step of its strategy rule that is due now (not taken within its cadence)
 * and that the rule pack allows at some time within the horizon (hours, caps, holds, third parties: the engine is
 * asked at each slot); failing that, the first that falls due within the horizon, from when it is due. Its time is
 * the best the timing hints allow (shared/strategy/timing.ts). Null when no rule covers the case or every step is
 * refused or not due within the horizon; `passedOver` says why for each step passed over.
 */
export function nextAction(q: NextActionQuestion): { action: NextAction | null; passedOver: StepPassedOver[] } {
  const rule = strategyRuleFor(q.strategy, q.segment, q.bucket);
  if (!rule) return { action: null, passedOver: [] };
  const nowMs = q.now.getTime();
  const horizonMs = nowMs + q.strategy.timing.horizonDays * DAY_MS;
  const dueOf = (step: StrategyStep) => {
    const last = q.lastTaken[step.step];
    return last === undefined ? -Infinity : Date.parse(last) + step.everyDays * DAY_MS;
  };
  const passedOver: StepPassedOver[] = [];
  const tryStep = (step: StrategyStep): NextAction | null => {
    const channel = CHANNEL_OF_STEP[step.step];
    if (channel === null) return { rule, step, channel, time: null };
    const request = q.requestFor(channel);
    const time = bestTime(q.strategy.timing, {
      now: new Date(Math.max(nowMs, dueOf(step))),
      timeZone: q.timeZone,
      calendar: q.calendar,
      payday: q.payday,
      allowed: (at) => !refusing(checkContact(q.pack, request, q.history, at).verdict),
    });
    if (time) return { rule, step, channel, time };
    passedOver.push({ step, why: 'refused', findings: checkContact(q.pack, request, q.history, q.now).findings.filter((f) => f.action !== 'warn') });
    return null;
  };
  for (const step of rule.steps.filter((s) => dueOf(s) <= nowMs)) {
    const action = tryStep(step);
    if (action) return { action, passedOver };
  }
  const later = rule.steps.filter((s) => dueOf(s) > nowMs).sort((a, b) => dueOf(a) - dueOf(b));
  for (const step of later) {
    if (dueOf(step) > horizonMs) {
      passedOver.push({ step, why: 'not_due', dueAt: new Date(dueOf(step)).toISOString() });
      continue;
    }
    const action = tryStep(step);
    if (action) return { action, passedOver };
  }
  return { action: null, passedOver };
}
