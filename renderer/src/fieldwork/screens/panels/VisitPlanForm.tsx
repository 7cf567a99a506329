import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Case } from '../../../../../shared/domain/case';
import { isLocalDate } from '../../../../../shared/calendar';
import { validateVisitRecord } from '../../../../../shared/fieldwork/visits';
import { newId } from '../../../../../shared/sync';
import { useAppStore } from '../../../state/appStore';
import { ChoiceField, DateField, FormButtons, FormFields, PeoplePicker, TextField, useZodForm, type Person } from '../../../ui/form';
import { planVisit } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText, Notice, nowIso, todayOf } from './common';
import { addressText, splitNames } from './visitHelpers';

type Translate = ReturnType<typeof useTranslation>['t'];

/** The names going on the visit: colleagues picked from the list, then anyone typed (e.g. a lawyer). */
const staffNamesOf = (people: readonly Person[], picked: readonly string[], others: string) => [...people.filter((p) => picked.includes(p.id)).map((p) => p.name), ...splitNames(others)];

function planSchema(t: Translate, today: string, people: readonly Person[]) {
  return z
    .object({
      plannedFor: z
        .string()
        .refine(isLocalDate, t('fieldwork.error.date_invalid'))
        .refine((d) => !isLocalDate(d) || d >= today, t('panels.visit.dateInPast')),
      addressId: z.string().min(1, t('panels.visit.addressRequired')),
      staffIds: z.array(z.string()),
      others: z.string().max(200),
    })
    .superRefine((v, ctx) => {
      const staff = staffNamesOf(people, v.staffIds, v.others);
      for (const p of validateVisitRecord({ staff, status: 'planned', outcome: null, peopleMet: null })) {
        ctx.addIssue({ code: 'custom', path: ['staffIds'], message: t(`fieldwork.error.${p.code}`, p.params) });
      }
    });
}

/**
 * Plans a field visit (外访) for a day, at an active address of one of the parties, with at least two
 * staff: colleagues of the operator's branch picked from a searchable list, and anyone else typed.
 */
export function VisitPlanForm({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const operator = useAppStore((s) => s.operator);
  const allStaff = useAppStore((s) => s.staff);
  const people = useMemo<Person[]>(
    () => allStaff.filter((s) => s.branchCode === operator.branchCode).map((s) => ({ id: s.id, name: s.name, detail: t(`staffRole.${s.role}`) })),
    [allStaff, operator.branchCode, t],
  );
  const today = todayOf(caseRecord.timeZone);
  const schema = useMemo(() => planSchema(t, today, people), [t, today, people]);
  const form = useZodForm(schema, { plannedFor: today, addressId: '', staffIds: [operator.id], others: '' });
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const hasActive = caseRecord.parties.some((p) => p.addresses.some((a) => !a.retiredAt));
  const going = staffNamesOf(people, form.watch('staffIds') ?? [], form.watch('others') ?? '');

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    setSaved(null);
    const visit = { id: newId(), caseId: caseRecord.id, plannedFor: v.plannedFor, addressId: v.addressId, staff: staffNamesOf(people, v.staffIds, v.others), status: 'planned' as const, peopleMet: null, outcome: null, notes: '', attachmentIds: [], recordedAt: nowIso() };
    const result = await act(planVisit, visit);
    if (!result.ok) return setError(result.error);
    setSaved(t('panels.visit.planned', { date: v.plannedFor }));
    form.reset({ ...v, others: '' });
  });

  const groups = caseRecord.parties.map((p) => ({
    label: `${p.name}（${t(`role.${p.role}`)}）`,
    choices: p.addresses.filter((a) => !a.retiredAt).map((a) => ({ value: a.id, label: `${t(`addressKind.${a.kind}`)}：${addressText(a)}` })),
  }));

  return (
    <FormProvider {...form}>
      <form className="card panel-form" onSubmit={submit} noValidate data-testid="visit-form" aria-label={t('panels.visit.plan')}>
        <h3>{t('panels.visit.plan')}</h3>
        {!hasActive && <p className="warning">{t('panels.visit.noActiveAddress')}</p>}
        <FormFields>
          <DateField name="plannedFor" label={t('panels.visit.date')} min={today} required testId="visit-date" />
          <ChoiceField name="addressId" label={t('panels.visit.address')} prompt={t('panels.visit.chooseAddress')} groups={groups} required testId="visit-address" />
          <PeoplePicker name="staffIds" label={t('panels.visit.staff')} hint={t('panels.visit.staffHint')} people={people} required testId="visit-staff" />
          <TextField name="others" label={t('panels.visit.otherStaff')} placeholder={t('panels.visit.otherStaffPlaceholder')} maxLength={200} testId="visit-staff-other" hint={<span data-testid="visit-staff-summary">{t('panels.visit.going', { names: going.join(t('common.listSeparator')) || '—', count: going.length })}</span>} />
        </FormFields>
        <ActionErrorText error={error} testId="visit-error" />
        <Notice text={saved} testId="visit-saved" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="visit-submit">
            {t('panels.visit.submitPlan')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
