import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepaymentPlan } from '../../../../../shared/fieldwork/records';
import { REASON_MAX_LENGTH } from '../../../../../shared/records/limits';
import { useAppStore } from '../../../state/appStore';
import { decidePlan } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText } from './common';

/**
 * Approve or reject a pending plan. Maker-checker is the domain rule's (approvePlan/rejectPlan); the panel
 * only explains up front why this operator cannot decide, instead of letting them click into a refusal.
 */
export function PlanDecision({ plan }: { plan: RepaymentPlan }) {
  const { t } = useTranslation();
  const operator = useAppStore((s) => s.operator);
  const staff = useAppStore((s) => s.staff);
  const act = useAppStore((s) => s.act);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();
  const maker = staff.find((s) => s.id === plan.makerId)?.name ?? plan.makerId;

  if (operator.role !== 'supervisor' || operator.id === plan.makerId) {
    const why = operator.id === plan.makerId ? 'fieldwork.error.maker_cannot_approve' : 'fieldwork.error.not_supervisor';
    return (
      <p className="muted small" data-testid="plan-cannot-decide">
        {t('panels.plan.cannotDecide', { why: t(why), maker })}
      </p>
    );
  }

  const decide = async (decision: 'approve' | 'reject') => {
    setError(null);
    if (decision === 'reject' && !reason.trim()) return setReasonError(true);
    setBusy(true);
    const result = await act(decidePlan, { caseId: plan.caseId, planId: plan.id, decision, reason: reason.trim() || null });
    setBusy(false);
    if (!result.ok) setError(result.error);
  };

  return (
    <div className="plan-decision" data-testid={`plan-decision-${plan.id}`}>
      <label htmlFor={`${id}-reason`}>{t('panels.plan.decisionReason')}</label>
      <textarea
        id={`${id}-reason`}
        rows={2}
        maxLength={REASON_MAX_LENGTH}
        value={reason}
        aria-invalid={reasonError || undefined}
        aria-describedby={`${id}-reason-err`}
        onChange={(e) => {
          setReason(e.target.value);
          setReasonError(false);
        }}
        data-testid="plan-decision-reason"
      />
      {reasonError && (
        <span id={`${id}-reason-err`} className="error small" role="alert">
          {t('panels.plan.rejectReasonRequired')}
        </span>
      )}
      <ActionErrorText error={error} testId="plan-decision-error" />
      <div className="row gap">
        <button type="button" className="primary" disabled={busy} onClick={() => void decide('approve')} data-testid="plan-approve">
          {t('panels.plan.approve')}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide('reject')} data-testid="plan-reject">
          {t('panels.plan.reject')}
        </button>
      </div>
    </div>
  );
}
