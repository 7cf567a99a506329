import { useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Case } from '../../../../../shared/domain/case';
import { toChineseCapitals } from '../../../../../shared/domain/capitals';
import { totalOfAmounts } from '../../../../../shared/domain/money';
import { draftPlan, needsApproval } from '../../../../../shared/fieldwork/plans';
import { newId } from '../../../../../shared/sync';
import { useAppStore } from '../../../state/appStore';
import { ChoiceField, DateField, FormButtons, FormFields, ReadOnlyField, TextAreaField, TextField, useZodForm } from '../../../ui/form';
import { createPlan } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { formatFen } from '../../../ui/format';
import { ActionErrorText, Notice, nowIso, todayOf } from './common';
import { CustomScheduleEditor } from './CustomScheduleEditor';
import { currentLimits } from '../../../config/configInForce';
import { previewPlan, seedCustomRows, type PlanField, type PlanFormState } from './planDraft';
import { ScheduleTable } from './ScheduleTable';
import { charCount, WAIVER_REASON_MIN_LENGTH } from '../../../../../shared/records/limits';
import { WordingCheck, useWordingCheck } from '../WordingCheck';

type Translate = ReturnType<typeof useTranslation>['t'];
type PlanValues = PlanFormState & { notes: string };

const PLAN_FIELDS: PlanField[] = ['agreed', 'downPayment', 'count', 'firstDue'];

const initialForm = (firstDue: string): PlanValues => ({
  agreed: '',
  downPayment: '',
  count: '6',
  firstDue,
  interval: 'monthly',
  kind: 'equal',
  rows: [],
  customHasDown: false,
  notes: '',
});

/**
 * The plan's own checks (previewPlan: amounts, count, the schedule) put on the fields they concern, a first
 * instalment not before today, and a waiver's reason long enough for the supervisor to decide on.
 */
const planSchema = (t: Translate, outstandingFen: number, today: string) =>
  z
    .object({
      agreed: z.string(),
      downPayment: z.string(),
      count: z.string(),
      firstDue: z.string(),
      interval: z.enum(['monthly', 'biweekly', 'weekly']),
      kind: z.enum(['equal', 'custom']),
      rows: z.array(z.object({ dueDate: z.string(), amount: z.string() })),
      customHasDown: z.boolean(),
      notes: z.string().max(500),
    })
    .superRefine((v, ctx) => {
      const preview = previewPlan(v, outstandingFen);
      for (const field of PLAN_FIELDS) {
        const m = preview.fieldErrors[field];
        if (m) ctx.addIssue({ code: 'custom', path: [field], message: t(m.key, m.params) });
      }
      if (v.kind === 'equal' && !preview.fieldErrors.firstDue && v.firstDue < today) ctx.addIssue({ code: 'custom', path: ['firstDue'], message: t('formRule.dateInPast', { min: today }) });
      // Row and schedule messages are shown by the schedule editor and under it; here they only stop the submit.
      if (!preview.instalments) ctx.addIssue({ code: 'custom', path: ['rows'], message: '' });
      if ((preview.waiverFen ?? 0) > 0 && charCount(v.notes) < WAIVER_REASON_MIN_LENGTH) ctx.addIssue({ code: 'custom', path: ['notes'], message: t('planWaiver.reasonRequired', { min: WAIVER_REASON_MIN_LENGTH }) });
    });

