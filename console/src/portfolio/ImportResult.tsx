import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REJECTIONS_SHOWN, type ImportView } from '../../../shared/portfolio/imports';
import { ConsoleError } from '../api/client';
import { useMe } from '../layout/MeContext';
import { applyImport, discardImport, rejectionReport, saveBlob } from './api';
import { formatTime, importText, portfolioErrorText } from './format';
import { ImportCounts } from './ImportCounts';
import { PORTFOLIO_IMPORTS, type ImportSource } from './importSource';

interface Props {
  view: ImportView;
  branchNames: ReadonlyMap<string, string>;
  onChanged: () => void;
  source?: ImportSource;
}

/** One upload: its dry run (or what applying it did), its closures and rejections, and apply / discard. */
export function ImportResult({ view, branchNames, onChanged, source = PORTFOLIO_IMPORTS }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A key and its values, translated when shown: switching the language translates the note too.
  const [note, setNote] = useState<{ key: string; values?: Record<string, number> } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const pending = view.status === 'pending';
  const needsConfirm = pending && view.closures.needsConfirmation;

  async function run(what: 'apply' | 'discard') {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      if (what === 'apply') {
        const done = await applyImport(view.id, needsConfirm ? view.closures.count : undefined, source.api);
        setNote({ key: source.appliedKey, values: { ...done.counts } });
      } else {
        await discardImport(view.id, source.api);
        setNote({ key: 'imports.discarded' });
      }
      onChanged();
    } catch (err) {
      if (err instanceof ConsoleError && err.code === 'changed_since_dry_run') {
        setNote({ key: 'imports.changed' });
        onChanged();
      } else setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function download() {
    try {
      saveBlob(await rejectionReport(view.id, source.api), `${view.fileName}.rejections.csv`);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <section className="card" data-testid="import-result" aria-label={view.fileName}>
      <h2>
        {t(view.status === 'applied' ? 'imports.appliedTitle' : 'imports.dryRunTitle', { file: view.fileName })}{' '}
        <span className={`status status-${view.status}`} data-testid="import-status">
          {t(`imports.status.${view.status}`)}
        </span>
      </h2>
      <p className="note">
        {view.snapshotDate ? t('imports.snapshot', { date: view.snapshotDate }) : null} · {t('imports.uploadedBy')} {view.uploadedByName ?? view.uploadedBy} · {formatTime(view.uploadedAt)}
        {view.appliedAt ? ` · ${t('imports.appliedAt')} ${formatTime(view.appliedAt)}` : null}
      </p>
      {view.sameFileApplied ? <p className="note">{t('imports.sameFile', { time: formatTime(view.sameFileApplied.appliedAt) })}</p> : null}
      {view.fileError ? (
        <p className="error-note" data-testid="import-file-error">
          {t('imports.fileRefused', { reason: importText(t, view.fileError.code, view.fileError.params) })}
        </p>
      ) : null}
      <ImportCounts view={view} branchNames={branchNames} source={source} />

      {view.closures.count > 0 ? (
        <details className="closures" open={needsConfirm}>
          <summary>{t('imports.closuresTitle', { count: view.closures.count, open: view.closures.open })}</summary>
          <p className="note">{view.closures.cases.map((c) => `${c.caseNumber}（${c.branchCode}）`).join('、')}</p>
        </details>
      ) : null}
      {needsConfirm ? (
        <div className="warning-note">
          <p>{t('imports.closuresConfirm', { count: view.closures.count, limit: view.closures.limit })}</p>
          <label className="inline">
            <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} data-testid="import-confirm-closures" />
            {t('imports.confirmClosures', { count: view.closures.count })}
          </label>
        </div>
      ) : null}

      <h3>{t('imports.rejectionsTitle', { count: view.rejectionCount })}</h3>
      {view.rejectionCount > 0 ? (
        <>
          <table className="data-table" aria-label={t('imports.rejectionsTitle', { count: view.rejectionCount })} data-testid="import-rejections">
            <thead>
              <tr>
                <th scope="col" className="num">{t('imports.row')}</th>
                <th scope="col">{t('imports.customerNo')}</th>
                <th scope="col">{t('imports.field')}</th>
                <th scope="col">{t('imports.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {view.rejections.map((r, i) => (
                <tr key={`${r.row}-${r.field}-${i}`}>
                  <td className="num">{r.row}</td>
                  <td>{r.customerNo}</td>
                  <td>{r.field}</td>
                  <td>{importText(t, r.code, r.params)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {view.rejectionCount > view.rejections.length ? <p className="note">{t('imports.rejectionsMore', { shown: REJECTIONS_SHOWN })}</p> : null}
        </>
      ) : (
        <p className="note">{t('common.none')}</p>
      )}

      {error ? (
        <div role="alert" className="error-note">
          {portfolioErrorText(t, error)}
        </div>
      ) : null}
      {note ? (
        <p className="ok-note" role="status" data-testid="import-note">
          {t(note.key, note.values)}
        </p>
      ) : null}
      {pending && view.keptUntil ? <p className="note">{t('imports.keptUntil', { time: formatTime(view.keptUntil) })}</p> : null}
      <div className="toolbar actions">
        {view.rejectionCount > 0 ? (
          <button type="button" className="secondary" onClick={() => void download()} data-testid="import-download-report">
            {t('imports.downloadReport')}
          </button>
        ) : null}
        {pending && me.canChange ? (
          <>
            <button type="button" disabled={busy || (needsConfirm && !confirmed)} onClick={() => void run('apply')} data-testid="import-apply">
              {busy ? t('imports.applying') : t('imports.apply')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => void run('discard')} data-testid="import-discard">
              {t('imports.discard')}
            </button>
          </>
        ) : null}
      </div>
    </section>
  );
}
