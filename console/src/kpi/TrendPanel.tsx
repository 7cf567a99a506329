import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceAnswer } from '../../../shared/kpi/consoleApi';
import { recoveryRateOf } from '../../../shared/kpi/recoveryRate';
import { visibleBranches } from './BranchPanel';
import { Chart } from './Chart';
import { pct, percentValue, yuan } from './format';

/**
 * 回款趋势: money recovered per month or week (Monday to Sunday), stacked by branch, with the total as a line, and
 * the recovery rate (recovered ÷ overdue at each period's start, shared/kpi recoveryRateOf) on its own axis. The
 * table under it holds every number: per branch the amount and the rate, for the whole the opening balance too.
 */
export function TrendPanel({ data }: { data: PerformanceAnswer }) {
  const { t, i18n } = useTranslation();
  const { points, unit } = data.trend;
  const branches = visibleBranches(data);
  const label = (p: (typeof points)[number]) => (unit === 'month' ? p.from.slice(0, 7) : `${p.from.slice(5)}~${p.to.slice(5)}`);
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 80, right: 60, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: points.map(label) },
    yAxis: [{ type: 'value', name: t('kpi.trend.recovered') }, { type: 'value', name: '%', position: 'right' }],
    series: [
      ...branches.map((b) => ({ name: b.name, type: 'bar', stack: 'branches', data: points.map((p) => (p.branches[b.code] ?? 0) / 100) })),
      { name: t('kpi.trend.total'), type: 'line', data: points.map((p) => p.recoveredFen / 100) },
      { name: t('kpi.trend.rate'), type: 'line', yAxisIndex: 1, lineStyle: { type: 'dashed' }, data: points.map((p) => percentValue(recoveryRateOf(p.recoveredFen, p.openingOverdueFen))) },
    ],
  }), [data, t, i18n.language]);
  return (
    <section className="card" data-testid="kpi-trend">
      <Chart title={t('kpi.trend.title')} option={option} testId="kpi-trend-chart">
        <table className="data-table small" data-testid="kpi-trend-table">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>{t('kpi.trend.period')}</th>
              {branches.map((b) => (
                <th scope="colgroup" colSpan={2} key={b.code}>{b.name}</th>
              ))}
              <th scope="colgroup" colSpan={3}>{t('kpi.trend.total')}</th>
            </tr>
            <tr>
              {branches.map((b) => [
                <th scope="col" key={`${b.code}-r`}>{t('kpi.trend.recovered')}</th>,
                <th scope="col" key={`${b.code}-p`}>{t('kpi.trend.rate')}</th>,
              ])}
              <th scope="col">{t('kpi.trend.opening')}</th>
              <th scope="col">{t('kpi.trend.recovered')}</th>
              <th scope="col">{t('kpi.trend.rate')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.from} data-testid={`kpi-trend-${p.from}`}>
                <td>{label(p)}</td>
                {branches.map((b) => [
                  <td className="num" key={`${b.code}-r`}>{yuan(p.branches[b.code] ?? 0)}</td>,
                  <td className="num" key={`${b.code}-p`}>{pct(recoveryRateOf(p.branches[b.code] ?? 0, p.openings[b.code] ?? 0))}</td>,
                ])}
                <td className="num">{yuan(p.openingOverdueFen)}</td>
                <td className="num" data-testid="kpi-trend-recovered">{yuan(p.recoveredFen)}</td>
                <td className="num" data-testid="kpi-trend-rate">{pct(recoveryRateOf(p.recoveredFen, p.openingOverdueFen))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Chart>
    </section>
  );
}
