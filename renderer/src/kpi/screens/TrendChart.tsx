import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatFen } from '../../../../shared/domain/money';
import { splitOverMonth } from '../../../../shared/kpi';
import { currentCalendar } from '../../config/configInForce';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const yuan = (fen: number) => fen / 100;

/**
 * 每日回款趋势: money recovered per day (bars) and cumulative (line) against the target's even pace, with the
 * same numbers as a table beneath (every chart has its numbers available as a table, issue 15 §5).
 */
export function TrendChart({ days, targetFen }: { days: readonly { date: string; fen: number }[]; targetFen: number | null }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // The target's pace: its exact split over the month's working days (shared/kpi/split.ts), summed to each date,
  // so the line reaches the whole target on the month's last working day, not on today.
  const month = days[0]?.date.slice(0, 7) ?? '';
  const paceOn = new Map(targetFen === null || month === '' ? [] : splitOverMonth(currentCalendar(), month, targetFen).days.map((d) => [d.date, d.amount]));
  let running = 0;
  let pace = 0;
  const rows = days.map((d) => {
    running += d.fen;
    pace += paceOn.get(d.date) ?? 0;
    return { ...d, cumulative: running, goal: targetFen === null ? null : pace };
  });

  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 70, right: 20, top: 36, bottom: 30 },
      xAxis: { type: 'category', data: rows.map((r) => r.date.slice(5)) },
      yAxis: { type: 'value' },
      series: [
        { name: t('kpi.trend.amount'), type: 'bar', data: rows.map((r) => yuan(r.fen)) },
        { name: t('kpi.trend.cumulative'), type: 'line', data: rows.map((r) => yuan(r.cumulative)) },
        ...(targetFen === null ? [] : [{ name: t('kpi.trend.goal'), type: 'line', lineStyle: { type: 'dashed' }, data: rows.map((r) => yuan(r.goal ?? 0)) }]),
      ],
    });
    return () => chart.dispose();
  }, [rows, targetFen, t, i18n.language]);

  return (
    <figure className="kpi-chart" data-testid="kpi-trend">
      <figcaption>
        <strong>{t('kpi.trend.title')}</strong>
      </figcaption>
      <div ref={box} style={{ width: '100%', height: 260 }} role="img" aria-label={t('kpi.trend.title')} />
      <details>
        <summary>{t('kpi.trend.table')}</summary>
        <table className="data-table small" data-testid="kpi-trend-table">
          <thead>
            <tr>
              <th>{t('kpi.trend.date')}</th>
              <th>{t('kpi.trend.amount')}</th>
              <th>{t('kpi.trend.cumulative')}</th>
              {targetFen !== null && <th>{t('kpi.trend.goal')}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.date}>
                <td>{r.date}</td>
                <td className="num">{formatFen(r.fen)}</td>
                <td className="num">{formatFen(r.cumulative)}</td>
                {r.goal !== null && <td className="num">{formatFen(r.goal)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
