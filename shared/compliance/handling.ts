import { addDays, addWorkingDays, localDateOf, type WorkingCalendar } from '../calendar';
import type { HandlingRule, Pack } from './packSchema';

/**
 * How long a dispute or complaint may take (the pack's handling rule, docs/compliance.md) and whether it is
 * overdue. The period runs from the day after the day it was received, in the debtor's time zone (a period
 * counted in days excludes its first day), in calendar or working days as the rule says; the answer is due by
 * the end of the last day. A kind the pack states no time for has no deadline: nothing is invented.
 */
export interface HandlingDeadline {
  ruleId: string;
  sourceIds: string[];
  days: number;
  dayKind: HandlingRule['within']['dayKind'];
  /** The day it was received (the openedAt's local date). */
  received: string;
  /** The last day on which it is on time. */
  due: string;
  /** Years the working calendar does not cover that the count went through (working days only; the date may be off). */
  uncoveredYears: number[];
}

export interface HandledItem {
  kind: 'dispute' | 'complaint';
  openedAt: string;
  resolvedAt: string | null;
}

export function handlingRuleOf(pack: Pick<Pack, 'handling'>, kind: HandledItem['kind']): HandlingRule | null {
  return (pack.handling ?? []).find((r) => r.kind === kind) ?? null;
}

export function handlingDeadline(pack: Pick<Pack, 'handling'>, item: Pick<HandledItem, 'kind' | 'openedAt'>, timeZone: string, calendar: WorkingCalendar): HandlingDeadline | null {
  const rule = handlingRuleOf(pack, item.kind);
  if (!rule) return null;
  const received = localDateOf(item.openedAt, timeZone);
  const { days, dayKind } = rule.within;
  const counted = dayKind === 'calendar' ? { date: addDays(received, days), uncoveredYears: [] } : addWorkingDays(calendar, received, days);
  return { ruleId: rule.id, sourceIds: rule.sourceIds, days, dayKind, received, due: counted.date, uncoveredYears: counted.uncoveredYears };
}

/**
 * none: the pack sets no time; resolved / resolved_late: answered by the due day or after it; open: before the
 * due day; due_today: the last day; overdue: past it and still open.
 */
export type HandlingStatus = 'none' | 'open' | 'due_today' | 'overdue' | 'resolved' | 'resolved_late';

export function handlingStatus(deadline: HandlingDeadline | null, item: Pick<HandledItem, 'resolvedAt'>, today: string, timeZone: string): HandlingStatus {
  if (deadline === null) return 'none';
  if (item.resolvedAt !== null) return localDateOf(item.resolvedAt, timeZone) <= deadline.due ? 'resolved' : 'resolved_late';
  if (today < deadline.due) return 'open';
  return today === deadline.due ? 'due_today' : 'overdue';
}
