import { useTranslation } from 'react-i18next';
import type { PlanItem } from '../../../../shared/approvals/inbox';
import { formatShare } from '../../../../shared/approvals/waiver';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { decidePlan } from '../../fieldwork/actions';
import { useAppStore } from '../../state/appStore';
import { formatFen } from '../../ui/format';
import { DecisionForm, type Decision } from './DecisionForm';
import { WaiverTable } from './WaiverTable';

/** A plan above the branch's waiver limit: the waiver per component, the collector's reason, and the decision (decidePlan). */
export function PlanRequest({ item, mayDecide }: { item: PlanItem; mayDecide: boolean }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const { plan } = item;
  const first = plan.instalments[0];
  const decide = async (decision: Decision, reason: string): Promise<ActionError | null> => {
    const result = await act(decidePlan, { caseId: plan.caseId, planId: plan.id, decision, reason: reason || null });
    return result.ok ? null : result.error;
  };
  return (
    <>
      <p data-testid={`inbox-plan-${plan.id}-what`}>
        {t('approvals.plan.what', { agreed: formatFen(plan.agreedTotalFen), outstanding: formatFen(plan.outstandingFen), waiver: formatFen(plan.waiverFen), share: formatShare(item.waiver.shareBps) })}
        {first && <span className="muted"> · {t('approvals.plan.schedule', { count: plan.instalments.length, date: first.dueDate })}</span>}
      </p>
      <WaiverTable waiver={item.waiver} testId={`inbox-plan-${plan.id}-waiver`} />
      <dl className="kv">
        <dt>{t('approvals.plan.reason')}</dt>
        <dd data-testid={`inbox-plan-${plan.id}-reason`}>{item.reason || <span className="muted">{t('approvals.plan.noReason')}</span>}</dd>
      </dl>
      {mayDecide && <DecisionForm testId={`inbox-plan-${plan.id}`} reasonFor={['reject']} hint={t('approvals.decision.reasonHintPlan')} decide={decide} />}
    </>
  );
}
