import { useMemo } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { UNMASK_REASONS } from '../../i18n/modules/access';
import { ChoiceField, FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';

type Translate = (key: string, params?: Record<string, unknown>) => string;
const DETAIL_MAX = 200;

/** Why a masked value is shown: a reason from the list and a note, both required (the access log keeps them). */
export const unmaskSchema = (t: Translate) =>
  z.object({
    reason: z.string().refine((r) => (UNMASK_REASONS as string[]).includes(r), t('unmask.pick')),
    detail: z.string().trim().min(1, t('unmask.detailNeeded')).max(DETAIL_MAX, t('formRule.tooLong', { max: DETAIL_MAX })),
  });

/** The reason asked before a masked value shows; `onConfirm` records the unmask (its text: the reason in words, then the note). */
export function UnmaskForm({ label, testId, onConfirm, onCancel }: { label: string; testId: string; onConfirm: (text: string) => Promise<void>; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useZodForm(useMemo(() => unmaskSchema(t), [t]), { reason: '', detail: '' });
  const submit = form.handleSubmit((v) => onConfirm(`${t(`unmask.reasons.${v.reason}`)}: ${v.detail}`));
  return (
    <FormProvider {...form}>
      <form className="unmask-form" onSubmit={(e) => void submit(e)} noValidate aria-label={label}>
        <FormFields compact>
          <ChoiceField name="reason" label={t('unmask.reasonLabel')} prompt={t('unmask.pick')} choices={UNMASK_REASONS.map((r) => ({ value: r, label: t(`unmask.reasons.${r}`) }))} required testId={`${testId}-reason`} />
          <TextField name="detail" label={t('unmask.detail')} maxLength={DETAIL_MAX} required testId={`${testId}-detail`} />
        </FormFields>
        <FormButtons>
          <button type="submit" disabled={form.formState.isSubmitting} data-testid={`${testId}-confirm`}>
            {t('unmask.confirm')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('unmask.cancel')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
