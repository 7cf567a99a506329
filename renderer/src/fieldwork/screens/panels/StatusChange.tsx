import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CASE_STATUSES, HOLD_REASONS, type Case, type CaseStatus } from '../../../../../shared/domain/case';
import { TRANSITIONS, transitionCase, type HoldReason } from '../../../../../shared/fieldwork/caseStatus';
import { useAppStore } from '../../../state/appStore';
import { setCaseStatus } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText } from './common';
import { ChoiceField, FormButtons, FormFields, TextField, useZodForm } from '../../../ui/form';

type Translate = ReturnType<typeof useTranslation>['t'];

const verdictOf = (from: CaseStatus, to: string, holdReason: string) => transitionCase(from, to as CaseStatus, { holdReason: to === 'on_hold' && holdReason ? (holdReason as HoldReason) : null });

// The state machine (transitionCase) decides; a forbidden target is explained under the form, not here.
const statusSchema = (t: Translate, from: CaseStatus) =>
  z
    .object({ to: z.string().min(1, t('panels.status.chooseFirst')), holdReason: z.string(), note: z.string().trim().max(200) })
    .superRefine((v, ctx) => {
      if (!v.to) return;
      const verdict = verdictOf(from, v.to, v.holdReason);
      if (verdict.ok) return;
      if (verdict.code === 'hold_reason_required') ctx.addIssue({ code: 'custom', path: ['holdReason'], message: t('fieldwork.error.hold_reason_required') });
      else ctx.addIssue({ code: 'custom', path: ['to'], message: '' });
    });

/**
 * A status change by hand. Every status is listed (the allowed ones first) so a collector who looks for a
 * move the state machine forbids sees why, with the moves it does allow, instead of a missing option.
 */
export function StatusChange({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const from = caseRecord.status;
  const allowed = TRANSITIONS[from];
  const others = CASE_STATUSES.filter((s) => s !== from && !allowed.includes(s));
  const schema = useMemo(() => statusSchema(t, from), [t, from]);
  const form = useZodForm(schema, { to: '', holdReason: '', note: '' });
  const [error, setError] = useState<ActionError | null>(null);
  const [to, holdReason] = form.watch(['to', 'holdReason']);
  const verdict = to ? verdictOf(from, to, holdReason) : null;
  const allowedText = allowed.map((s) => t(`caseStatus.${s}`)).join(t('common.listSeparator')) || t('panels.status.nothing');
  // Refusing a forbidden target shows at once, with the moves that are allowed.
  const refusal = verdict && !verdict.ok && verdict.code === 'invalid_transition' ? verdict : null;

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const checked = verdictOf(from, v.to, v.holdReason);
    if (!checked.ok) return;
    const result = await act(setCaseStatus, { caseId: caseRecord.id, to: checked.to, holdReason: checked.holdReason, note: v.note });
    if (!result.ok) return setError(result.error);
    form.reset({ to: '', holdReason: '', note: '' });
  });

  if (allowed.length === 0) return <p className="muted" data-testid="status-final">{t('panels.status.final', { status: t(`caseStatus.${from}`) })}</p>;

  return (
    <FormProvider {...form}>
      <form className="card panel-form" onSubmit={submit} noValidate data-testid="status-form" aria-label={t('panels.status.change')}>
        <h3>{t('panels.status.change')}</h3>
        <p className="small muted">{t('panels.status.allowedFrom', { from: t(`caseStatus.${from}`), allowed: allowedText })}</p>
        <FormFields>
          <ChoiceField
            name="to"
            label={t('panels.status.to')}
            required
            prompt={t('panels.status.choose')}
            groups={[
              { label: t('panels.status.allowedGroup'), choices: allowed.map((s) => ({ value: s, label: t(`caseStatus.${s}`) })) },
              ...(others.length > 0 ? [{ label: t('panels.status.notAllowedGroup'), choices: others.map((s) => ({ value: s, label: t('panels.status.notAllowedOption', { status: t(`caseStatus.${s}`) }) })) }] : []),
            ]}
            hint={
              refusal ? (
                <span className="error" role="alert" data-testid="status-refusal">
                  {t(`fieldwork.error.${refusal.code}`)} {t('panels.status.refusedExplain', { from: t(`caseStatus.${from}`), to: t(`caseStatus.${refusal.to}`), allowed: allowedText })}
                </span>
              ) : undefined
            }
            testId="status-select"
          />
          {to === 'on_hold' && <ChoiceField name="holdReason" label={t('panels.status.holdReason')} required prompt={t('panels.status.choose')} choices={HOLD_REASONS.map((r) => ({ value: r, label: t(`holdReason.${r}`) }))} testId="status-hold-reason" />}
          <TextField name="note" label={t('panels.status.note')} maxLength={200} testId="status-note" />
        </FormFields>
        <ActionErrorText error={error} testId="status-error" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="status-submit">
            {t('panels.status.submit')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
