import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Case } from '../../../../shared/domain/case';
import { LEGAL_PROCEEDINGS, LegalTextSchema } from '../../../../shared/records/legalReferral';
import { LEGAL_REASONS_MIN_LENGTH, LEGAL_TEXT_MAX_LENGTH } from '../../../../shared/records/limits';
import { ActionErrorText } from '../../fieldwork/screens/panels/common';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { useAppStore } from '../../state/appStore';
import { ChoiceField, FormButtons, FormFields, TextAreaField, useZodForm } from '../../ui/form';
import { referLegal } from '../actions';

type Translate = ReturnType<typeof useTranslation>['t'];

// The record's own rule checks the reasons, so the form says what the action would refuse.
const referralSchema = (t: Translate) =>
  z.object({
    proceeding: z.enum(LEGAL_PROCEEDINGS),
    reasons: z.string().refine((r) => LegalTextSchema.safeParse(r).success, t('legal.form.reasonsTooShort', { min: LEGAL_REASONS_MIN_LENGTH })),
  });

/** 诉讼申请: what action and why; the checklist and the claim are filled from the case by the action. */
export function ReferralForm({ caseRecord, onDone }: { caseRecord: Case; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const form = useZodForm(useMemo(() => referralSchema(t), [t]), { proceeding: 'suit', reasons: '' });
  const [error, setError] = useState<ActionError | null>(null);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const result = await act(referLegal, { caseId: caseRecord.id, proceeding: v.proceeding, reasons: v.reasons });
    if (!result.ok) return setError(result.error);
    onDone();
  });

  return (
    <FormProvider {...form}>
      <form className="card panel-form" onSubmit={submit} noValidate data-testid="legal-referral-form" aria-label={t('legal.form.title')}>
        <h3>{t('legal.form.title')}</h3>
        <FormFields>
          <ChoiceField name="proceeding" label={t('legal.form.proceeding')} choices={LEGAL_PROCEEDINGS.map((p) => ({ value: p, label: t(`legal.proceeding.${p}`) }))} testId="legal-proceeding" />
          <TextAreaField name="reasons" label={t('legal.form.reasons')} rows={3} maxLength={LEGAL_TEXT_MAX_LENGTH} required testId="legal-reasons" />
        </FormFields>
        <p className="muted small">{t('legal.form.checklistNote')}</p>
        <ActionErrorText error={error} testId="legal-referral-error" />
        <FormButtons>
          <button type="submit" disabled={form.formState.isSubmitting} data-testid="legal-referral-submit">
            {t('legal.form.submit')}
          </button>
          <button type="button" onClick={onDone}>
            {t('legal.form.cancel')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
