import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../../shared/outsourcing/agency';
import type { ResultFile } from '../../../shared/outsourcing/api';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { fetchResultFiles, uploadResults } from './api';

type Rejection = ResultFile['rejections'][number];

/** The agency's results files: an admin uploads one; every file lists the rows it refused, by field. */
export function ResultsCard({ agency, onUploaded }: { agency: Agency; onUploaded: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const files = useApi(() => fetchResultFiles(agency.id), `results-${agency.id}`);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<{ alreadyUploaded: boolean; file: ResultFile } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    if (!file) return;
    setError(null);
    setAnswer(null);
    setProgress(0);
    try {
      setAnswer(await uploadResults(agency.id, file, setProgress));
      files.reload();
      onUploaded();
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  };

  const rejectionColumns: ColumnDef<Rejection, unknown>[] = [
    { id: 'row', header: t('outsourcing.results.row'), accessorFn: (r) => r.rowNumber },
    { id: 'field', header: t('outsourcing.results.field'), cell: (c) => (i18n.exists(`outsourcing.resultFields.${c.row.original.field}`) ? t(`outsourcing.resultFields.${c.row.original.field}`) : c.row.original.field) },
    { id: 'problem', header: t('outsourcing.results.problem'), cell: (c) => t(`outsourcing.problems.${c.row.original.code}`, c.row.original.params) },
  ];
  const fileColumns: ColumnDef<ResultFile, unknown>[] = [
    { accessorKey: 'fileName', header: t('outsourcing.results.file') },
    { id: 'at', header: t('outsourcing.results.at'), cell: (c) => new Date(c.row.original.uploadedAt).toLocaleString(i18n.language) },
    { accessorKey: 'uploadedBy', header: t('outsourcing.results.by') },
    { id: 'counts', header: t('outsourcing.results.made'), cell: (c) => t('outsourcing.results.counts', c.row.original.counts) },
    { id: 'rejected', header: t('outsourcing.results.rejected'), cell: (c) => c.row.original.rejections.length },
  ];
  const f = answer?.file;
  return (
    <div data-testid="agency-results">
      <h3>{t('outsourcing.results.title')}</h3>
      <p className="note">{t('outsourcing.results.help')}</p>
      {me.canChange ? (
        <div className="toolbar">
          <label>
            {t('outsourcing.results.file')}
            <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="agency-results-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
          <button type="button" data-testid="agency-results-upload" disabled={!file || progress !== null} onClick={() => void submit()}>
            {progress !== null ? t('outsourcing.results.busy', { percent: Math.round(progress * 100) }) : t('outsourcing.results.upload')}
          </button>
        </div>
      ) : null}
      <ErrorNote error={error} />
      {f ? (
        <div data-testid="agency-results-answer">
          <p className="ok-note">{answer.alreadyUploaded ? t('outsourcing.results.again') : t('outsourcing.results.done', { file: f.fileName, accepted: f.acceptedCount, rejected: f.rejections.length })}</p>
          {f.rejections.length > 0 ? <DataTable rows={f.rejections} columns={rejectionColumns} label={t('outsourcing.results.rejectedTitle')} testId="agency-results-rejections" /> : null}
        </div>
      ) : null}
      <ErrorNote error={files.error} onRetry={files.reload} />
      {files.data && files.data.length > 0 ? <DataTable rows={files.data} columns={fileColumns} label={t('outsourcing.results.title')} testId="agency-results-files" /> : null}
    </div>
  );
}
