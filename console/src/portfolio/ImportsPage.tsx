import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../shared/portfolio/imports';
import { useApi } from '../api/useApi';
import { hrefOf, navigate, useRoute } from '../layout/route';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { extractTemplate, fetchDirectory, fetchImport, fetchImports, saveBlob, uploadExtract } from './api';
import { formatTime, portfolioErrorText } from './format';
import { ImportResult } from './ImportResult';
import { PORTFOLIO_IMPORTS, type ImportSource } from './importSource';

/**
 * #/imports: upload an extract, see its dry run, apply or discard it; the history below (#/imports?id=… opens
 * one). The repayment extract's page is this one with its own source (console/src/payments/).
 */
export function ImportsPage({ source = PORTFOLIO_IMPORTS }: { source?: ImportSource }) {
  const { t } = useTranslation();
  const route = useRoute();
  const openId = route.params.get('id');
  const history = useApi(() => fetchImports(source.api), `imports:${source.page}`);
  const current = useApi(() => (openId ? fetchImport(openId, source.api) : Promise.resolve(null)), `import:${source.page}:${openId ?? ''}`);
  const directory = useApi(fetchDirectory, 'directory');
  const branchNames = useMemo(() => new Map((directory.data?.branches ?? []).map((b) => [b.code, b.name])), [directory.data]);
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const [templateError, setTemplateError] = useState<unknown>(null);
  const { templateFileKey } = source;

  async function downloadTemplate(fileKey: string) {
    setTemplateError(null);
    try {
      saveBlob(await extractTemplate(source.api), t(fileKey));
    } catch (err) {
      setTemplateError(err);
    }
  }

  async function upload() {
    if (!file) return;
    setUploadError(null);
    setProgress(0);
    try {
      const view = await uploadExtract(file, setProgress, source.api);
      setFile(null);
      if (input.current) input.current.value = '';
      history.reload();
      navigate(`${source.page}?id=${encodeURIComponent(view.id)}`);
    } catch (err) {
      setUploadError(err);
    } finally {
      setProgress(null);
    }
  }

  const refresh = () => {
    current.reload();
    history.reload();
  };

  const columns = useMemo<ColumnDef<ImportSummary, unknown>[]>(
    () => [
      { accessorKey: 'uploadedAt', header: t('imports.uploadedAt'), cell: (c) => formatTime(c.row.original.uploadedAt) },
      { accessorKey: 'fileName', header: t('imports.fileName'), cell: (c) => <a href={hrefOf(`${source.page}?id=${encodeURIComponent(c.row.original.id)}`)}>{c.row.original.fileName}</a> },
      { accessorKey: 'status', header: t('imports.statusColumn'), cell: (c) => t(`imports.status.${c.row.original.status}`) },
      ...source.columns.map(
        (k): ColumnDef<ImportSummary, unknown> => ({ id: k, header: t(source.countKey(k, true)), accessorFn: (r) => r.counts[k], cell: (c) => <span className="num">{c.row.original.counts[k]}</span> }),
      ),
      { accessorKey: 'uploadedBy', header: t('imports.uploadedBy'), cell: (c) => (c.row.original.uploadedBy === 'cli' ? t('imports.cli') : (c.row.original.uploadedByName ?? c.row.original.uploadedBy)) },
      { accessorKey: 'appliedAt', header: t('imports.appliedAt'), cell: (c) => formatTime(c.row.original.appliedAt) },
    ],
    [t, source],
  );

  const percent = progress === null ? 0 : Math.round(progress * 100);
  return (
    <section>
      <h1>{t(source.titleKey)}</h1>
      <p className="note">{t(source.introKey)}</p>
      <div className="card toolbar">
        <label>
          {t('imports.choose')}
          <input ref={input} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} data-testid="import-file" />
        </label>
        <button type="button" disabled={!file || progress !== null} onClick={() => void upload()} data-testid="import-upload">
          {t('imports.upload')}
        </button>
        {templateFileKey ? (
          <button type="button" className="secondary" onClick={() => void downloadTemplate(templateFileKey)} data-testid="import-template">
            {t('imports.template')}
          </button>
        ) : null}
        {progress !== null ? (
          <span className="progress" role="status" data-testid="import-progress">
            <progress max={1} value={progress} /> {progress < 1 ? t('imports.uploading', { percent }) : t('imports.checking')}
          </span>
        ) : null}
      </div>
      {uploadError ? (
        <div role="alert" className="error-note" data-testid="import-upload-error">
          {portfolioErrorText(t, uploadError)}
        </div>
      ) : null}

      <ErrorNote error={templateError} />

      {openId ? current.data ? <ImportResult key={current.data.id} view={current.data} branchNames={branchNames} onChanged={refresh} source={source} /> : <ErrorNote error={current.error} onRetry={current.reload} /> : null}

      <h2>{t('imports.historyTitle')}</h2>
      <ErrorNote error={history.error} onRetry={history.reload} />
      <DataTable rows={history.data?.imports ?? []} columns={columns} label={t('imports.historyTitle')} testId="import-history" rowTestId={(r) => `import-row-${r.id}`} />
    </section>
  );
}
