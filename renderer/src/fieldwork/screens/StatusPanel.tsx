import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { formatInstant } from '../../ui/format';
import { useCaseWork } from './panels/common';
import { DisputeForm } from './panels/DisputeForm';
import { ResolveDisputeForm } from './panels/ResolveDisputeForm';
import { StatusChange } from './panels/StatusChange';
import { Permitted } from '../../access/screens/Permitted';

/** The case's status through the state machine, and its disputes and complaints (which put it on hold). */
export function StatusPanel({ caseRecord }: { caseRecord: Case }) {
  const { t, i18n } = useTranslation();
  const work = useCaseWork(caseRecord.id);
  const disputes = [...(work?.disputes ?? [])].sort((a, b) => (a.openedAt < b.openedAt ? 1 : -1));
  return (
    <section className="fieldwork-panel" data-testid="status-panel" aria-label={t('panels.status.heading')}>
      <h2>{t('panels.status.heading')}</h2>
      <dl className="kv card">
        <dt>{t('detail.status')}</dt>
        <dd data-testid="status-current">
          <span className="pill">{t(`caseStatus.${caseRecord.status}`)}</span>
          {caseRecord.holdReason && <span className="pill" data-testid="status-current-hold">{t('panels.status.holdBecause', { reason: t(`holdReason.${caseRecord.holdReason}`) })}</span>}
        </dd>
      </dl>
      <Permitted action="change_status" target={caseRecord.assignment}>
        <StatusChange key={`${caseRecord.id}:${caseRecord.status}`} caseRecord={caseRecord} />
      </Permitted>
      <Permitted action="log_contact" target={caseRecord.assignment} quiet>
        <DisputeForm caseRecord={caseRecord} />
      </Permitted>
      <h3>{t('panels.dispute.list')}</h3>
      {disputes.length === 0 ? (
        <p className="muted">{t('panels.dispute.none')}</p>
      ) : (
        <ul className="dispute-list">
          {disputes.map((d) => (
            <li key={d.id} data-testid={`dispute-${d.id}`}>
              <span className="pill">{t(`panels.dispute.kinds.${d.kind}`)}</span> <span className="small muted">{formatInstant(d.openedAt, i18n.language, caseRecord.timeZone)}</span>{' '}
              <span className="pill">{d.resolvedAt ? t('panels.dispute.resolved') : t('panels.dispute.open')}</span>
              <div>{d.description}</div>
              {d.outcome && <span className="pill" data-testid="dispute-outcome">{t('panels.dispute.outcomeShown', { outcome: t(`panels.dispute.resolve.outcomes.${d.outcome}`) })}</span>}
              {d.resolution && <div className="small muted">{t('panels.dispute.resolution', { text: d.resolution })}</div>}
              {d.resolvedAt === null && (
                <Permitted action="resolve_dispute" target={caseRecord.assignment} quiet>
                  <ResolveDisputeForm dispute={d} />
                </Permitted>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
