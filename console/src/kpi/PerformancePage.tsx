import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar';
import { PerformanceAnswerSchema, TREND_UNITS } from '../../../shared/kpi/consoleApi';
import { apiGet } from '../api/client';
import { useApi } from '../api/useApi';
import { ErrorNote } from '../ui/ErrorNote';
import { BranchPanel } from './BranchPanel';
import { ReportDownload } from './ReportDownload';
import { RollPanel } from './RollPanel';
import { TrendPanel } from './TrendPanel';
import './kpi.css';

type Preset = 'thisMonth' | 'lastMonth' | 'custom';

function presetPeriod(preset: Exclude<Preset, 'custom'>, today: string): { from: string; to: string } {
  const first = `${today.slice(0, 7)}-01`;
  if (preset === 'thisMonth') return { from: first, to: today };
  const lastDay = addDays(first, -1);
  return { from: `${lastDay.slice(0, 7)}-01`, to: lastDay };
}

/**
 * 业绩 at head office (issue 15 §5): branches side by side, the trend, and roll rates by product and bucket,
 * for a period chosen here. A supervisor's head office answers with their branch only.
 */
export function PerformancePage() {
  const { t } = useTranslation();
  const today = todayIn(DEFAULT_TIME_ZONE, new Date());
  const [preset, setPreset] = useState<Preset>('thisMonth');
  const [custom, setCustom] = useState(() => presetPeriod('thisMonth', today));
  const [unit, setUnit] = useState<(typeof TREND_UNITS)[number]>('month');
  const period = preset === 'custom' ? custom : presetPeriod(preset, today);
  const query = `from=${period.from}&to=${period.to}&trend=${unit}`;
  const answer = useApi(() => apiGet(`/admin/kpi/performance?${query}`, PerformanceAnswerSchema), query);
  return (
    <div className="kpi-page" data-testid="kpi-page">
      <section className="card">
        <h1>{t('kpi.title')}</h1>
        <p className="note">{t('kpi.intro')}</p>
        <div className="toolbar">
          <label>
            {t('kpi.period.label')}{' '}
            <select value={preset} onChange={(e) => setPreset(e.target.value as Preset)} data-testid="kpi-preset">
              {(['thisMonth', 'lastMonth', 'custom'] as const).map((p) => (
                <option key={p} value={p}>{t(`kpi.period.${p}`)}</option>
              ))}
            </select>
          </label>
          {preset === 'custom' && (
            <>
              <label>
                {t('kpi.period.from')} <input type="date" value={custom.from} max={custom.to} onChange={(e) => e.target.value && setCustom({ ...custom, from: e.target.value })} data-testid="kpi-from" />
              </label>
              <label>
                {t('kpi.period.to')} <input type="date" value={custom.to} min={custom.from} onChange={(e) => e.target.value && setCustom({ ...custom, to: e.target.value })} data-testid="kpi-to" />
              </label>
            </>
          )}
          <label>
            {t('kpi.trendUnit.label')}{' '}
            <select value={unit} onChange={(e) => setUnit(e.target.value as typeof unit)} data-testid="kpi-trend-unit">
              {TREND_UNITS.map((u) => (
                <option key={u} value={u}>{t(`kpi.trendUnit.${u}`)}</option>
              ))}
            </select>
          </label>
          {answer.loading && <span className="note" role="status">{t('kpi.loading')}</span>}
        </div>
        {answer.data && (
          <p className="note" data-testid="kpi-as-of">
            {answer.data.period.from} ~ {answer.data.period.to} · {t('kpi.period.asOf', { date: answer.data.period.asOf, zone: answer.data.period.timeZone })}
          </p>
        )}
        {answer.error ? <ErrorNote error={answer.error} onRetry={answer.reload} /> : null}
        <ReportDownload />
      </section>
      {answer.data && (
        <>
          <BranchPanel data={answer.data} />
          <TrendPanel data={answer.data} />
          <RollPanel data={answer.data} />
        </>
      )}
    </div>
  );
}
