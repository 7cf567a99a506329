import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import type { Arrangement } from '../../../../shared/records/arrangement';
import { Permitted } from '../../access/screens/Permitted';
import { useAppStore } from '../../state/appStore';
import { formatInstant } from '../../ui/format';
import { useCaseArrangements } from '../state/useCaseArrangements';
import { ArrangementForm } from './ArrangementForm';

/** 特殊客户处置方案 on the case: those proposed (not in force until a supervisor approves), decided ones, and a form to propose. */
export function ArrangementsCard({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const data = useCaseArrangements(caseRecord.id);
  const [open, setOpen] = useState(false);
  if (!data) return null;
  const proposed = data.arrangements.filter((a) => a.decision.status === 'proposed').length;
  return (
    <section className="card arrangements" data-testid="arrangements-card" aria-label={t('arrangements.heading')}>
      <h2>{t('arrangements.heading')}</h2>
      {proposed > 0 && (
        <p className="warning" data-testid="arrangements-pending">
          {t('arrangements.pendingBanner', { count: proposed })}
        </p>
      )}
      {data.arrangements.length === 0 ? (
        <p className="muted">{t('arrangements.none')}</p>
      ) : (
        <ul className="plain">
          {data.arrangements.map((a) => (
            <ArrangementRow key={a.id} arrangement={a} timeZone={caseRecord.timeZone} />
          ))}
        </ul>
      )}
      <Permitted action="propose_plan" target={caseRecord.assignment}>
        {open ? (
          <ArrangementForm caseRecord={caseRecord} attachments={data.attachments} onDone={() => setOpen(false)} />
        ) : (
          <button type="button" onClick={() => setOpen(true)} data-testid="arrangement-open-form">
            {t('arrangements.form.open')}
          </button>
        )}
      </Permitted>
    </section>
  );
}

function ArrangementRow({ arrangement: a, timeZone }: { arrangement: Arrangement; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const staff = useAppStore((s) => s.staff);
  const nameOf = (id: string | null) => (id ? (staff.find((s) => s.id === id)?.name ?? id) : '');
  const { decision } = a;
  return (
    <li className={`arrangement status-${decision.status}`} data-testid={`arrangement-${a.id}`}>
      <div className="row gap">
        <strong>{t(`arrangements.kind.${a.kind}`)}</strong>
        <span className={`pill status-${decision.status}`} data-testid={`arrangement-${a.id}-status`}>
          {t(`arrangements.status.${decision.status}`)}
        </span>
        {a.decideBy && decision.status === 'proposed' && (
          <span className="pill">
            {t('arrangements.decideBy')} {a.decideBy}
          </span>
        )}
      </div>
      <dl className="kv">
        <dt>{t('arrangements.proposal')}</dt>
        <dd className="prewrap">{a.proposal}</dd>
        <dt>{t('arrangements.reasons')}</dt>
        <dd className="prewrap">{a.reasons}</dd>
        <dt>{t('arrangements.evidence')}</dt>
        <dd>{a.evidenceIds.length ? t('arrangements.evidenceCount', { count: a.evidenceIds.length }) : t('arrangements.noEvidence')}</dd>
      </dl>
      <p className="muted small">{t('arrangements.proposedBy', { maker: nameOf(a.makerId), at: formatInstant(a.proposedAt, i18n.language, timeZone) })}</p>
      {decision.status !== 'proposed' && decision.decidedAt && (
        <p className="small" data-testid={`arrangement-${a.id}-decision`}>
          {t('arrangements.decidedBy', { approver: nameOf(decision.approverId), at: formatInstant(decision.decidedAt, i18n.language, timeZone), status: t(`approvals.decision.${decision.status}`), reason: decision.reason ?? '' })}
        </p>
      )}
    </li>
  );
}
