import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { useCaseWork, todayOf } from './panels/common';
import { PlanCard } from './panels/PlanCard';
import { PlanForm } from './panels/PlanForm';
import { Permitted } from '../../access/screens/Permitted';

/** Repayment plans of the case (分期还款方案): the existing ones with their progress, and a form for a new one. */
export function PlanPanel({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const work = useCaseWork(caseRecord.id);
  const today = todayOf(caseRecord.timeZone);
  const plans = [...(work?.plans ?? [])].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  return (
    <section className="fieldwork-panel" data-testid="plan-panel" aria-label={t('panels.plan.heading')}>
      <h2>{t('panels.plan.heading')}</h2>
      {!work ? (
        <p className="muted">{t('common.loading')}</p>
      ) : plans.length === 0 ? (
        <p className="muted">{t('panels.plan.none')}</p>
      ) : (
        plans.map((p) => <PlanCard key={p.id} plan={p} payments={work.payments} today={today} timeZone={caseRecord.timeZone} />)
      )}
      <Permitted action="propose_plan" target={caseRecord.assignment}>
        <PlanForm caseRecord={caseRecord} />
      </Permitted>
    </section>
  );
}
