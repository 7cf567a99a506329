import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisputeQueueItem } from '../../../../shared/fieldwork/disputeQueue';
import { Permitted } from '../../access/screens/Permitted';
import { reviewDispute } from '../../fieldwork/actions';
import { ResolveDisputeForm } from '../../fieldwork/screens/panels/ResolveDisputeForm';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { ActionErrorText, Notice } from '../../fieldwork/screens/panels/common';
import { useAppStore } from '../../state/appStore';
import { formatInstant } from '../../ui/format';
import { DISPUTE_TIME_ZONE, useDisputeQueue } from './useDisputeQueue';

/**
 * 异议与投诉待处理: the supervisor's section of the approvals inbox. The branch's disputes and complaints not yet
 * resolved, open or under review, with the pack's handling deadline, overdue ones highlighted; the supervisor
 * takes one up (受理核查), resolves it (the case panel's form) or opens the case.
 */
export function DisputeInbox() {
  return <DisputeQueueView queue={useDisputeQueue()} />;
}

/** The inbox drawn from a queue (null while reading). */
export function DisputeQueueView({ queue }: { queue: readonly DisputeQueueItem[] | null }) {
  const { t } = useTranslation();
  return (
    <section className="card dispute-inbox" data-testid="dispute-inbox" aria-labelledby="dispute-inbox-title">
      <h2 id="dispute-inbox-title">{t('disputes.inbox.title')}</h2>
      <p className="muted small">{t('disputes.inbox.subtitle')}</p>
      {queue === null ? (
        <p className="muted">{t('disputes.inbox.loading')}</p>
      ) : queue.length === 0 ? (
        <p className="muted" data-testid="dispute-inbox-empty">{t('disputes.inbox.empty')}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th>{t('disputes.inbox.case')}</th>
              <th>{t('disputes.inbox.kind')}</th>
              <th>{t('disputes.inbox.opened')}</th>
              <th>{t('disputes.inbox.stage')}</th>
              <th>{t('disputes.inbox.deadline')}</th>
              <th>{t('disputes.inbox.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.map((item) => (
              <DisputeRow key={item.dispute.id} item={item} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function DisputeRow({ item }: { item: DisputeQueueItem }) {
  const { t, i18n } = useTranslation();
  const act = useAppStore((s) => s.act);
  const openCase = useAppStore((s) => s.openCase);
  const staff = useAppStore((s) => s.staff);
  const [resolving, setResolving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [taken, setTaken] = useState(false);
  const { dispute: d, deadline } = item;
  const when = (iso: string) => formatInstant(iso, i18n.language, DISPUTE_TIME_ZONE);
  const who = (id: string | null) => (id === null ? null : (staff.find((s) => s.id === id)?.name ?? id));
  const opener = who(d.openedBy ?? null);
  const overdue = item.status === 'overdue';

  const takeUp = async () => {
    setBusy(true);
    setError(null);
    const result = await act(reviewDispute, { caseId: d.caseId, disputeId: d.id });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setTaken(true);
  };

  return (
    <>
      <tr data-testid={`dispute-row-${d.id}`} data-status={item.status} data-stage={item.stage} className={overdue ? 'overdue' : undefined}>
        <td>
          <strong>{item.case.caseNumber}</strong> <span className="muted">{item.case.borrowerName}</span>
        </td>
        <td>
          <span className="pill">{t(`panels.dispute.kinds.${d.kind}`)}</span>
        </td>
        <td className="small">{opener ? t('disputes.inbox.openedBy', { when: when(d.openedAt), who: opener }) : t('disputes.inbox.openedByUnknown', { when: when(d.openedAt) })}</td>
        <td className="small">
          <span className="pill" data-testid="dispute-stage">{t(`disputes.inbox.stages.${item.stage}`)}</span>
          {d.reviewedAt && <div className="muted">{t('disputes.inbox.reviewedBy', { who: who(d.reviewedBy ?? null) ?? '', when: when(d.reviewedAt) })}</div>}
        </td>
        <td className="small" data-testid="dispute-deadline">
          {deadline === null ? (
            <span className="muted">{t('disputes.inbox.noDeadline')}</span>
          ) : (
            <>
              {t('disputes.inbox.due', { date: deadline.due, days: deadline.days, dayKind: t(`disputes.inbox.dayKinds.${deadline.dayKind}`), rule: deadline.ruleId })}{' '}
              <span className={`pill${overdue ? ' lost-contact' : ''}`} data-testid="dispute-status">{t(`disputes.inbox.statuses.${item.status}`)}</span>
              {deadline.uncoveredYears.length > 0 && <div className="warning">{t('disputes.inbox.uncovered', { years: deadline.uncoveredYears.join(', ') })}</div>}
            </>
          )}
        </td>
        <td>
          <div className="row gap">
            <Permitted action="resolve_dispute" quiet>
              {item.stage === 'open' && (
                <button onClick={takeUp} disabled={busy} data-testid="dispute-take-up">
                  {t('disputes.inbox.takeUp')}
                </button>
              )}
              <button onClick={() => setResolving((r) => !r)} data-testid="dispute-resolve-toggle">
                {resolving ? t('disputes.inbox.hideResolve') : t('disputes.inbox.resolve')}
              </button>
            </Permitted>
            <button onClick={() => openCase(d.caseId)} data-testid="dispute-open-case">
              {t('disputes.inbox.openCase')}
            </button>
          </div>
          <ActionErrorText error={error} testId="dispute-take-up-error" />
          <Notice text={taken ? t('disputes.inbox.taken') : null} testId="dispute-take-up-saved" />
        </td>
      </tr>
      {resolving && (
        <tr>
          <td colSpan={6}>
            <ResolveDisputeForm dispute={d} />
          </td>
        </tr>
      )}
    </>
  );
}
