import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { ActionErrorText } from '../../fieldwork/screens/panels/common';
import { FormButtons, FormFields, TextAreaField, useZodForm } from '../../ui/form';

export type Decision = 'approve' | 'reject';
type Translate = ReturnType<typeof useTranslation>['t'];

// The button pressed is part of what is checked: only the decisions in `reasonFor` need a note.
const decisionSchema = (t: Translate, reasonFor: readonly Decision[]) =>
  z
    .object({ decision: z.enum(['approve', 'reject']), reason: z.string().trim().max(REASON_MAX_LENGTH) })
    .refine((v) => !reasonFor.includes(v.decision) || v.reason !== '', { path: ['reason'], message: t('approvals.decision.reasonRequired') });

/**
 * Approve or reject one request, with the decision note its rule asks for: `reasonFor` says which decisions
 * need one (a rejection always). The decision itself goes through the request's own action (`decide`).
 */
export function DecisionForm({ testId, reasonFor, hint, decide }: {
  testId: string;
  reasonFor: readonly Decision[];
  hint: string;
  decide: (decision: Decision, reason: string) => Promise<ActionError | null>;
}) {
  const { t } = useTranslation();
  const form = useZodForm(useMemo(() => decisionSchema(t, reasonFor), [t, reasonFor]), { decision: 'approve' as Decision, reason: '' });
  const [error, setError] = useState<ActionError | null>(null);
  const submit = (decision: Decision) => {
    form.setValue('decision', decision);
    return form.handleSubmit(async (v) => {
      setError(null);
      const refused = await decide(v.decision, v.reason);
      if (refused) setError(refused);
    })();
  };
  return (
    <FormProvider {...form}>
      <div className="inbox-decision" role="group" aria-label={t('approvals.decision.reason')} data-testid={`${testId}-decision`}>
        <FormFields>
          <TextAreaField name="reason" label={t('approvals.decision.reason')} hint={hint} rows={2} maxLength={REASON_MAX_LENGTH} testId={`${testId}-decision-reason`} />
        </FormFields>
        <ActionErrorText error={error} testId={`${testId}-error`} />
        <FormButtons>
          <button type="button" className="primary" disabled={form.formState.isSubmitting} onClick={() => void submit('approve')} data-testid={`${testId}-approve`}>
            {t('approvals.decision.approve')}
          </button>
          <button type="button" disabled={form.formState.isSubmitting} onClick={() => void submit('reject')} data-testid={`${testId}-reject`}>
            {t('approvals.decision.reject')}
          </button>
        </FormButtons>
      </div>
    </FormProvider>
  );
}