/** Drafts a repayment plan; draftPlan decides whether the waiver needs a supervisor (maker-checker). */
export function PlanForm({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const operator = useAppStore((s) => s.operator);
  const outstandingFen = caseRecord.accounts.reduce((s, a) => s + totalOfAmounts(a.amounts), 0);
  const today = todayOf(caseRecord.timeZone);
  const schema = useMemo(() => planSchema(t, outstandingFen, today), [t, outstandingFen, today]);
  const form = useZodForm(schema, initialForm(today));
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const values = form.watch() as PlanValues;
  const preview = previewPlan(values, outstandingFen);
  // Errors show once the user tried to submit, so a half-typed form is not shouted at.
  const tried = form.formState.isSubmitted;
  const approvalNeeded = preview.waiverFen !== null && needsApproval({ waiverFen: preview.waiverFen }, currentLimits().waiverLimitFen);
  const wording = useWordingCheck(values.notes);
  const custom = values.kind === 'custom';

  // Switching to a custom schedule starts from the equal one, so the collector edits rather than types it all.
  useEffect(() => {
    if (custom && form.getValues('rows').length === 0) {
      const seed = seedCustomRows(form.getValues(), outstandingFen);
      form.setValue('rows', seed.rows);
      form.setValue('customHasDown', seed.customHasDown);
    }
  }, [custom, form, outstandingFen]);
  useEffect(() => {
    const sub = form.watch(() => setSaved(null));
    return () => sub.unsubscribe();
  }, [form]);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const instalments = previewPlan(v, outstandingFen).instalments;
    if (!instalments || wording.blocks) return;
    const plan = draftPlan({ id: newId(), caseId: caseRecord.id, outstandingFen, instalments, kind: v.kind, createdAt: nowIso(), makerId: operator.id }, currentLimits().waiverLimitFen);
    const result = await act(createPlan, { plan, notes: v.notes.trim() });
    if (!result.ok) return setError(result.error);
    form.reset(initialForm(todayOf(caseRecord.timeZone)));
    setSaved(t(result.value.approval.status === 'pending' ? 'panels.plan.savedPending' : 'panels.plan.savedActive'));
  });

  return (
    <FormProvider {...form}>
      <form className="card panel-form" onSubmit={submit} noValidate data-testid="plan-form" aria-label={t('panels.plan.new')}>
        <h3>{t('panels.plan.new')}</h3>
        <FormFields>
          <ReadOnlyField label={t('panels.plan.outstanding')}>
            <span className="num" data-testid="plan-outstanding">
              {formatFen(outstandingFen)}
            </span>
          </ReadOnlyField>
          <TextField name="agreed" label={t('panels.plan.agreedTotal')} inputMode="decimal" autoComplete="off" required testId="plan-agreed-total" />
          <ReadOnlyField label={t('panels.plan.waiver')} testId="plan-waiver">
            {preview.waiverFen === null ? (
              <span className="muted">—</span>
            ) : (
              <>
                <span className="num">{formatFen(preview.waiverFen)}</span> <span className="small">{toChineseCapitals(preview.waiverFen)}</span>
              </>
            )}
          </ReadOnlyField>
          <ChoiceField
            name="kind"
            label={t('panels.plan.kind')}
            choices={[
              { value: 'equal', label: t('panels.plan.kindEqual') },
              { value: 'custom', label: t('panels.plan.kindCustom') },
            ]}
            testId="plan-kind"
          />
          <TextField name="downPayment" label={t('panels.plan.downPayment')} inputMode="decimal" placeholder="0.00" autoComplete="off" disabled={custom} testId="plan-down-payment" />
          <TextField name="count" label={t('panels.plan.count')} type="number" min={1} max={360} step={1} disabled={custom} testId="plan-count" />
          <DateField name="firstDue" label={t('panels.plan.firstDue')} min={today} disabled={custom} testId="plan-first-due" />
          <ChoiceField name="interval" label={t('panels.plan.interval')} choices={(['monthly', 'biweekly', 'weekly'] as const).map((v) => ({ value: v, label: t(`panels.plan.intervals.${v}`) }))} disabled={custom} testId="plan-interval" />
        </FormFields>
        {custom && (
          <CustomScheduleEditor
            rows={values.rows}
            customHasDown={values.customHasDown}
            rowErrors={tried ? preview.rowErrors : {}}
            onChange={(rows, customHasDown) => {
              form.setValue('rows', rows, { shouldValidate: tried });
              form.setValue('customHasDown', customHasDown, { shouldValidate: tried });
            }}
          />
        )}
        {tried &&
          preview.scheduleErrors.map((m, i) => (
            <p key={i} className="error" role="alert">
              {t(m.key, m.params)}
            </p>
          ))}
        {preview.instalments ? <ScheduleTable instalments={preview.instalments} testId="plan-preview" /> : custom && <p className="muted small">{t('panels.plan.customSum', { sum: formatFen(preview.sumFen) })}</p>}
        {approvalNeeded && (
          <p className="warning" data-testid="plan-needs-approval">
            {t('panels.plan.needsApproval', { limit: formatFen(currentLimits().waiverLimitFen) })}
          </p>
        )}
        <FormFields>
          <TextAreaField
            name="notes"
            label={(preview.waiverFen ?? 0) > 0 ? t('planWaiver.reason') : t('panels.plan.notes')}
            rows={2}
            maxLength={500}
            testId="plan-notes"
            hint={wording.findings.length > 0 ? <WordingCheck text={values.notes} findings={wording.findings} testId="plan-notes-wording" /> : undefined}
          />
        </FormFields>
        <ActionErrorText error={error} testId="plan-error" />
        <Notice text={saved} testId="plan-saved" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting || wording.blocks} data-testid="plan-submit">
            {approvalNeeded ? t('panels.plan.submitForApproval') : t('panels.plan.submit')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
