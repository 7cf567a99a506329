import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { formatFen } from '../../../shared/domain/money';
import type { ReportAnswer } from '../../../shared/reconciliation/api';
import { useTranslation } from '../i18n';
import { DataTable } from '../ui/DataTable';

/** The day in figures: the summary, then per collector and per branch (count and amount of each result). */

type Tally = ReportAnswer['totals']['receipts'];
type ReceiptTotals = Pick<ReportAnswer['totals'], 'receipts' | 'matched' | 'mismatched' | 'unmatched' | 'voided'>;
const KINDS = ['receipts', 'matched', 'mismatched', 'unmatched', 'voided'] as const;

const tallyText = (t: TFunction, x: Tally) => `${t('reconciliation.summary.count', { count: x.count })} · ${formatFen(x.fen)}`;

function tallyColumns<T extends ReceiptTotals>(t: TFunction): ColumnDef<T, unknown>[] {
  return KINDS.map((k) => ({ id: k, header: t(`reconciliation.summary.${k}`), accessorFn: (r: T) => r[k].fen, cell: (c) => tallyText(t, c.row.original[k]) }));
}

export function Summary({ totals }: { totals: ReportAnswer['totals'] }) {
  const { t } = useTranslation();
  const items = [...KINDS, 'deposits', 'unmatchedDeposits'] as const;
  return (
    <section className="card" aria-labelledby="reconciliation-summary-title">
      <h2 id="reconciliation-summary-title">{t('reconciliation.summary.title')}</h2>
      <dl className="tally-grid">
        {items.map((k) => (
          <div key={k} data-testid={`summary-${k}`} className={k === 'unmatched' || k === 'mismatched' || k === 'unmatchedDeposits' ? (totals[k].count > 0 ? 'attention' : '') : ''}>
            <dt>{t(`reconciliation.summary.${k}`)}</dt>
            <dd>{tallyText(t, totals[k])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function TotalsTables({ report }: { report: ReportAnswer }) {
  const { t } = useTranslation();
  type Collector = ReportAnswer['byCollector'][number];
  type Branch = ReportAnswer['byBranch'][number];
  const collectorColumns: ColumnDef<Collector, unknown>[] = [
    { id: 'collector', header: t('reconciliation.col.collector'), accessorFn: (c) => `${c.collectorName}（${c.collectorId}）` },
    { id: 'branch', header: t('reconciliation.col.branch'), accessorFn: (c) => c.branchCode },
    ...tallyColumns<Collector>(t),
  ];
  const branchColumns: ColumnDef<Branch, unknown>[] = [
    { id: 'branch', header: t('reconciliation.col.branch'), accessorFn: (b) => b.branchCode ?? '', cell: (c) => c.row.original.branchCode ?? t('reconciliation.unattributed') },
    ...tallyColumns<Branch>(t),
    { id: 'deposits', header: t('reconciliation.summary.deposits'), accessorFn: (b) => b.deposits.fen, cell: (c) => tallyText(t, c.row.original.deposits) },
    { id: 'unmatchedDeposits', header: t('reconciliation.summary.unmatchedDeposits'), accessorFn: (b) => b.unmatchedDeposits.fen, cell: (c) => tallyText(t, c.row.original.unmatchedDeposits) },
  ];
  return (
    <>
      <h2>{t('reconciliation.byCollector')}</h2>
      <DataTable rows={report.byCollector} columns={collectorColumns} label={t('reconciliation.byCollector')} testId="reconciliation-by-collector" rowTestId={(c) => `collector-${c.collectorId}`} />
      <h2>{t('reconciliation.byBranch')}</h2>
      <DataTable rows={report.byBranch} columns={branchColumns} label={t('reconciliation.byBranch')} testId="reconciliation-by-branch" rowTestId={(b) => `branch-${b.branchCode ?? 'none'}`} />
    </>
  );
}
