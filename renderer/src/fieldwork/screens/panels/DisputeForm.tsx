import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Case } from '../../../../../shared/domain/case';
import { TRANSITIONS } from '../../../../../shared/fieldwork/caseStatus';
import { DISPUTE_TEXT_MAX_LENGTH } from '../../../../../shared/records/limits';
import { useAppStore } from '../../../state/appStore';
import { ChoiceField, FormButtons, FormFields, TextAreaField, useZodForm } from '../../../ui/form';
import { openDispute } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText, Notice } from './common';

const MAX_DESCRIPTION = DISPUTE_TEXT_MAX_LENGTH;
type Translate = ReturnType<typeof useTranslation>['t'];

const disputeSchema = (t: Translate) =>
  z.object({
    kind: z.enum(['dispute', 'complaint']),
    description: z
      .string()
      .trim()
      .min(1, t('panels.dispute.descriptionRequired'))
      .max(MAX_DESCRIPTION, t('panels.dispute.descriptionTooLong', { max: MAX_DESCRIPTION })),
  });

/** Records a dispute (异议) or complaint (投诉); the data layer puts the case on hold in the same change. */
export function DisputeForm({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const schema = useMemo(() => disputeSchema(t), [t]);
  const form = useZodForm(schema, { kind: 'dispute', description: '' });
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const holds = caseRecord.status === 'on_hold' || TRANSITIONS[caseRecord.status].includes('on_hold');

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    setSaved(null);
    const result = await act(openDispute, { caseId: caseRecord.id, kind: v.kind, description: v.description });
    if (!result.ok) return setError(result.error);
    setSaved(t('panels.dispute.saved', { kind: t(`panels.dispute.kinds.${v.kind}`) }));
    form.reset({ kind: v.kind, description: '' });
  });

  return (
    <FormProvider {...form}>
      <form className="card panel-form" onSubmit={submit} noValidate data-testid="dispute-form" aria-label={t('panels.dispute.new')}>
        <h3>{t('panels.dispute.new')}</h3>
        <p className="small muted">{holds ? t('panels.dispute.putsOnHold') : t('panels.dispute.cannotHold', { status: t(`caseStatus.${caseRecord.status}`) })}</p>
        <FormFields>
          <ChoiceField name="kind" label={t('panels.dispute.kind')} choices={(['dispute', 'complaint'] as const).map((k) => ({ value: k, label: t(`panels.dispute.kinds.${k}`) }))} testId="dispute-kind" />
          <TextAreaField name="description" label={t('panels.dispute.description')} maxLength={MAX_DESCRIPTION} required testId="dispute-description" />
        </FormFields>
        <ActionErrorText error={error} testId="dispute-error" />
        <Notice text={saved} testId="dispute-saved" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="dispute-submit">
            {t('panels.dispute.submit')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
