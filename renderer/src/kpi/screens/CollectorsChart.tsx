import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { formatFen } from '../../../../shared/domain/money';
import { collectorsChartOption } from '../../../../shared/kpi/reportCharts';
import { REPORT_LABELS } from '../../../../shared/kpi/reportLabels';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export interface CollectorBar {
  name: string;
  recoveredFen: number;
  targetFen: number | null;
}

/**
 * 催收员回款与目标: the same chart the monthly report's PDF draws (shared/kpi/reportCharts.ts), on canvas, with
 * its numbers as a table beneath (issue 15 §5).
 */
export function CollectorsChart({ collectors, hasTarget }: { collectors: readonly CollectorBar[]; hasTarget: boolean }) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const option = useMemo(
    () => ({ ...collectorsChartOption({ collectors, target: hasTarget ? true : null }, REPORT_LABELS[i18n.language === 'en' ? 'en' : 'zh-CN']), tooltip: { trigger: 'axis' } }),
    [collectors, hasTarget, i18n.language],
  );

  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.setOption(option);
    return () => chart.dispose();
  }, [option]);

  return (
    <figure className="kpi-chart" data-testid="kpi-collectors-chart">
      <figcaption>
        <strong>{t('kpiChart.collectorsTitle')}</strong>
      </figcaption>
      <div ref={box} style={{ width: '100%', height: 280 }} role="img" aria-label={t('kpiChart.collectorsTitle')} />
      <details>
        <summary>{t('kpiChart.table')}</summary>
        <table className="data-table small">
          <thead>
            <tr>
              <th>{t('kpi.rank.name')}</th>
              <th>{t('kpiChart.recovered')}</th>
              {hasTarget && <th>{t('kpiChart.target')}</th>}
            </tr>
          </thead>
          <tbody>
            {collectors.map((c) => (
              <tr key={c.name}>
                <td>{c.name}</td>
                <td className="num">{formatFen(c.recoveredFen)}</td>
                {hasTarget && <td className="num">{c.targetFen === null ? '—' : formatFen(c.targetFen)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
