import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { instantAt, isTimeOfDay, minutesOf, todayIn, wallClockOf } from '../../../../shared/calendar';
import { REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import { clock } from '../../state/clock';
import { FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';
import { decideOnOwnDevice } from '../state/overrideApprovals';

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * What the supervisor's decision on an override request needs: an approval may end at a time later today
 * (empty: the end of today, docs/compliance.md) — a time already past would approve nothing; a rejection says why.
 * `now` is the wall clock in the case's zone (HH:MM) when the button is pressed.
 */
export const overrideDecisionSchema = (t: Translate, now: () => string) =>
  z
    .object({ decision: z.enum(['approve', 'reject']), until: z.string().trim(), reason: z.string().trim().max(REASON_MAX_LENGTH, t('formRule.tooLong', { max: REASON_MAX_LENGTH })) })
    .superRefine((v, ctx) => {
      if (v.decision === 'reject' && v.reason === '') ctx.addIssue({ code: 'custom', path: ['reason'], message: t('formRule.required') });
      if (v.decision !== 'approve' || v.until === '') return;
      if (!isTimeOfDay(v.until)) return ctx.addIssue({ code: 'custom', path: ['until'], message: t('formRule.timeInvalid') });
      const at = now();
      if (minutesOf(v.until) <= minutesOf(at)) ctx.addIssue({ code: 'custom', path: ['until'], message: t('formRule.timePassed', { now: at }) });
    });

/** Approve (until a time today) or reject (with a reason) one override request, on the supervisor's own device. */
export function OverrideDecision({ caseId, requestId, timeZone, onDecided }: { caseId: string; requestId: string; timeZone: string; onDecided: () => void }) {
  const { t } = useTranslation();
  const schema = useMemo(() => overrideDecisionSchema(t, () => wallClockOf(clock.now(), timeZone).time), [t, timeZone]);
  const form = useZodForm(schema, { decision: 'approve', until: '', reason: '' });
  const [error, setError] = useState<string | null>(null);

  const submit = (decision: 'approve' | 'reject') => {
    form.setValue('decision', decision);
    return form.handleSubmit(async (v) => {
      setError(null);
      const validUntil = v.decision === 'approve' && v.until !== '' ? instantAt(todayIn(timeZone, clock.now()), v.until, timeZone) : null;
      const result = await decideOnOwnDevice({ caseId, requestId, decision: v.decision, reason: v.reason || null, validUntil });
      if (!result.ok) return setError(t(result.error.key, result.error.params));
      onDecided();
    })();
  };

  return (
    <FormProvider {...form}>
      <div className="override-decision" role="group" aria-label={t('overrides.inbox.decisionLabel')}>
        <FormFields compact>
          <TextField name="until" type="time" label={t('overrides.inbox.validUntil')} hint={t('overrides.inbox.untilHint')} testId="override-until" />
          <TextField name="reason" label={t('overrides.inbox.rejectReason')} maxLength={REASON_MAX_LENGTH} testId="override-reject-reason" />
        </FormFields>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <FormButtons>
          <button type="button" className="primary" disabled={form.formState.isSubmitting} onClick={() => void submit('approve')} data-testid="override-approve">
            {t('overrides.inbox.approve')}
          </button>
          <button type="button" disabled={form.formState.isSubmitting} onClick={() => void submit('reject')} data-testid="override-reject">
            {t('overrides.inbox.reject')}
          </button>
        </FormButtons>
      </div>
    </FormProvider>
  );
}
