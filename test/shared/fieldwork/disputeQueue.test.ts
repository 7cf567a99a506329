import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { CN_2026, UK_FCA } from '../../../shared/compliance';
import { disputeQueue, disputesDue } from '../../../shared/fieldwork/disputeQueue';
import { disputeOf, type Dispute } from '../../../shared/records/dispute';

const at = (local: string) => new Date(`${local}+08:00`).toISOString();
const CASES = [
  { id: 'c1', caseNumber: 'QS-001', borrowerName: '张三' },
  { id: 'c2', caseNumber: 'QS-002', borrowerName: '李四' },
];
const make = (id: string, caseId: string, kind: Dispute['kind'], opened: string, over: Partial<Dispute> = {}): Dispute => ({
  ...disputeOf({ id, caseId, kind, description: '借款人称已还清', openedAt: at(opened) }, 'collector-1'),
  ...over,
});
const context = { pack: CN_2026, today: '2026-11-18', timeZone: 'Asia/Shanghai', calendar: CN_MAINLAND_CALENDAR };

describe('the supervisor’s dispute queue', () => {
  const disputes = [
    make('d-none', 'c1', 'dispute', '2026-10-01T10:00:00'),
    make('d-open', 'c1', 'complaint', '2026-11-10T10:00:00'),
    make('d-today', 'c2', 'complaint', '2026-11-03T09:00:00', { reviewedAt: at('2026-11-04T09:00:00'), reviewedBy: 'sup-1' }),
    make('d-late', 'c2', 'complaint', '2026-11-02T09:00:00'),
    make('d-done', 'c2', 'complaint', '2026-11-01T09:00:00', { resolvedAt: at('2026-11-05T09:00:00'), resolution: '已致歉并更正', outcome: 'upheld' }),
    make('d-elsewhere', 'c9', 'complaint', '2026-10-01T09:00:00'),
  ];

  it('lists the unresolved ones of these cases, overdue first, with stage, deadline and status', () => {
    const queue = disputeQueue(disputes, CASES, context);
    expect(queue.map((i) => [i.dispute.id, i.stage, i.deadline?.due ?? null, i.status])).toEqual([
      ['d-late', 'open', '2026-11-17', 'overdue'],
      ['d-today', 'under_review', '2026-11-18', 'due_today'],
      ['d-open', 'open', '2026-11-25', 'open'],
      // A mainland dispute (异议): the pack states no time, so none is shown and it is never "overdue".
      ['d-none', 'open', null, 'none'],
    ]);
    expect(queue[0]!.case.caseNumber).toBe('QS-002');
  });

  it('My day lists only what is overdue or due today; under another pack the same items fall due later', () => {
    expect(disputesDue(disputeQueue(disputes, CASES, context)).map((i) => i.dispute.id)).toEqual(['d-late', 'd-today']);
    expect(disputesDue(disputeQueue(disputes, CASES, { ...context, pack: UK_FCA }))).toEqual([]);
    expect(disputesDue(disputeQueue(disputes, CASES, { ...context, today: '2026-11-16' }))).toEqual([]);
  });
});
