import { useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import { todayIn } from '../../../shared/calendar';
import { DEFAULT_LAG_DAYS, MAX_LAG_DAYS, type ReportAnswer } from '../../../shared/reconciliation/api';
import { useApi } from '../api/useApi';
import { useTranslation } from '../i18n';
import { useMe } from '../layout/MeContext';
import { navigate, useRoute } from '../layout/route';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { downloadExport, fetchReport, type ReportQuery } from './api';
import { ResultTables } from './ResultTables';
import { Summary, TotalsTables } from './Totals';
import { UploadCard } from './UploadCard';
import './reconciliation.css';

/**
 * 回款核对: pick a day (and a branch), upload the bank's deposit records (head office only), see what matched
 * and what did not, with totals per collector and branch, and export it. The choice lives in the address
 * (#/reconciliation?day=…&branch=…&lag=…), so a reload or a shared link shows the same day.
 */
export function ReconciliationPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { params } = useRoute();
  const q: ReportQuery = {
    day: params.get('day') ?? todayIn(),
    branch: me.scopeBranchCode ?? params.get('branch') ?? '',
    lagDays: Math.min(MAX_LAG_DAYS, Math.max(0, Number(params.get('lag') ?? DEFAULT_LAG_DAYS) || 0)),
  };
  const key = `${q.day}|${q.branch}|${q.lagDays}`;
  const report = useApi(() => fetchReport(q), key);
  const [exportError, setExportError] = useState<unknown>(null);
  const go = (next: Partial<ReportQuery>) => {
    const n = { ...q, ...next };
    navigate(`reconciliation?${new URLSearchParams({ day: n.day, ...(n.branch ? { branch: n.branch } : {}), lag: String(n.lagDays) }).toString()}`);
  };
  const exportAs = (format: 'csv' | 'xlsx') => {
    setExportError(null);
    downloadExport(q, format).catch(setExportError);
  };

  type File = ReportAnswer['files'][number];
  const fileColumns: ColumnDef<File, unknown>[] = [
    { id: 'name', header: t('reconciliation.files.name'), accessorFn: (f) => f.fileName },
    { id: 'branch', header: t('reconciliation.files.branch'), accessorFn: (f) => f.branchCode ?? '', cell: (c) => c.row.original.branchCode ?? t('reconciliation.allBranches') },
    { id: 'who', header: t('reconciliation.files.who'), accessorFn: (f) => `${f.uploadedByName}（${f.uploadedBy}）` },
    { id: 'at', header: t('reconciliation.files.at'), accessorFn: (f) => f.uploadedAt, cell: (c) => new Date(c.row.original.uploadedAt).toLocaleString(i18n.language) },
    { id: 'rows', header: t('reconciliation.files.rows'), accessorFn: (f) => f.rowCount },
    { id: 'accepted', header: t('reconciliation.files.accepted'), accessorFn: (f) => f.acceptedCount },
  ];
  const data: ReportAnswer | undefined = report.data;

  return (
    <section className="reconciliation-page">
      <h1>{t('reconciliation.title')}</h1>
      <p className="note">{t('reconciliation.intro')}</p>
      <div className="toolbar">
        <label>
          {t('reconciliation.day')}
          <input type="date" value={q.day} required onChange={(e) => e.target.value && go({ day: e.target.value })} data-testid="reconciliation-day" />
        </label>
        <label>
          {t('reconciliation.branch')}
          <select value={q.branch} disabled={me.scopeBranchCode !== null} onChange={(e) => go({ branch: e.target.value })} data-testid="reconciliation-branch">
            {me.scopeBranchCode === null ? <option value="">{t('reconciliation.allBranches')}</option> : null}
            {(data?.branches ?? (q.branch ? [{ code: q.branch, name: '' }] : [])).map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} {b.name}
              </option>
            ))}
          </select>
        </label>
        <label title={t('reconciliation.lagHelp', { days: q.lagDays })}>
          {t('reconciliation.lagDays')}
          <input type="number" min={0} max={MAX_LAG_DAYS} value={q.lagDays} onChange={(e) => go({ lagDays: Number(e.target.value) })} data-testid="reconciliation-lag" style={{ width: 80 }} />
        </label>
        <button type="button" className="secondary" onClick={() => exportAs('csv')} disabled={!data} data-testid="reconciliation-export-csv">
          {t('reconciliation.export.csv')}
        </button>
        <button type="button" className="secondary" onClick={() => exportAs('xlsx')} disabled={!data} data-testid="reconciliation-export-xlsx">
          {t('reconciliation.export.xlsx')}
        </button>
      </div>
      <ErrorNote error={exportError} />
      {me.canChange ? (
        <UploadCard key={q.day} day={q.day} branches={data?.branches ?? []} defaultBranch={q.branch} onUploaded={report.reload} />
      ) : (
        <p className="note" data-testid="reconciliation-read-only">
          {t('reconciliation.readOnly')}
        </p>
      )}
      <ErrorNote error={report.error} onRetry={report.reload} />
      {report.loading && !data ? <p className="loading">{t('common.loading')}</p> : null}
      {data ? (
        <div aria-busy={report.loading} data-testid="reconciliation-report">
          <Summary totals={data.totals} />
          <h2>{t('reconciliation.files.title')}</h2>
          <DataTable rows={data.files} columns={fileColumns} label={t('reconciliation.files.title')} testId="reconciliation-files" />
          <ResultTables report={data} />
          <TotalsTables report={data} />
        </div>
      ) : null}
    </section>
  );
}
