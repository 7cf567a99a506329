import { useTranslation } from 'react-i18next';
import { disputesDue, type DisputeQueueItem } from '../../../../shared/fieldwork/disputeQueue';
import { usePermission } from '../../access/screens/usePermission';
import { DISPUTE_TIME_ZONE, useDisputeQueue } from '../../approvals/screens/useDisputeQueue';
import { useAppStore } from '../../state/appStore';
import { daysBetween } from '../../../../shared/calendar';
import { clock } from '../../state/clock';
import { todayIn } from '../../ui/format';

/** The supervisor's My day: the branch's disputes and complaints overdue or due today, with their deadline. */
export function DisputesDue() {
  const may = usePermission('resolve_dispute');
  return may.ok ? <DueList /> : null;
}

function DueList() {
  const queue = useDisputeQueue();
  return <DisputesDueList queue={queue ?? []} today={todayIn(DISPUTE_TIME_ZONE, clock.now())} />;
}

/** The queue's overdue and due-today items, or nothing when there are none. */
export function DisputesDueList({ queue, today }: { queue: readonly DisputeQueueItem[]; today: string }) {
  const { t } = useTranslation();
  const openCase = useAppStore((s) => s.openCase);
  const due = disputesDue(queue);
  if (due.length === 0) return null;
  return (
    <section className="card" data-testid="myday-disputes-due" aria-labelledby="myday-disputes-title">
      <h2 id="myday-disputes-title">{t('disputes.myDay.title')}</h2>
      <ul className="reasons">
        {due.map(({ dispute: d, case: c, deadline, status }) => (
          <li key={d.id} data-testid={`myday-dispute-${d.id}`} data-status={status}>
            <span className={status === 'overdue' ? 'pill lost-contact' : 'pill'}>{t(`disputes.inbox.statuses.${status}`)}</span>{' '}
            {t(status === 'overdue' ? 'disputes.myDay.overdue' : 'disputes.myDay.dueToday', {
              kind: t(`panels.dispute.kinds.${d.kind}`),
              caseNumber: c.caseNumber,
              name: c.borrowerName,
              date: deadline!.due,
              days: daysBetween(deadline!.due, today),
            })}{' '}
            <button onClick={() => openCase(d.caseId)}>{t('disputes.inbox.openCase')}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
