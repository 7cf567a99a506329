import { useState } from 'react';
import type { ColumnDef } from '@tanstack/react-table';
import type { ReportAnswer, UploadAnswer } from '../../../shared/reconciliation/api';
import { useTranslation } from '../i18n';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { uploadDeposits } from './api';

type Rejection = UploadAnswer['file']['rejections'][number];

/** Head office uploads the bank's deposit records of the day; the answer lists every row it refused. */
export function UploadCard({ day, branches, defaultBranch, onUploaded }: { day: string; branches: ReportAnswer['branches']; defaultBranch: string; onUploaded: () => void }) {
  const { t, i18n } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [branch, setBranch] = useState(defaultBranch);
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<UploadAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    if (!file) return;
    setError(null);
    setAnswer(null);
    setProgress(0);
    try {
      setAnswer(await uploadDeposits(file, day, branch, setProgress));
      onUploaded();
    } catch (err) {
      setError(err);
    } finally {
      setProgress(null);
    }
  };

  const columns: ColumnDef<Rejection, unknown>[] = [
    { id: 'row', header: t('reconciliation.col.row'), accessorFn: (r) => r.rowNumber },
    { id: 'field', header: t('reconciliation.col.field'), accessorFn: (r) => r.field, cell: (c) => (i18n.exists(`reconciliation.fields.${c.row.original.field}`) ? t(`reconciliation.fields.${c.row.original.field}`) : c.row.original.field) },
    { id: 'problem', header: t('reconciliation.col.problem'), accessorFn: (r) => r.code, cell: (c) => t(`reconciliation.problems.${c.row.original.code}`, c.row.original.params) },
  ];
  const f = answer?.file;
  return (
    <section className="card" aria-labelledby="deposit-upload-title">
      <h2 id="deposit-upload-title">{t('reconciliation.upload.title')}</h2>
      <p className="note">{t('reconciliation.upload.help')}</p>
      <div className="toolbar">
        <label>
          {t('reconciliation.upload.file')}
          <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" data-testid="deposit-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t('reconciliation.upload.forBranch')}
          <select value={branch} onChange={(e) => setBranch(e.target.value)} data-testid="deposit-branch">
            <option value="">{t('reconciliation.upload.wholeBank')}</option>
            {branches.map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} {b.name}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={!file || progress !== null} onClick={() => void submit()} data-testid="deposit-upload">
          {progress !== null ? t('reconciliation.upload.busy', { percent: Math.round(progress * 100) }) : t('reconciliation.upload.submit')}
        </button>
      </div>
      <ErrorNote error={error} />
      {f ? (
        <div data-testid="deposit-upload-result">
          <p className="ok-note">
            {answer.alreadyUploaded
              ? t('reconciliation.upload.again', { at: new Date(f.uploadedAt).toLocaleString(i18n.language), who: f.uploadedByName })
              : t('reconciliation.upload.done', { file: f.fileName, accepted: f.acceptedCount, rejected: f.rejections.length })}
          </p>
          {f.rejections.length > 0 ? (
            <>
              <h3>{t('reconciliation.upload.rejectedTitle')}</h3>
              <DataTable rows={f.rejections} columns={columns} label={t('reconciliation.upload.rejectedTitle')} testId="deposit-rejections" />
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
