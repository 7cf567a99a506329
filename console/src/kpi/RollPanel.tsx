import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUCKETS } from '../../../shared/domain/buckets';
import { cureRate, rollRate, type RollMatrix } from '../../../shared/kpi/rolls';
import type { PerformanceAnswer } from '../../../shared/kpi/consoleApi';
import { Chart } from './Chart';
import { pct, percentValue } from './format';

/**
 * 账龄迁徙 by product: the matrix of cases from their bucket at the start of the period to their bucket at its
 * end (from head office's daily snapshots), with each bucket's roll and cure rate (shared/kpi/rolls.ts).
 */
export function RollPanel({ data }: { data: PerformanceAnswer }) {
  const { t, i18n } = useTranslation();
  const [product, setProduct] = useState('');
  const matrix: RollMatrix = (product ? data.products.find((p) => p.product === product)?.rolls : undefined) ?? data.totalRolls;
  const rows = BUCKETS.map((from) => ({
    from,
    cases: BUCKETS.reduce((s, to) => s + matrix[from][to].cases, 0),
    roll: rollRate(matrix, from),
    cure: cureRate(matrix, from),
  }));
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 60, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: [...BUCKETS] },
    yAxis: { type: 'value', name: '%', max: 100 },
    series: [
      { name: t('kpi.rolls.rollRate'), type: 'bar', data: rows.map((r) => percentValue(r.roll)) },
      { name: t('kpi.rolls.cureRate'), type: 'bar', data: rows.map((r) => percentValue(r.cure)) },
    ],
  }), [matrix, t, i18n.language]);
  return (
    <section className="card" data-testid="kpi-rolls">
      <h2>{t('kpi.rolls.title')}</h2>
      <div className="toolbar">
        <label>
          {t('kpi.rolls.product')}{' '}
          <select value={product} onChange={(e) => setProduct(e.target.value)} data-testid="kpi-roll-product">
            <option value="">{t('kpi.rolls.all')}</option>
            {data.products.map((p) => (
              <option key={p.product} value={p.product}>
                {t(`kpi.product.${p.product}`)}（{p.cases}）
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="table-scroll">
        <table className="data-table small" data-testid="kpi-roll-matrix" aria-label={t('kpi.rolls.title')}>
          <thead>
            <tr>
              <th scope="col">{t('kpi.rolls.from')}</th>
              <th scope="col">{t('kpi.rolls.cases')}</th>
              {BUCKETS.map((b) => (
                <th scope="col" key={b}>{t('kpi.rolls.to', { bucket: b })}</th>
              ))}
              <th scope="col">{t('kpi.rolls.rollRate')}</th>
              <th scope="col">{t('kpi.rolls.cureRate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.from} data-testid={`kpi-roll-${r.from}`}>
                <th scope="row">{r.from}</th>
                <td className="num">{r.cases}</td>
                {BUCKETS.map((to) => (
                  <td className={`num${to === r.from ? ' same' : ''}`} key={to}>{matrix[r.from][to].cases || ''}</td>
                ))}
                <td className="num">{pct(r.roll)}</td>
                <td className="num">{pct(r.cure)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">{t('kpi.rolls.note')}</p>
      <Chart title={t('kpi.rolls.chart')} option={option} testId="kpi-roll-chart" height={260}>
        <table className="data-table small">
          <thead>
            <tr>
              <th scope="col">{t('kpi.rolls.from')}</th>
              <th scope="col">{t('kpi.rolls.rollRate')}</th>
              <th scope="col">{t('kpi.rolls.cureRate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.from}>
                <td>{r.from}</td>
                <td className="num">{pct(r.roll)}</td>
                <td className="num">{pct(r.cure)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Chart>
    </section>
  );
}
