import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { useCaseWork } from './panels/common';
import { VisitPlanForm } from './panels/VisitPlanForm';
import { VisitRow } from './panels/VisitRow';
import { Permitted } from '../../access/screens/Permitted';

/** Field visits (外访) of the case: plan one, record what happened, attach photos. */
export function VisitsPanel({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const work = useCaseWork(caseRecord.id);
  // Planned visits first (they are the ones to act on), then the latest done.
  const visits = [...(work?.visits ?? [])].sort((a, b) => Number(a.status !== 'planned') - Number(b.status !== 'planned') || (a.plannedFor < b.plannedFor ? 1 : -1));
  return (
    <section className="fieldwork-panel" data-testid="visits-panel" aria-label={t('panels.visit.heading')}>
      <h2>{t('panels.visit.heading')}</h2>
      <Permitted action="plan_visit" target={caseRecord.assignment}>
        <VisitPlanForm caseRecord={caseRecord} />
      </Permitted>
      {!work ? (
        <p className="muted">{t('common.loading')}</p>
      ) : visits.length === 0 ? (
        <p className="muted">{t('panels.visit.none')}</p>
      ) : (
        <ul className="visit-list">
          {visits.map((v) => (
            <VisitRow key={v.id} visit={v} caseRecord={caseRecord} />
          ))}
        </ul>
      )}
    </section>
  );
}
