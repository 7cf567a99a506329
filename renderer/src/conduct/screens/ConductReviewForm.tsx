import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { charCount, CONDUCT_REVIEW_NOTE_MIN_LENGTH, REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { ActionErrorText, Notice } from '../../fieldwork/screens/panels/common';
import { useAppStore } from '../../state/appStore';
import { FormButtons, FormFields, requiredText, TextField, useZodForm } from '../../ui/form';
import { reviewException } from '../actions/reviewException';

type Translate = (key: string, params?: Record<string, unknown>) => string;

// The record's rule wants a note the audit can read (shared/records/conductReview.ts); the form says so first.
export const conductReviewSchema = (t: Translate) =>
  z.object({
    note: requiredText(t, REASON_MAX_LENGTH).refine((n) => charCount(n) >= CONDUCT_REVIEW_NOTE_MIN_LENGTH, t('formRule.tooShort', { min: CONDUCT_REVIEW_NOTE_MIN_LENGTH })),
  });

/** The supervisor's review of one conduct exception: what was done about it, then it is marked reviewed. */
export function ConductReviewForm({ exceptionId }: { exceptionId: string }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const form = useZodForm(useMemo(() => conductReviewSchema(t), [t]), { note: '' });
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const result = await act(reviewException, { exceptionId, note: v.note });
    if (!result.ok) return setError(result.error);
    setSaved(true);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('conductReview.note')}>
        <FormFields>
          <TextField name="note" label={t('conductReview.note')} maxLength={REASON_MAX_LENGTH} required testId="conduct-review-note" />
        </FormFields>
        <FormButtons>
          <button type="submit" disabled={form.formState.isSubmitting || saved} data-testid="conduct-review-submit">
            {t('conductReview.submit')}
          </button>
        </FormButtons>
        <ActionErrorText error={error} testId="conduct-review-error" />
        <Notice text={saved ? t('conductReview.saved') : null} testId="conduct-review-saved" />
      </form>
    </FormProvider>
  );
}
