import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { charCount, DISPUTE_OUTCOMES, DISPUTE_RESOLUTION_MIN_LENGTH, DISPUTE_TEXT_MAX_LENGTH } from '../../../../../shared/records/limits';
import type { Dispute } from '../../../../../shared/records/dispute';
import { useAppStore } from '../../../state/appStore';
import { ChoiceField, FormButtons, FormFields, TextAreaField, useZodForm } from '../../../ui/form';
import { resolveDispute } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText, Notice } from './common';

type Translate = ReturnType<typeof useTranslation>['t'];

/** Lengths counted as the record counts them (charCount: characters, not UTF-16 units). */
const resolutionSchema = (t: Translate) =>
  z.object({
    outcome: z.enum(DISPUTE_OUTCOMES),
    resolution: z
      .string()
      .refine((s) => charCount(s) >= DISPUTE_RESOLUTION_MIN_LENGTH, t('panels.dispute.resolve.textTooShort', { min: DISPUTE_RESOLUTION_MIN_LENGTH }))
      .refine((s) => charCount(s) <= DISPUTE_TEXT_MAX_LENGTH, t('panels.dispute.resolve.textTooLong', { max: DISPUTE_TEXT_MAX_LENGTH })),
  });

/** A supervisor resolves an open dispute or complaint; the data layer lifts its hold in the same change. */
export function ResolveDisputeForm({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const schema = useMemo(() => resolutionSchema(t), [t]);
  const form = useZodForm(schema, { outcome: 'rejected', resolution: '' });
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const kind = t(`panels.dispute.kinds.${dispute.kind}`);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    setSaved(null);
    const result = await act(resolveDispute, { caseId: dispute.caseId, disputeId: dispute.id, outcome: v.outcome, resolution: v.resolution });
    if (!result.ok) return setError(result.error);
    setSaved(t('panels.dispute.resolve.saved', { kind, outcome: t(`panels.dispute.resolve.outcomes.${v.outcome}`) }));
  });

  return (
    <FormProvider {...form}>
      <form className="card panel-form" onSubmit={submit} noValidate data-testid={`dispute-resolve-${dispute.id}`} aria-label={t('panels.dispute.resolve.title', { kind })}>
        <h4>{t('panels.dispute.resolve.title', { kind })}</h4>
        <p className="small muted">{t('panels.dispute.resolve.liftsHold')}</p>
        <FormFields>
          <ChoiceField name="outcome" label={t('panels.dispute.resolve.outcome')} choices={DISPUTE_OUTCOMES.map((o) => ({ value: o, label: t(`panels.dispute.resolve.outcomes.${o}`) }))} testId="dispute-resolve-outcome" />
          <TextAreaField name="resolution" label={t('panels.dispute.resolve.text')} placeholder={t('panels.dispute.resolve.textHint', { min: DISPUTE_RESOLUTION_MIN_LENGTH })} maxLength={DISPUTE_TEXT_MAX_LENGTH} required testId="dispute-resolve-text" />
        </FormFields>
        <ActionErrorText error={error} testId="dispute-resolve-error" />
        <Notice text={saved} testId="dispute-resolve-saved" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="dispute-resolve-submit">
            {t('panels.dispute.resolve.submit')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
