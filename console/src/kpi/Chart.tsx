import { useEffect, useRef, type ReactNode } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * A chart with its numbers beside it (issue 15 §5: every chart has its numbers as a table): the ECharts canvas
 * is an image for screen readers, named by its title; the table under "show the numbers" is the accessible
 * version and the one tests read.
 */
export function Chart({ title, option, testId, children, height = 300 }: { title: string; option: ChartOption; testId: string; children: ReactNode; height?: number }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const chart = echarts.init(box.current, undefined, { renderer: 'canvas' });
    chart.setOption({ animation: false, ...option });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [option]);
  return (
    <figure className="kpi-chart" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <div ref={box} style={{ width: '100%', height }} role="img" aria-label={title} />
      <details>
        <summary>{t('kpi.table')}</summary>
        <div className="table-scroll">{children}</div>
      </details>
    </figure>
  );
}
