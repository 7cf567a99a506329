import { useEffect, useId, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ASSIGN_GROUPINGS, ASSIGN_RULES, planAssignment, type AssignMethod, type Holding, type PlannableCase } from '../../../../shared/assignment/planner';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import { ASSIGN_REASON_MIN_LENGTH, charCount, REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { ChoiceField, FormButtons, FormFields, PersonField, RadioField, TextAreaField, useZodForm } from '../../ui/form';
import { assignCases } from '../actions';
import { AssignPreview } from './AssignPreview';

/** Who holds cases: collectors, and (by hand only) the branch's supervisor. */
const HOLDERS = new Set(['collector', 'supervisor']);

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** What the dialog asks, with the refusals in the user's language: a reason the audit can read, one person when by hand. */
export const assignSchema = (t: Translate) =>
  z
    .object({
      scope: z.enum(['selected', 'filtered']),
      kind: z.enum(['manual', 'rule']),
      officerId: z.string(),
      rule: z.enum(ASSIGN_RULES),
      within: z.enum(ASSIGN_GROUPINGS),
      reason: z
        .string()
        .trim()
        .refine((r) => charCount(r) >= ASSIGN_REASON_MIN_LENGTH, t('assignment.error.tooShort', { min: ASSIGN_REASON_MIN_LENGTH }))
        .refine((r) => charCount(r) <= REASON_MAX_LENGTH, t('formRule.tooLong', { max: REASON_MAX_LENGTH })),
    })
    .refine((v) => v.kind === 'rule' || v.officerId !== '', { path: ['officerId'], message: t('formRule.choosePerson') });

interface Props {
  /** The rows the list shows now (all that match the filter). */
  shown: readonly CaseRow[];
  selected: ReadonlySet<string>;
  onClose: (assigned: number) => void;
}

export function AssignDialog({ shown, selected, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const staff = useAppStore((s) => s.staff);
  const operator = useAppStore((s) => s.operator);
  const allRows = useAppStore((s) => s.rows);
  const reads = useAppStore(selectReads);
  const act = useAppStore((s) => s.act);
  const reloadRows = useAppStore((s) => s.reloadRows);

  const form = useZodForm(useMemo(() => assignSchema(t), [t]), { scope: selected.size > 0 ? 'selected' : 'filtered', kind: 'manual', officerId: '', rule: 'balance', within: 'none', reason: '' });
  const [scope, kind, officerId, rule, within] = form.watch(['scope', 'kind', 'officerId', 'rule', 'within']);
  const [districts, setDistricts] = useState<Map<string, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const busy = form.formState.isSubmitting;

  const scoped = useMemo(() => (scope === 'selected' ? shown.filter((r) => selected.has(r.id)) : shown), [scope, shown, selected]);
  const branchCode = scoped[0]?.branchCode ?? operator.branchCode;
  const people = useMemo(() => staff.filter((s) => HOLDERS.has(s.role) && s.branchCode === branchCode), [staff, branchCode]);
  const collectors = useMemo(() => people.filter((s) => s.role === 'collector').map((s) => s.id), [people]);
  const choosable = useMemo(() => people.map((s) => ({ id: s.id, name: s.name, detail: t(`staffRole.${s.role}`) })), [people, t]);

  useEffect(() => {
    let live = true;
    if (within === 'district' && reads) void reads.districts(scoped.map((r) => r.id)).then((d) => live && setDistricts(d));
    return () => {
      live = false;
    };
  }, [within, reads, scoped]);

  const plan = useMemo(() => {
    const inScope = new Set(scoped.map((r) => r.id));
    const holdings = new Map<string, Holding>();
    for (const r of allRows) {
      if (inScope.has(r.id) || r.officerId === null) continue;
      const h = holdings.get(r.officerId) ?? { officerId: r.officerId, count: 0, totalFen: 0 };
      h.count++;
      h.totalFen += r.totalFen;
      holdings.set(r.officerId, h);
    }
    const cases: PlannableCase[] = scoped.map((r) => ({ id: r.id, totalFen: r.totalFen, bucket: r.bucket, district: districts?.get(r.id) ?? '', officerId: r.officerId }));
    const method: AssignMethod | null = kind === 'manual' ? (officerId ? { kind, officerId } : null) : { kind, rule, within };
    const targets = kind === 'manual' ? people.map((p) => p.id) : collectors;
    if (!method || targets.length === 0 || cases.length === 0) return null;
    return planAssignment(cases, targets, method, [...holdings.values()]);
  }, [scoped, allRows, districts, kind, officerId, rule, within, people, collectors]);

  const confirm = form.handleSubmit(async (v) => {
    if (!plan || plan.moves.length === 0) return;
    setError(null);
    const result = await act(assignCases, { moves: plan.moves.map((m) => ({ caseId: m.caseId, officerId: m.officerId })), reason: v.reason, officers: people });
    if (!result.ok) return setError(result.error.message);
    await reloadRows();
    onClose(result.value.length);
  });

  return (
    <div className="assign-backdrop">
      <FormProvider {...form}>
        <form className="card assign-dialog" role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} onSubmit={(e) => void confirm(e)} noValidate data-testid="assign-dialog">
          <h2 id={`${id}-title`}>{t('assignment.title')}</h2>
          <FormFields>
            <RadioField
              name="scope"
              label={t('assignment.scope')}
              testId="assign-scope"
              choices={[
                { value: 'selected', label: selected.size > 0 ? t('assignment.scopeSelected', { n: selected.size }) : t('assignment.scopeNoneTicked'), disabled: selected.size === 0 },
                { value: 'filtered', label: t('assignment.scopeFiltered', { n: shown.length }) },
              ]}
            />
            <RadioField
              name="kind"
              label={t('assignment.method')}
              testId="assign-kind"
              choices={[
                { value: 'manual', label: t('assignment.manual') },
                { value: 'rule', label: t('assignment.rule') },
              ]}
            />
            {people.length === 0 && <p className="error">{t('assignment.noCollector')}</p>}
            {kind === 'manual' ? (
              <PersonField name="officerId" label={t('assignment.collector')} people={choosable} required testId="assign-collector" />
            ) : (
              <>
                <ChoiceField name="rule" label={t('assignment.ruleKind')} choices={ASSIGN_RULES.map((r) => ({ value: r, label: t(`assignment.rules.${r}`) }))} testId="assign-rule" />
                <ChoiceField name="within" label={t('assignment.within')} choices={ASSIGN_GROUPINGS.map((w) => ({ value: w, label: t(`assignment.withins.${w}`) }))} testId="assign-within" />
              </>
            )}
          </FormFields>
          {plan && (
            <>
              <h3>{t('assignment.preview')}</h3>
              <AssignPreview plan={plan} staff={staff} />
              <p data-testid="assign-moves">{plan.moves.length > 0 ? t('assignment.moves', { n: plan.moves.length }) : t('assignment.nothingMoves')}</p>
            </>
          )}
          <FormFields>
            <TextAreaField name="reason" label={t('assignment.reason')} hint={t('assignment.reasonHint', { min: ASSIGN_REASON_MIN_LENGTH })} rows={2} maxLength={REASON_MAX_LENGTH} required testId="assign-reason" />
          </FormFields>
          {error && <p className="error" role="alert" data-testid="assign-error">{error}</p>}
          <FormButtons>
            <button type="submit" className="primary" disabled={busy || !plan || plan.moves.length === 0} data-testid="assign-confirm">
              {busy ? t('assignment.working') : t('assignment.confirm')}
            </button>
            <button type="button" onClick={() => onClose(0)} disabled={busy}>{t('assignment.cancel')}</button>
          </FormButtons>
        </form>
      </FormProvider>
    </div>
  );
}
