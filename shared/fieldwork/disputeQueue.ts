import type { WorkingCalendar } from '../calendar';
import { handlingDeadline, handlingStatus, type HandlingDeadline, type HandlingStatus } from '../compliance/handling';
import type { Pack } from '../compliance/packSchema';
import type { Dispute } from '../records/dispute';

/**
 * The supervisor's queue of disputes and complaints (异议/投诉待处理): each not yet resolved on the given cases,
 * open or under review, with the pack's handling deadline and whether it is overdue. Most urgent first: overdue,
 * due today, then by due day (those without a deadline after), then the oldest.
 */
export type DisputeStage = 'open' | 'under_review';

export interface DisputeQueueCase {
  id: string;
  caseNumber: string;
  borrowerName: string;
}

export interface DisputeQueueItem {
  dispute: Dispute;
  case: DisputeQueueCase;
  stage: DisputeStage;
  deadline: HandlingDeadline | null;
  status: HandlingStatus;
}

const URGENCY: Record<HandlingStatus, number> = { overdue: 0, due_today: 1, open: 2, none: 3, resolved: 4, resolved_late: 4 };

export function disputeQueue(
  disputes: readonly Dispute[],
  cases: readonly DisputeQueueCase[],
  context: { pack: Pick<Pack, 'handling'>; today: string; timeZone: string; calendar: WorkingCalendar },
): DisputeQueueItem[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  const items: DisputeQueueItem[] = [];
  for (const d of disputes) {
    const c = byId.get(d.caseId);
    if (!c || d.resolvedAt !== null) continue;
    const deadline = handlingDeadline(context.pack, d, context.timeZone, context.calendar);
    items.push({
      dispute: d,
      case: c,
      stage: (d.reviewedAt ?? null) === null ? 'open' : 'under_review',
      deadline,
      status: handlingStatus(deadline, d, context.today, context.timeZone),
    });
  }
  return items.sort(
    (a, b) =>
      URGENCY[a.status] - URGENCY[b.status] ||
      (a.deadline?.due ?? '').localeCompare(b.deadline?.due ?? '') ||
      Date.parse(a.dispute.openedAt) - Date.parse(b.dispute.openedAt) ||
      a.dispute.id.localeCompare(b.dispute.id),
  );
}

/** What the supervisor's My day lists: the queue's items that are overdue or due today. */
export const disputesDue = (queue: readonly DisputeQueueItem[]): DisputeQueueItem[] => queue.filter((i) => i.status === 'overdue' || i.status === 'due_today');
