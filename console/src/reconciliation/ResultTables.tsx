import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { formatFen } from '../../../shared/domain/money';
import type { ReportAnswer } from '../../../shared/reconciliation/api';
import { useTranslation } from '../i18n';
import { DataTable } from '../ui/DataTable';

/**
 * The day's pairs and leftovers, one table each, the ones that need a person first. Words are written by
 * `cell`, never by `accessorFn`: the table keeps accessor values per row, so they would stay in the language
 * they were first read in.
 */

type Receipt = ReportAnswer['matched'][number]['receipt'];
type Deposit = ReportAnswer['matched'][number]['deposit'];

const money = (fen: number) => formatFen(fen);

function receiptColumns<T>(t: TFunction, receiptOf: (row: T) => Receipt): ColumnDef<T, unknown>[] {
  return [
    { id: 'number', header: t('reconciliation.col.number'), accessorFn: (r) => receiptOf(r).number },
    { id: 'collector', header: t('reconciliation.col.collector'), accessorFn: (r) => `${receiptOf(r).collectorName}（${receiptOf(r).collectorId}）` },
    { id: 'branch', header: t('reconciliation.col.branch'), accessorFn: (r) => receiptOf(r).branchCode },
    { id: 'receivedOn', header: t('reconciliation.col.receivedOn'), accessorFn: (r) => receiptOf(r).receivedOn },
    { id: 'payer', header: t('reconciliation.col.payer'), accessorFn: (r) => receiptOf(r).payerName },
    { id: 'receiptAmount', header: t('reconciliation.col.receiptAmount'), accessorFn: (r) => receiptOf(r).amountFen, cell: (c) => <span className="num">{money(c.getValue() as number)}</span> },
  ];
}

function depositColumns<T>(t: TFunction, depositOf: (row: T) => Deposit): ColumnDef<T, unknown>[] {
  return [
    { id: 'depositDate', header: t('reconciliation.col.depositDate'), accessorFn: (r) => depositOf(r).date },
    { id: 'depositAmount', header: t('reconciliation.col.depositAmount'), accessorFn: (r) => depositOf(r).amountFen, cell: (c) => <span className="num">{money(c.getValue() as number)}</span> },
    { id: 'account', header: t('reconciliation.col.account'), accessorFn: (r) => depositOf(r).account },
    { id: 'reference', header: t('reconciliation.col.reference'), accessorFn: (r) => depositOf(r).reference },
  ];
}

export function ResultTables({ report }: { report: ReportAnswer }) {
  const { t } = useTranslation();
  type Mismatch = ReportAnswer['mismatches'][number];
  type UnmatchedReceipt = ReportAnswer['unmatchedReceipts'][number];
  type UnmatchedDeposit = ReportAnswer['unmatchedDeposits'][number];
  type Voided = ReportAnswer['voided'][number];
  type Matched = ReportAnswer['matched'][number];

  const mismatchColumns: ColumnDef<Mismatch, unknown>[] = [
    ...receiptColumns<Mismatch>(t, (m) => m.receipt),
    ...depositColumns<Mismatch>(t, (m) => m.deposit),
    { id: 'reason', header: t('reconciliation.col.reason'), accessorFn: (m) => m.reasons.join(','), cell: (c) => c.row.original.reasons.map((x) => t(`reconciliation.reasons.${x}`)).join('；') },
  ];
  const unmatchedReceiptColumns: ColumnDef<UnmatchedReceipt, unknown>[] = [
    ...receiptColumns<UnmatchedReceipt>(t, (u) => u.receipt),
    { id: 'state', header: t('reconciliation.col.state'), accessorFn: (u) => u.state, cell: (c) => t(`reconciliation.state.${c.row.original.state}`, { dueBy: c.row.original.dueBy }) },
  ];
  const unmatchedDepositColumns: ColumnDef<UnmatchedDeposit, unknown>[] = [
    ...depositColumns<UnmatchedDeposit>(t, (u) => u.deposit),
    { id: 'branch', header: t('reconciliation.col.branch'), accessorFn: (u) => u.deposit.branchCode ?? '', cell: (c) => c.row.original.deposit.branchCode ?? t('reconciliation.unattributed') },
    {
      id: 'reason',
      header: t('reconciliation.col.reason'),
      accessorFn: (u) => u.reason,
      cell: (c) => `${t(`reconciliation.reasons.${c.row.original.reason}`)}${c.row.original.receiptNumbers.length > 0 ? `：${c.row.original.receiptNumbers.join('、')}` : ''}`,
    },
  ];
  const voidedColumns: ColumnDef<Voided, unknown>[] = [
    ...receiptColumns<Voided>(t, (v) => v.receipt),
    { id: 'flag', header: t('reconciliation.col.reason'), accessorFn: (v) => v.depositIds.length, cell: (c) => (c.row.original.depositIds.length > 0 ? t('reconciliation.flagged', { count: c.row.original.depositIds.length }) : '') },
  ];
  const matchedColumns: ColumnDef<Matched, unknown>[] = [...receiptColumns<Matched>(t, (m) => m.receipt), ...depositColumns<Matched>(t, (m) => m.deposit)];

  return (
    <>
      <h2>{t('reconciliation.sectionCount', { title: t('reconciliation.sections.mismatches'), count: report.mismatches.length })}</h2>
      <DataTable rows={report.mismatches} columns={mismatchColumns} label={t('reconciliation.sections.mismatches')} testId="reconciliation-mismatches" rowTestId={(m) => `mismatch-${m.receipt.number}`} />
      <h2>{t('reconciliation.sectionCount', { title: t('reconciliation.sections.unmatchedReceipts'), count: report.unmatchedReceipts.length })}</h2>
      <DataTable
        rows={report.unmatchedReceipts}
        columns={unmatchedReceiptColumns}
        label={t('reconciliation.sections.unmatchedReceipts')}
        testId="reconciliation-unmatched-receipts"
        rowTestId={(u) => `unmatched-receipt-${u.receipt.number}`}
      />
      <h2>{t('reconciliation.sectionCount', { title: t('reconciliation.sections.unmatchedDeposits'), count: report.unmatchedDeposits.length })}</h2>
      <DataTable rows={report.unmatchedDeposits} columns={unmatchedDepositColumns} label={t('reconciliation.sections.unmatchedDeposits')} testId="reconciliation-unmatched-deposits" />
      <h2>{t('reconciliation.sectionCount', { title: t('reconciliation.sections.voided'), count: report.voided.length })}</h2>
      <DataTable rows={report.voided} columns={voidedColumns} label={t('reconciliation.sections.voided')} testId="reconciliation-voided" rowTestId={(v) => `voided-${v.receipt.number}`} />
      <h2>{t('reconciliation.sectionCount', { title: t('reconciliation.sections.matched'), count: report.matched.length })}</h2>
      <DataTable rows={report.matched} columns={matchedColumns} label={t('reconciliation.sections.matched')} testId="reconciliation-matched" rowTestId={(m) => `matched-${m.receipt.number}`} />
    </>
  );
}
