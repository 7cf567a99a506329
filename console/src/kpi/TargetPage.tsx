import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar';
import { splitOverMonth, splitPerCollector } from '../../../shared/kpi/split';
import { SetTargetAnswerSchema, SetTargetBodySchema, TargetPageAnswerSchema, type SetTargetAnswer, type TargetPageAnswer } from '../../../shared/kpi/targetConsoleApi';
import { bpsOfText, fenOfText, targetFormSchema, type TargetFormText } from '../../../shared/kpi/targetForm';
import { apiGet, apiPost } from '../api/client';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { ErrorNote } from '../ui/ErrorNote';
import { formatInstant } from '../ui/format';
import { TargetHistory } from './TargetHistory';
import { TargetSplit } from './TargetSplit';
import { yuan } from './format';
import './kpi.css';

const blankForm = (a: TargetPageAnswer): TargetFormText => {
  const t = a.inForce;
  return {
    recovered: t ? (t.recoveredFen / 100).toFixed(2) : '',
    cured: t ? String(t.curedAccounts) : '',
    rate: t ? String(t.successRateBps / 100) : '',
    split: t?.split ?? 'portfolio',
    shares: Object.fromEntries((t?.split === 'by_hand' ? t.collectors : []).map((c) => [c.officerId, { recovered: (c.recoveredFen / 100).toFixed(2), cured: String(c.curedAccounts) }])),
    reason: '',
  };
};

/**
 * 业绩目标 (issue 15 §4): head office sets a branch's monthly target, sees it split over the weeks and working days
 * of the published calendar and per collector (shared/kpi/split.ts, the same functions the device uses) before
 * saving, and every change head office audited. A supervisor reads their branch's.
 */
export function TargetPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [branch, setBranch] = useState<string | null>(me.scopeBranchCode);
  const [month, setMonth] = useState(() => todayIn(DEFAULT_TIME_ZONE, new Date()).slice(0, 7));
  const key = `month=${month}${branch ? `&branch=${encodeURIComponent(branch)}` : ''}`;
  const page = useApi(() => apiGet(`/admin/kpi/targets?${key}`, TargetPageAnswerSchema), key);
  const data = page.data && page.data.month === month && (branch === null || page.data.branchCode === branch) ? page.data : undefined;
  // Kept here: saving reloads the page's data, which starts the form afresh from the target now in force.
  const [saved, setSaved] = useState<SetTargetAnswer | null>(null);

  return (
    <div className="kpi-page" data-testid="kpi-targets-page">
      <section className="card">
        <h1>{t('kpiTargets.title')}</h1>
        <p className="note">{t('kpiTargets.intro')}</p>
        {!me.canChange && <p className="note">{t('kpiTargets.readOnly')}</p>}
        <div className="toolbar">
          <label>
            {t('kpiTargets.branch')}{' '}
            <select value={data?.branchCode ?? branch ?? ''} onChange={(e) => (setBranch(e.target.value), setSaved(null))} data-testid="kpi-targets-branch" disabled={!page.data}>
              {(page.data?.branches ?? []).map((b) => (
                <option key={b.code} value={b.code}>{b.code} {b.name}</option>
              ))}
            </select>
          </label>
          <label>
            {t('kpiTargets.month')}{' '}
            <input type="month" value={month} onChange={(e) => /^\d{4}-\d{2}$/.test(e.target.value) && (setMonth(e.target.value), setSaved(null))} data-testid="kpi-targets-month" />
          </label>
          {page.loading && <span className="note" role="status">{t('common.loading')}</span>}
        </div>
        {page.error ? <ErrorNote error={page.error} onRetry={page.reload} /> : null}
      </section>
      {data && (
        <TargetEditor
          key={`${data.branchCode}:${data.month}:${data.inForce?.id ?? ''}`}
          data={data}
          canChange={me.canChange}
          saved={saved?.target.branchCode === data.branchCode && saved.target.month === data.month ? saved : null}
          onSaved={(answer) => (setSaved(answer), page.reload())}
        />
      )}
      {data && <TargetHistory changes={data.changes} />}
    </div>
  );
}

