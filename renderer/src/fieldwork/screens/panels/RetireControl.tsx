import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ActionError, ActionResult } from '../../state/fieldworkSlice';
import { ActionErrorText } from './common';
import { charCount, RETIRE_REASON_MIN_LENGTH } from '../../../../../shared/records/limits';
import { FormButtons, FormFields, TextField, useZodForm } from '../../../ui/form';

interface Props {
  /** What is being retired, for the button's accessible name ("停用 138****0000"). */
  label: string;
  testId: string;
  retire: (reason: string) => Promise<ActionResult<unknown>>;
}

type Translate = ReturnType<typeof useTranslation>['t'];

const retireSchema = (t: Translate) =>
  z.object({
    reason: z
      .string()
      .trim()
      .max(200)
      .refine((r) => charCount(r) >= RETIRE_REASON_MIN_LENGTH, t('panels.contact.reasonTooShort', { min: RETIRE_REASON_MIN_LENGTH })),
  });

/** Retires a phone or address with a reason: it stays in the history, struck through, never deleted. */
export function RetireControl({ label, testId, retire }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const schema = useMemo(() => retireSchema(t), [t]);
  const form = useZodForm(schema, { reason: '' });
  const [error, setError] = useState<ActionError | null>(null);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const result = await retire(v.reason);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    form.reset({ reason: '' });
  });

  if (!open) {
    return (
      <button type="button" className="small" onClick={() => setOpen(true)} aria-label={t('panels.contact.retireLabel', { what: label })} data-testid={testId}>
        {t('panels.contact.retire')}
      </button>
    );
  }
  return (
    <FormProvider {...form}>
      <form className="retire-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)} noValidate data-testid={`${testId}-form`} aria-label={t('panels.contact.retireLabel', { what: label })}>
        <FormFields compact>
          <TextField name="reason" label={t('panels.contact.retireReason')} maxLength={200} autoFocus required testId="retire-reason" />
        </FormFields>
        <ActionErrorText error={error} />
        <FormButtons>
          <button type="submit" className="primary small" disabled={form.formState.isSubmitting} data-testid="retire-confirm">
            {t('panels.contact.confirmRetire')}
          </button>
          <button type="button" className="small" onClick={() => setOpen(false)}>
            {t('common.cancel')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
