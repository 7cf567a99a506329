import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { OUTCOME_LABELS, outcomesForChannel, type OutcomeCode } from '../../../../../shared/fieldwork/outcomes';
import type { Attachment, Visit } from '../../../../../shared/fieldwork/records';
import { validateVisitRecord, visitResultDayProblem } from '../../../../../shared/fieldwork/visits';
import { useAppStore } from '../../../state/appStore';
import { ChoiceField, FormButtons, FormFields, TextAreaField, TextField, useZodForm } from '../../../ui/form';
import { recordVisit } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText, todayOf } from './common';
import { VisitAttachments } from './VisitAttachments';
import { WordingCheck, useWordingCheck } from '../WordingCheck';

/** Only what can happen on a doorstep: phone outcomes (本人接通…) are not offered. */
const VISIT_OUTCOMES = outcomesForChannel('visit');

type Translate = ReturnType<typeof useTranslation>['t'];

function resultSchema(t: Translate, visit: Visit) {
  return z
    .object({ outcome: z.string().min(1, t('fieldwork.error.outcome_required')), peopleMet: z.string().max(200), notes: z.string().max(2000) })
    .superRefine((v, ctx) => {
      const problems = validateVisitRecord({ staff: visit.staff, status: 'done', outcome: (v.outcome || null) as OutcomeCode | null, peopleMet: v.peopleMet.trim() || null });
      for (const p of problems) {
        if (p.field === 'outcome' && v.outcome === '') continue; // said once, by min(1)
        ctx.addIssue({ code: 'custom', path: [p.field === 'staff' ? 'outcome' : p.field], message: t(`fieldwork.error.${p.code}`, p.params) });
      }
    });
}

/** What happened on a planned visit: who was met, the outcome, notes and the photos taken. */
export function VisitRecordForm({ visit, timeZone, onDone }: { visit: Visit; timeZone: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const act = useAppStore((s) => s.act);
  const labels = OUTCOME_LABELS[i18n.language === 'en' ? 'en' : 'zh-CN'];
  const schema = useMemo(() => resultSchema(t, visit), [t, visit]);
  const form = useZodForm(schema, { outcome: visit.outcome ?? '', peopleMet: visit.peopleMet ?? '', notes: visit.notes });
  const [attached, setAttached] = useState<Attachment[]>([]);
  const [error, setError] = useState<ActionError | null>(null);
  // A result for a day that has not come is refused before anything is typed, not after.
  const tooEarly = visitResultDayProblem(visit.plannedFor, todayOf(timeZone));
  const notes = form.watch('notes') ?? '';
  const wording = useWordingCheck(notes);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    if (wording.blocks) return;
    const record: Visit = {
      ...visit,
      status: 'done',
      peopleMet: v.peopleMet.trim() || null,
      outcome: v.outcome as OutcomeCode,
      notes: v.notes.trim(),
      attachmentIds: [...new Set([...visit.attachmentIds, ...attached.map((a) => a.id)])],
    };
    const result = await act(recordVisit, record);
    if (!result.ok) return setError(result.error);
    onDone();
  });

  if (tooEarly) {
    return (
      <div className="panel-form" data-testid={`visit-result-form-${visit.id}`}>
        <p className="warning" role="alert" data-testid="visit-result-too-early">
          {t(`fieldwork.error.${tooEarly.code}`, tooEarly.params)}
        </p>
        <FormButtons>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </FormButtons>
      </div>
    );
  }

  return (
    <FormProvider {...form}>
      <form className="panel-form" onSubmit={submit} noValidate data-testid={`visit-result-form-${visit.id}`} aria-label={t('panels.visit.recordResult')}>
        <p className="field-hint">{t('panels.visit.resultDay', { date: visit.plannedFor })}</p>
        <FormFields>
          <ChoiceField name="outcome" label={t('panels.visit.outcome')} prompt={t('panels.visit.chooseOutcome')} choices={VISIT_OUTCOMES.map((o) => ({ value: o, label: labels[o] }))} autoFocus required testId="visit-outcome" />
          <TextField name="peopleMet" label={t('panels.visit.peopleMet')} placeholder={t('panels.visit.peopleMetPlaceholder')} maxLength={200} testId="visit-people-met" />
          <TextAreaField name="notes" label={t('panels.visit.notes')} maxLength={2000} testId="visit-notes" />
        </FormFields>
        <WordingCheck text={notes} findings={wording.findings} testId="visit-notes-wording" />
        <VisitAttachments caseId={visit.caseId} visitId={visit.id} attached={attached} onAttached={(a) => setAttached((list) => (list.some((x) => x.id === a.id) ? list : [...list, a]))} />
        <ActionErrorText error={error} testId="visit-record-error" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting || wording.blocks} data-testid="visit-record-submit">
            {t('panels.visit.saveResult')}
          </button>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