function TargetEditor({ data, canChange, saved, onSaved }: { data: TargetPageAnswer; canChange: boolean; saved: SetTargetAnswer | null; onSaved: (answer: SetTargetAnswer) => void }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState<TargetFormText>(() => blankForm(data));
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const ids = useMemo(() => data.collectors.map((c) => c.id), [data]);
  const schema = useMemo(() => targetFormSchema((m, vars) => t(`kpiTargets.error.${m}`, vars), ids), [t, ids]);

  // The preview follows what is typed: the split over the month and per collector, as saving will make it.
  const fen = fenOfText(form.recovered);
  const cured = /^\d{1,8}$/.test(form.cured.trim()) ? Number(form.cured.trim()) : null;
  const overMonth = useMemo(() => ({
    fen: fen === null ? null : splitOverMonth(data.calendar, data.month, fen),
    cured: cured === null ? null : splitOverMonth(data.calendar, data.month, cured),
  }), [fen, cured, data]);
  const perCollector = useMemo(() => {
    if (form.split === 'portfolio') {
      if (fen === null || cured === null || ids.length === 0) return null;
      return splitPerCollector({ recoveredFen: fen, curedAccounts: cured }, data.collectors.map((c) => ({ officerId: c.id, weight: c.portfolioFen })));
    }
    return data.collectors.map((c) => ({ officerId: c.id, recoveredFen: fenOfText(form.shares[c.id]?.recovered || '0') ?? 0, curedAccounts: Number(form.shares[c.id]?.cured || 0) || 0 }));
  }, [form, fen, cured, data, ids.length]);

  const set = (field: 'recovered' | 'cured' | 'rate' | 'reason') => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: e.target.value }));
  const setShare = (id: string, field: 'recovered' | 'cured', value: string) =>
    setForm((f) => ({ ...f, shares: { ...f.shares, [id]: { recovered: f.shares[id]?.recovered ?? '', cured: f.shares[id]?.cured ?? '', [field]: value } } }));

  // Going to "by hand" starts from the portfolio's split, so the shares already sum to the target.
  const changeSplit = (split: TargetFormText['split']) =>
    setForm((f) => {
      const untouched = Object.keys(f.shares).length === 0;
      const start = split === 'by_hand' && untouched && perCollector ? Object.fromEntries(perCollector.map((c) => [c.officerId, { recovered: (c.recoveredFen / 100).toFixed(2), cured: String(c.curedAccounts) }])) : f.shares;
      return { ...f, split, shares: start };
    });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const parsed = schema.safeParse(form);
    if (!parsed.success) return setProblems(parsed.error.issues.map((i) => `${t(`kpiTargets.${labelOf(String(i.path[0] ?? ''))}`)}：${i.message}`));
    setProblems([]);
    const body = SetTargetBodySchema.parse({ branchCode: data.branchCode, month: data.month, ...parsed.data });
    setBusy(true);
    try {
      onSaved(await apiPost('/admin/kpi/targets', body, SetTargetAnswerSchema));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const current = data.inForce;
  return (
    <>
      <section className="card" data-testid="kpi-targets-current">
        <h2>{t('kpiTargets.current')} · {data.branchCode} · {data.month}</h2>
        {current ? (
          <>
            <p data-testid="kpi-targets-in-force">
              {t('kpiTargets.history.figures', { recovered: yuan(current.recoveredFen), cured: current.curedAccounts, rate: `${(current.successRateBps / 100).toFixed(2)}%` })}
            </p>
            <p className="note">{t('kpiTargets.setBy', { name: current.setByName ?? current.setBy, at: formatInstant(current.setAt, i18n.language) })} · {current.reason}</p>
          </>
        ) : (
          <p className="note" data-testid="kpi-targets-in-force">{t('kpiTargets.none')}</p>
        )}
      </section>
      <form className="card" onSubmit={submit} noValidate data-testid="kpi-targets-form" aria-label={t('kpiTargets.form')}>
        <h2>{t('kpiTargets.form')}</h2>
        <fieldset disabled={!canChange || busy} className="form-columns">
          <label>
            {t('kpiTargets.recovered')}
            <input value={form.recovered} onChange={set('recovered')} inputMode="decimal" data-testid="kpi-targets-recovered" />
          </label>
          <label>
            {t('kpiTargets.cured')}
            <input value={form.cured} onChange={set('cured')} inputMode="numeric" data-testid="kpi-targets-cured" />
          </label>
          <label>
            {t('kpiTargets.rate')}
            <input value={form.rate} onChange={set('rate')} inputMode="decimal" data-testid="kpi-targets-rate" aria-invalid={form.rate !== '' && bpsOfText(form.rate) === null} />
          </label>
          <label>
            {t('kpiTargets.split')}
            <select value={form.split} onChange={(e) => changeSplit(e.target.value === 'by_hand' ? 'by_hand' : 'portfolio')} data-testid="kpi-targets-split">
              <option value="portfolio">{t('kpiTargets.portfolio')}</option>
              <option value="by_hand">{t('kpiTargets.byHand')}</option>
            </select>
          </label>
          <label>
            {t('kpiTargets.reason')}
            <input value={form.reason} onChange={set('reason')} maxLength={500} data-testid="kpi-targets-reason" />
          </label>
        </fieldset>
        <TargetSplit data={data} overMonth={overMonth} perCollector={perCollector} byHand={form.split === 'by_hand' && canChange} shares={form.shares} onShare={setShare} />
        {problems.length > 0 && (
          <div role="alert" className="error-note" data-testid="kpi-targets-problems">
            <span>{t('kpiTargets.problems')}</span>
            <ul>
              {problems.map((p) => <li key={p}>{p}</li>)}
            </ul>
          </div>
        )}
        {error ? <ErrorNote error={error} /> : null}
        {saved && <p className="ok-note" role="status" data-testid="kpi-targets-saved">{t(saved.inForce ? 'kpiTargets.saved' : 'kpiTargets.savedNotInForce')}</p>}
        {canChange && (
          <div className="toolbar actions">
            <button type="submit" disabled={busy} data-testid="kpi-targets-save">{busy ? t('kpiTargets.saving') : t('kpiTargets.save')}</button>
          </div>
        )}
      </form>
    </>
  );
}

const LABELS: Record<string, string> = { recovered: 'recovered', cured: 'cured', rate: 'rate', reason: 'reason', shares: 'collectors.title', split: 'split' };
const labelOf = (field: string) => LABELS[field] ?? 'form';
