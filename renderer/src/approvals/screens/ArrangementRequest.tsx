import { useTranslation } from 'react-i18next';
import type { ArrangementItem } from '../../../../shared/approvals/inbox';
import { decideArrangement } from '../../arrangements/actions';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { useAppStore } from '../../state/appStore';
import { DecisionForm, type Decision } from './DecisionForm';

/** A special-customer arrangement: what is proposed, why, its evidence, and the decision (decideArrangement; a reason always). */
export function ArrangementRequest({ item, mayDecide }: { item: ArrangementItem; mayDecide: boolean }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const { arrangement: a } = item;
  const decide = async (decision: Decision, reason: string): Promise<ActionError | null> => {
    const result = await act(decideArrangement, { caseId: a.caseId, arrangementId: a.id, decision, reason });
    return result.ok ? null : result.error;
  };
  return (
    <>
      <dl className="kv" data-testid={`inbox-arrangement-${a.id}-what`}>
        <dt>{t('arrangements.form.kind')}</dt>
        <dd>{t(`arrangements.kind.${a.kind}`)}</dd>
        <dt>{t('arrangements.proposal')}</dt>
        <dd className="prewrap">{a.proposal}</dd>
        <dt>{t('arrangements.reasons')}</dt>
        <dd className="prewrap">{a.reasons}</dd>
        <dt>{t('arrangements.evidence')}</dt>
        <dd>
          {a.evidenceIds.length === 0 ? (
            <span className="muted">{t('arrangements.noEvidence')}</span>
          ) : (
            <span title={a.evidenceIds.join('\n')}>{t('arrangements.evidenceCount', { count: a.evidenceIds.length })}</span>
          )}
        </dd>
      </dl>
      {mayDecide && <DecisionForm testId={`inbox-arrangement-${a.id}`} reasonFor={['approve', 'reject']} hint={t('approvals.decision.reasonHintArrangement')} decide={decide} />}
    </>
  );
}
