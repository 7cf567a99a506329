import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { formatFen, parseYuanToFen } from '../../../../shared/domain/money';
import { splitOverMonth } from '../../../../shared/kpi';
import { RATE_BPS_MAX, type Target } from '../../../../shared/records/target';
import { currentCalendar } from '../../config/configInForce';
import { useAppStore } from '../../state/appStore';
import { ChoiceField, FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';
import { yuanText } from '../../fieldwork/screens/panels/money';
import { setTarget } from '../actions/setTarget';

const fenOf = (text: string): number | null => {
  try {
    return parseYuanToFen(text);
  } catch {
    return null;
  }
};

type Translate = ReturnType<typeof useTranslation>['t'];

// Amounts as the money rules read them, counts whole, the rate a percentage; the record's schema checks the split.
const targetSchema = (t: Translate) =>
  z.object({
    recovered: yuanText(t),
    cured: z.string().regex(/^\d+$/, t('formRule.invalid', { field: t('kpi.target.cured') })),
    rate: z.string().refine((r) => r.trim() !== '' && Number(r) >= 0 && Number(r) * 100 <= RATE_BPS_MAX, t('formRule.invalid', { field: t('kpi.target.successRate') })),
    split: z.enum(['portfolio', 'by_hand']),
    byHand: z.record(z.string(), z.string()),
    reason: z.string().trim().min(1, t('formRule.required')),
  });

/** 设定本月目标: the supervisor's form; the split per collector and by week is shown before saving. */
export function TargetForm({ month, collectors, current, onSaved }: { month: string; collectors: readonly { id: string; name: string }[]; current: Target | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const form = useZodForm(useMemo(() => targetSchema(t), [t]), {
    recovered: current ? (current.recoveredFen / 100).toFixed(2) : '',
    cured: current ? String(current.curedAccounts) : '0',
    rate: current ? String(current.successRateBps / 100) : '0',
    split: current?.split ?? 'portfolio',
    byHand: {},
    reason: '',
  });
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [recovered, split, byHand, reason] = form.watch(['recovered', 'split', 'byHand', 'reason']);
  const totalFen = fenOf(recovered);
  const weeks = useMemo(() => (totalFen === null ? [] : splitOverMonth(currentCalendar(), month, totalFen).weeks), [totalFen, month]);
  const handSum = collectors.reduce((s, c) => s + (fenOf(byHand?.[c.id] || '0') ?? 0), 0);

  const save = form.handleSubmit(async (v) => {
    const curedN = Number(v.cured);
    const shares = collectors.map((c, i) => ({
      officerId: c.id,
      recoveredFen: v.split === 'by_hand' ? (fenOf(v.byHand[c.id] || '0') ?? 0) : 0,
      // By hand, accounts go to the first collector unless typed otherwise: the form splits money only.
      curedAccounts: v.split === 'by_hand' && i === 0 ? curedN : 0,
    }));
    const result = await act(setTarget, {
      month, recoveredFen: v.recovered, curedAccounts: curedN, successRateBps: Math.round(Number(v.rate) * 100), split: v.split, collectors: shares, reason: v.reason,
    });
    setNote(result.ok ? { ok: true, text: t('kpi.target.saved') } : { ok: false, text: result.error.message });
    if (result.ok) onSaved();
  });

  return (
    <FormProvider {...form}>
      <form className="card kpi-target" data-testid="kpi-target-form" onSubmit={save} noValidate aria-label={t('kpi.target.title')}>
        <h3>{t('kpi.target.title')} · {month}</h3>
        <FormFields>
          <TextField name="recovered" label={t('kpi.target.recovered')} inputMode="decimal" required testId="kpi-target-recovered" />
          <TextField name="cured" label={t('kpi.target.cured')} inputMode="numeric" testId="kpi-target-cured" />
          <TextField name="rate" label={t('kpi.target.successRate')} inputMode="decimal" testId="kpi-target-rate" />
          <ChoiceField name="split" label={t('kpi.target.split')} choices={[{ value: 'portfolio', label: t('kpi.target.portfolio') }, { value: 'by_hand', label: t('kpi.target.byHand') }]} testId="kpi-target-split" />
          {split === 'by_hand' && collectors.map((c) => <TextField key={c.id} name={`byHand.${c.id}`} label={c.name} inputMode="decimal" testId={`kpi-share-${c.id}`} />)}
        </FormFields>
        {split === 'by_hand' && <p className={handSum === totalFen ? 'muted small' : 'gate gate-warn small'}>{t('kpi.target.sum', { sum: formatFen(handSum), total: formatFen(totalFen ?? 0) })}</p>}
        {weeks.length > 0 && (
          <p className="muted small" data-testid="kpi-target-weeks">
            {t('kpi.target.weeks')}: {weeks.map((w) => `${t('kpi.target.week', { date: w.weekStart, days: w.workingDays })} ${formatFen(w.amount)}`).join('；')}
          </p>
        )}
        <FormFields>
          <TextField name="reason" label={t('kpi.target.reason')} required testId="kpi-target-reason" />
        </FormFields>
        <FormButtons>
          <button type="submit" data-testid="kpi-target-save" disabled={totalFen === null || (reason ?? '').trim() === '' || form.formState.isSubmitting}>{t('kpi.target.save')}</button>
        </FormButtons>
        {note && <p className={note.ok ? 'ok-note' : 'gate gate-block'} role="status">{note.text}</p>}
      </form>
    </FormProvider>
  );
}
