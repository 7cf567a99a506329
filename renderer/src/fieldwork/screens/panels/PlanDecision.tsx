import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { RepaymentPlan } from '../../../../../shared/fieldwork/records';
import { REASON_MAX_LENGTH } from '../../../../../shared/records/limits';
import { useAppStore } from '../../../state/appStore';
import { FormButtons, FormFields, TextAreaField, useZodForm } from '../../../ui/form';
import { decidePlan } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText } from './common';

type Translate = ReturnType<typeof useTranslation>['t'];

// A rejection says why (the collector reads it); an approval may go without a note.
const decisionSchema = (t: Translate) =>
  z
    .object({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(REASON_MAX_LENGTH) })
    .refine((v) => v.decision !== 'reject' || v.reason !== '', { path: ['reason'], message: t('panels.plan.rejectReasonRequired') });

/**
 * Approve or reject a pending plan. Maker-checker is the domain rule's (approvePlan/rejectPlan); the panel
 * only explains up front why this operator cannot decide, instead of letting them click into a refusal.
 */
export function PlanDecision({ plan }: { plan: RepaymentPlan }) {
  const { t } = useTranslation();
  const operator = useAppStore((s) => s.operator);
  const staff = useAppStore((s) => s.staff);
  const act = useAppStore((s) => s.act);
  const form = useZodForm(useMemo(() => decisionSchema(t), [t]), { decision: 'approve' as 'approve' | 'reject', reason: '' });
  const [error, setError] = useState<ActionError | null>(null);
  const maker = staff.find((s) => s.id === plan.makerId)?.name ?? plan.makerId;

  if (operator.role !== 'supervisor' || operator.id === plan.makerId) {
    const why = operator.id === plan.makerId ? 'fieldwork.error.maker_cannot_approve' : 'fieldwork.error.not_supervisor';
    return (
      <p className="muted small" data-testid="plan-cannot-decide">
        {t('panels.plan.cannotDecide', { why: t(why), maker })}
      </p>
    );
  }

  const decide = (decision: 'approve' | 'reject') => {
    form.setValue('decision', decision);
    return form.handleSubmit(async (v) => {
      setError(null);
      const result = await act(decidePlan, { caseId: plan.caseId, planId: plan.id, decision: v.decision, reason: v.reason || null });
      if (!result.ok) setError(result.error);
    })();
  };

  return (
    <FormProvider {...form}>
      <div className="plan-decision" role="group" aria-label={t('panels.plan.decisionReason')} data-testid={`plan-decision-${plan.id}`}>
        <FormFields>
          <TextAreaField name="reason" label={t('panels.plan.decisionReason')} rows={2} maxLength={REASON_MAX_LENGTH} testId="plan-decision-reason" />
        </FormFields>
        <ActionErrorText error={error} testId="plan-decision-error" />
        <FormButtons>
          <button type="button" className="primary" disabled={form.formState.isSubmitting} onClick={() => void decide('approve')} data-testid="plan-approve">
            {t('panels.plan.approve')}
          </button>
          <button type="button" disabled={form.formState.isSubmitting} onClick={() => void decide('reject')} data-testid="plan-reject">
            {t('panels.plan.reject')}
          </button>
        </FormButtons>
      </div>
    </FormProvider>
  );
}
