import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen, parseYuanToFen } from '../../../../shared/domain/money';
import { splitOverMonth } from '../../../../shared/kpi';
import type { Target } from '../../../../shared/records/target';
import { currentCalendar } from '../../config/configInForce';
import { useAppStore } from '../../state/appStore';
import { setTarget } from '../actions/setTarget';

const fenOf = (text: string): number | null => {
  try {
    return parseYuanToFen(text);
  } catch {
    return null;
  }
};

/** 设定本月目标: the supervisor's form; the split per collector and by week is shown before saving. */
export function TargetForm({ month, collectors, current, onSaved }: { month: string; collectors: readonly { id: string; name: string }[]; current: Target | null; onSaved: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [recovered, setRecovered] = useState(current ? (current.recoveredFen / 100).toFixed(2) : '');
  const [cured, setCured] = useState(current ? String(current.curedAccounts) : '0');
  const [rate, setRate] = useState(current ? String(current.successRateBps / 100) : '0');
  const [split, setSplit] = useState<'portfolio' | 'by_hand'>(current?.split ?? 'portfolio');
  const [byHand, setByHand] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const totalFen = fenOf(recovered);
  const weeks = useMemo(() => (totalFen === null ? [] : splitOverMonth(currentCalendar(), month, totalFen).weeks), [totalFen, month]);
  const handSum = collectors.reduce((s, c) => s + (fenOf(byHand[c.id] ?? '0') ?? 0), 0);

  const save = async () => {
    if (totalFen === null) return;
    const curedN = Number(cured);
    const shares = collectors.map((c, i) => ({
      officerId: c.id,
      recoveredFen: split === 'by_hand' ? fenOf(byHand[c.id] ?? '0') ?? 0 : 0,
      // By hand, accounts go to the first collector unless typed otherwise: the form splits money only.
      curedAccounts: split === 'by_hand' && i === 0 ? curedN : 0,
    }));
    const result = await act(setTarget, {
      month, recoveredFen: totalFen, curedAccounts: curedN, successRateBps: Math.round(Number(rate) * 100), split, collectors: shares, reason,
    });
    setNote(result.ok ? { ok: true, text: t('kpi.target.saved') } : { ok: false, text: result.error.message });
    if (result.ok) onSaved();
  };

  return (
    <form className="card kpi-target" data-testid="kpi-target-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3>{t('kpi.target.title')} · {month}</h3>
      <label>{t('kpi.target.recovered')} <input data-testid="kpi-target-recovered" value={recovered} onChange={(e) => setRecovered(e.target.value)} inputMode="decimal" /></label>
      <label>{t('kpi.target.cured')} <input data-testid="kpi-target-cured" value={cured} onChange={(e) => setCured(e.target.value)} inputMode="numeric" /></label>
      <label>{t('kpi.target.successRate')} <input data-testid="kpi-target-rate" value={rate} onChange={(e) => setRate(e.target.value)} inputMode="decimal" /></label>
      <label>
        {t('kpi.target.split')}{' '}
        <select data-testid="kpi-target-split" value={split} onChange={(e) => setSplit(e.target.value === 'by_hand' ? 'by_hand' : 'portfolio')}>
          <option value="portfolio">{t('kpi.target.portfolio')}</option>
          <option value="by_hand">{t('kpi.target.byHand')}</option>
        </select>
      </label>
      {split === 'by_hand' && (
        <fieldset>
          {collectors.map((c) => (
            <label key={c.id}>
              {c.name} <input data-testid={`kpi-share-${c.id}`} value={byHand[c.id] ?? ''} onChange={(e) => setByHand({ ...byHand, [c.id]: e.target.value })} inputMode="decimal" />
            </label>
          ))}
          <p className={handSum === totalFen ? 'muted small' : 'gate gate-warn small'}>{t('kpi.target.sum', { sum: formatFen(handSum), total: formatFen(totalFen ?? 0) })}</p>
        </fieldset>
      )}
      {weeks.length > 0 && (
        <p className="muted small" data-testid="kpi-target-weeks">
          {t('kpi.target.weeks')}: {weeks.map((w) => `${t('kpi.target.week', { date: w.weekStart, days: w.workingDays })} ${formatFen(w.amount)}`).join('；')}
        </p>
      )}
      <label>{t('kpi.target.reason')} <input data-testid="kpi-target-reason" value={reason} onChange={(e) => setReason(e.target.value)} /></label>
      <button type="submit" data-testid="kpi-target-save" disabled={totalFen === null || reason.trim() === ''}>{t('kpi.target.save')}</button>
      {note && <p className={note.ok ? 'ok-note' : 'gate gate-block'} role="status">{note.text}</p>}
    </form>
  );
}
