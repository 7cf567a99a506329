import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PerformanceAnswer } from '../../../shared/kpi/consoleApi';
import { visibleBranches } from './BranchPanel';
import { Chart } from './Chart';
import { yuan } from './format';

/** 回款趋势: money recovered per month or week (Monday to Sunday), stacked by branch, with the total as a line. */
export function TrendPanel({ data }: { data: PerformanceAnswer }) {
  const { t, i18n } = useTranslation();
  const { points, unit } = data.trend;
  const branches = visibleBranches(data);
  const label = (p: (typeof points)[number]) => (unit === 'month' ? p.from.slice(0, 7) : `${p.from.slice(5)}~${p.to.slice(5)}`);
  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 80, right: 20, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: points.map(label) },
    yAxis: { type: 'value' },
    series: [
      ...branches.map((b) => ({ name: b.name, type: 'bar', stack: 'branches', data: points.map((p) => (p.branches[b.code] ?? 0) / 100) })),
      { name: t('kpi.trend.total'), type: 'line', data: points.map((p) => p.recoveredFen / 100) },
    ],
  }), [data, t, i18n.language]);
  return (
    <section className="card" data-testid="kpi-trend">
      <Chart title={t('kpi.trend.title')} option={option} testId="kpi-trend-chart">
        <table className="data-table small" data-testid="kpi-trend-table">
          <thead>
            <tr>
              <th scope="col">{t('kpi.trend.period')}</th>
              {branches.map((b) => (
                <th scope="col" key={b.code}>{b.name}</th>
              ))}
              <th scope="col">{t('kpi.trend.total')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.from}>
                <td>{label(p)}</td>
                {branches.map((b) => (
                  <td className="num" key={b.code}>{yuan(p.branches[b.code] ?? 0)}</td>
                ))}
                <td className="num">{yuan(p.recoveredFen)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Chart>
    </section>
  );
}
