import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Case } from '../../../../shared/domain/case';
import { ArrangementTextSchema } from '../../../../shared/records/arrangement';
import type { Attachment } from '../../../../shared/records/attachment';
import { ARRANGEMENT_KINDS, ARRANGEMENT_TEXT_MAX_LENGTH, ARRANGEMENT_TEXT_MIN_LENGTH } from '../../../../shared/records/limits';
import { ActionErrorText, Notice, todayOf } from '../../fieldwork/screens/panels/common';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { useAppStore } from '../../state/appStore';
import { ChoiceField, DateField, FormButtons, FormFields, MultiChoiceField, TextAreaField, optionalDateText, useZodForm } from '../../ui/form';
import { proposeArrangement } from '../actions';

type Translate = ReturnType<typeof useTranslation>['t'];

// The record's own rule checks the text, so the form says what the action would refuse; a decision is asked for
// by a day still to come.
const arrangementSchema = (t: Translate, today: string) => {
  const text = z.string().refine((s) => ArrangementTextSchema.safeParse(s).success, t('arrangements.form.textTooShort', { min: ARRANGEMENT_TEXT_MIN_LENGTH }));
  return z.object({
    kind: z.enum(ARRANGEMENT_KINDS),
    proposal: text,
    reasons: text,
    decideBy: optionalDateText(t, { min: today }),
    evidence: z.array(z.string()),
  });
};

/** Proposes a special-customer arrangement; it waits for a supervisor and does not apply before. */
export function ArrangementForm({ caseRecord, attachments, onDone }: { caseRecord: Case; attachments: Attachment[]; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const today = todayOf(caseRecord.timeZone);
  const schema = useMemo(() => arrangementSchema(t, today), [t, today]);
  const blank = { proposal: '', reasons: '', decideBy: '', evidence: [] as string[] };
  const form = useZodForm(schema, { kind: 'hardship', ...blank });
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const result = await act(proposeArrangement, { caseId: caseRecord.id, kind: v.kind, proposal: v.proposal, reasons: v.reasons, evidenceIds: v.evidence, decideBy: v.decideBy || null });
    if (!result.ok) return setError(result.error);
    setSaved(t('arrangements.form.saved'));
    form.reset({ kind: v.kind, ...blank });
    onDone();
  });

  return (
    <FormProvider {...form}>
      <form className="card panel-form" onSubmit={submit} noValidate data-testid="arrangement-form" aria-label={t('arrangements.form.title')}>
        <h3>{t('arrangements.form.title')}</h3>
        <FormFields>
          <ChoiceField name="kind" label={t('arrangements.form.kind')} choices={ARRANGEMENT_KINDS.map((k) => ({ value: k, label: t(`arrangements.kind.${k}`) }))} testId="arrangement-kind" />
          <TextAreaField name="proposal" label={t('arrangements.form.proposal')} rows={2} maxLength={ARRANGEMENT_TEXT_MAX_LENGTH} required testId="arrangement-proposal" />
          <TextAreaField name="reasons" label={t('arrangements.form.reasons')} rows={3} maxLength={ARRANGEMENT_TEXT_MAX_LENGTH} required testId="arrangement-reasons" />
          <DateField name="decideBy" label={t('arrangements.form.decideBy')} min={today} testId="arrangement-decide-by" />
          <MultiChoiceField name="evidence" label={t('arrangements.form.evidence')} choices={attachments.map((a) => ({ value: a.id, label: a.fileName }))} empty={t('arrangements.form.noAttachments')} testId="arrangement-evidence" />
        </FormFields>
        <ActionErrorText error={error} testId="arrangement-error" />
        <Notice text={saved} testId="arrangement-saved" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="arrangement-submit">
            {t('arrangements.form.submit')}
          </button>
          <button type="button" onClick={onDone}>
            {t('arrangements.form.cancel')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
