import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import { formatFen } from '../../../shared/domain/money';
import type { ReportAnswer } from '../../../shared/reconciliation/api';
import { useTranslation } from '../i18n';
import { DataTable } from '../ui/DataTable';

/** The day's pairs and leftovers, one table each, the ones that need a person first. */

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
    { id: 'reason', header: t('reconciliation.col.reason'), accessorFn: (m) => m.reasons.map((x) => t(`reconciliation.reasons.${x}`)).join('；') },
  ];
  const unmatchedReceiptColumns: ColumnDef<UnmatchedReceipt, unknown>[] = [
    ...receiptColumns<UnmatchedReceipt>(t, (u) => u.receipt),
    { id: 'state', header: t('reconciliation.col.state'), accessorFn: (u) => t(`reconciliation.state.${u.state}`, { dueBy: u.dueBy }) },
  ];
  const unmatchedDepositColumns: ColumnDef<UnmatchedDeposit, unknown>[] = [
    ...depositColumns<UnmatchedDeposit>(t, (u) => u.deposit),
    { id: 'branch', header: t('reconciliation.col.branch'), accessorFn: (u) => u.deposit.branchCode ?? t('reconciliation.unattributed') },
    { id: 'reason', header: t('reconciliation.col.reason'), accessorFn: (u) => `${t(`reconciliation.reasons.${u.reason}`)}${u.receiptNumbers.length > 0 ? `：${u.receiptNumbers.join('、')}` : ''}` },
  ];
  const voidedColumns: ColumnDef<Voided, unknown>[] = [
    ...receiptColumns<Voided>(t, (v) => v.receipt),
    { id: 'flag', header: t('reconciliation.col.reason'), accessorFn: (v) => (v.depositIds.length > 0 ? t('reconciliation.flagged', { count: v.depositIds.length }) : '') },
  ];
  const matchedColumns: ColumnDef<Matched, unknown>[] = [...receiptColumns<Matched>(t, (m) => m.receipt), ...depositColumns<Matched>(t, (m) => m.deposit)];

  return (
    <>
      <h2>
        {t('reconciliation.sections.mismatches')}（{report.mismatches.length}）
      </h2>
      <DataTable rows={report.mismatches} columns={mismatchColumns} label={t('reconciliation.sections.mismatches')} testId="reconciliation-mismatches" rowTestId={(m) => `mismatch-${m.receipt.number}`} />
      <h2>
        {t('reconciliation.sections.unmatchedReceipts')}（{report.unmatchedReceipts.length}）
      </h2>
      <DataTable
        rows={report.unmatchedReceipts}
        columns={unmatchedReceiptColumns}
        label={t('reconciliation.sections.unmatchedReceipts')}
        testId="reconciliation-unmatched-receipts"
        rowTestId={(u) => `unmatched-receipt-${u.receipt.number}`}
      />
      <h2>
        {t('reconciliation.sections.unmatchedDeposits')}（{report.unmatchedDeposits.length}）
      </h2>
      <DataTable rows={report.unmatchedDeposits} columns={unmatchedDepositColumns} label={t('reconciliation.sections.unmatchedDeposits')} testId="reconciliation-unmatched-deposits" />
      <h2>
        {t('reconciliation.sections.voided')}（{report.voided.length}）
      </h2>
      <DataTable rows={report.voided} columns={voidedColumns} label={t('reconciliation.sections.voided')} testId="reconciliation-voided" rowTestId={(v) => `voided-${v.receipt.number}`} />
      <h2>
        {t('reconciliation.sections.matched')}（{report.matched.length}）
      </h2>
      <DataTable rows={report.matched} columns={matchedColumns} label={t('reconciliation.sections.matched')} testId="reconciliation-matched" rowTestId={(m) => `matched-${m.receipt.number}`} />
    </>
  );
}
