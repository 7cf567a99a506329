import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { FiguresDto, PerformanceAnswer } from '../../../shared/kpi/consoleApi';
import { DataTable } from '../ui/DataTable';
import { Chart } from './Chart';
import { fraction, pct, percentValue, ratio, yuan } from './format';

export interface BranchRow {
  code: string;
  name: string;
  k: FiguresDto;
  target: PerformanceAnswer['branches'][number]['target'];
}

const col = createColumnHelper<BranchRow>();

/** Branches holding cases or a target: head office's own (no portfolio) would be an empty row everywhere. */
export const visibleBranches = (data: PerformanceAnswer) => data.branches.filter((b) => b.figures.cases > 0 || b.target !== null);
const num = (text: string) => <span className="num">{text}</span>;

/** 支行对比: each branch's money beside its conduct, against its target; the whole bank last. */
export function BranchPanel({ data }: { data: PerformanceAnswer }) {
  const { t, i18n } = useTranslation();
  const rows: BranchRow[] = visibleBranches(data).map((b) => ({ code: b.code, name: b.name, k: b.figures, target: b.target }));
  const all: BranchRow[] = [...rows, { code: '', name: t('kpi.total'), k: data.total, target: null }];
  const columns = useMemo(() => {
    const h = (key: string) => t(`kpi.branches.${key}`);
    const rate = (key: string, pick: (k: FiguresDto) => { num: number; den: number }, digits?: number) =>
      col.accessor((r) => percentValue(pick(r.k)) ?? -1, { id: key, header: h(key), cell: (c) => num(digits === undefined ? pct(pick(c.row.original.k)) : ratio(pick(c.row.original.k), digits)) });
    return [
      col.accessor((r) => r.name, { id: 'branch', header: h('branch'), cell: (c) => (c.row.original.code ? `${c.row.original.name}（${c.row.original.code}）` : <strong>{c.getValue()}</strong>) }),
      col.accessor((r) => r.k.cases, { id: 'cases', header: h('cases'), cell: (c) => num(String(c.getValue())) }),
      col.accessor((r) => r.k.openingOverdueFen, { id: 'openingOverdue', header: h('openingOverdue'), cell: (c) => num(yuan(c.getValue())) }),
      col.accessor((r) => r.k.recoveredFen, { id: 'recovered', header: h('recovered'), cell: (c) => <span className="num" data-testid={`kpi-recovered-${c.row.original.code || 'total'}`}>{yuan(c.getValue())}</span> }),
      col.accessor((r) => r.target?.recoveredFen ?? -1, { id: 'target', header: h('target'), cell: (c) => num(c.row.original.target ? yuan(c.row.original.target.recoveredFen) : c.row.original.code ? t('kpi.noTarget') : '') }),
      col.accessor((r) => (r.target ? r.k.recoveredFen / Math.max(1, r.target.recoveredFen) : -1), {
        id: 'progress', header: h('progress'), cell: (c) => num(c.row.original.target ? pct(fraction(c.row.original.k.recoveredFen, c.row.original.target.recoveredFen)) : '—'),
      }),
      rate('recoveryRate', (k) => k.recoveryRate),
      col.accessor((r) => r.k.cured.num, { id: 'cured', header: h('cured'), cell: (c) => num(`${c.row.original.k.cured.num}${c.row.original.target ? ` / ${c.row.original.target.curedAccounts}` : ''}`) }),
      rate('cureRate', (k) => k.cured),
      rate('promisesKept', (k) => k.promisesKept),
      rate('promisesKeptFen', (k) => k.promisesKeptFen),
      rate('contactRate', (k) => k.contactRate),
      rate('rightPartyRate', (k) => k.rightPartyRate),
      rate('contactsPerCase', (k) => k.contactsPerCase, 2),
      rate('complaintsPer1000', (k) => k.complaintsPer1000, 1),
      col.accessor((r) => r.k.complaints, { id: 'complaints', header: h('complaints'), cell: (c) => num(String(c.getValue())) }),
      col.accessor((r) => r.k.overrides, { id: 'overrides', header: h('overrides'), cell: (c) => num(String(c.getValue())) }),
      rate('averageDpd', (k) => k.averageDpd, 1),
    ] as ColumnDef<BranchRow, unknown>[];
  }, [t]);

  const option = useMemo(() => ({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 80, right: 60, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { rotate: rows.length > 8 ? 40 : 0 } },
    yAxis: [{ type: 'value', name: t('kpi.branches.recovered') }, { type: 'value', name: '%', position: 'right' }],
    series: [
      { name: t('kpi.branches.recovered'), type: 'bar', data: rows.map((r) => r.k.recoveredFen / 100) },
      { name: t('kpi.branches.recoveryRate'), type: 'line', yAxisIndex: 1, data: rows.map((r) => percentValue(r.k.recoveryRate)) },
    ],
  }), [rows, t, i18n.language]);

  return (
    <section className="card" data-testid="kpi-branches">
      <h2>{t('kpi.branches.title')}</h2>
      <div className="table-scroll">
        <DataTable rows={all} columns={columns} label={t('kpi.branches.title')} testId="kpi-branch-table" rowTestId={(r) => `kpi-branch-${r.code || 'total'}`} />
      </div>
      <p className="note">{t('kpi.branches.conductNote')}</p>
      <Chart title={t('kpi.branches.chart')} option={option} testId="kpi-branch-chart">
        <table className="data-table small" data-testid="kpi-branch-chart-table">
          <thead>
            <tr>
              <th scope="col">{t('kpi.branches.branch')}</th>
              <th scope="col">{t('kpi.branches.recovered')}</th>
              <th scope="col">{t('kpi.branches.recoveryRate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code}>
                <td>{r.name}</td>
                <td className="num">{yuan(r.k.recoveredFen)}</td>
                <td className="num">{pct(r.k.recoveryRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Chart>
    </section>
  );
}
