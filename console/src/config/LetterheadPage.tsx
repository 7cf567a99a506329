import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnDef } from '@tanstack/react-table';
import { LetterheadSchema, type PublishedConfig } from '../../../shared/publishedConfig';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { DataTable } from '../ui/DataTable';
import { ErrorNote } from '../ui/ErrorNote';
import { publish, readCurrent, readVersions } from './api';
import { fieldOfPath, formOf, payloadOf, TEXT_FIELDS, type LetterheadForm } from './letterheadForm';
import { CurrentVersion, issueList, PublishOutcome } from './PublishBar';
import { SealPicker } from './SealPicker';

type Lh = Extract<PublishedConfig, { kind: 'letterhead' }>;

/** 信头: edit a branch's letterhead, preview a sample letter as a PDF, publish the next version. */
export function LetterheadPage() {
  const { t } = useTranslation();
  const me = useMe();
  const current = useApi(() => readCurrent('letterhead'), 'letterhead');
  const [branch, setBranch] = useState('');
  const [form, setForm] = useState<LetterheadForm | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [published, setPublished] = useState<PublishedConfig | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const branches = current.data?.branches ?? [];
  const code = branch || branches[0]?.code || '';
  const inForce = current.data?.current.find((c): c is Lh => c.kind === 'letterhead' && c.scope === code);
  const versions = useApi(() => (code ? readVersions('letterhead', code) : Promise.resolve([])), `${code}:${inForce?.version ?? 0}`);

  useEffect(() => {
    if (!code || !current.data) return;
    // A new branch (or a new version in force) starts from what is in force; nothing typed is kept across branches.
    setForm(formOf(inForce?.payload, branches.find((b) => b.code === code)?.name ?? ''));
  }, [code, inForce?.version, current.data]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const columns = useMemo<ColumnDef<PublishedConfig, unknown>[]>(
    () => [
      { header: t('config.col.version'), accessorKey: 'version' },
      { header: t('config.col.by'), accessorKey: 'publishedBy' },
      { header: t('config.col.at'), accessorFn: (c) => c.publishedAt.slice(0, 16).replace('T', ' ') },
      { header: t('config.col.summary'), accessorFn: (c) => (c.kind === 'letterhead' ? `${c.payload.address}（${c.payload.phone}）` : '') },
    ],
    [t],
  );

  if (current.error && !current.data) return <ErrorNote error={current.error} onRetry={current.reload} />;
  if (!current.data || !form) return <p className="loading">{t('common.loading')}</p>;
  const readOnly = !me.canChange;
  const label = (path: string) => t(`config.letterhead.${fieldOfPath(path)}`, { kb: 200 });
  const checked = () => {
    const res = LetterheadSchema.safeParse(payloadOf(form));
    setProblems(res.success ? [] : issueList(res.error.issues, label));
    return res.success ? res.data : null;
  };
  const showPreview = async () => {
    const payload = checked();
    if (!payload) return;
    setBusy(t('config.letterhead.previewing'));
    setError(null);
    try {
      // pdfmake and the letter code load only when a preview is asked for.
      const { previewLetterhead } = await import('./letterPreview');
      const out = await previewLetterhead(code, payload);
      if (!out.ok) setProblems([t('config.letterhead.previewRefused', { problems: out.problems.map((p) => p.code).join(', ') })]);
      else setPreview(URL.createObjectURL(out.pdf));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const doPublish = async () => {
    const payload = checked();
    if (!payload) return;
    setBusy(t('config.publishing'));
    setError(null);
    setPublished(null);
    try {
      setPublished(await publish('letterhead', code, payload));
      current.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  const set = (field: keyof LetterheadForm) => (e: { target: { value: string } }) => setForm({ ...form, [field]: e.target.value });

  return (
    <section>
      <h1>{t('config.letterhead.title')}</h1>
      <p className="note">{t('config.letterhead.intro')}</p>
      {readOnly && <p className="note">{t('config.readOnly')}</p>}
      <div className="toolbar">
        <label>
          {t('config.branch')}
          <select value={code} data-testid="letterhead-branch" onChange={(e) => (setBranch(e.target.value), setPublished(null), setPreview(null), setProblems([]))}>
            {branches.map((b) => (
              <option key={b.code} value={b.code}>
                {b.code} {b.name}
              </option>
            ))}
          </select>
        </label>
        <CurrentVersion current={inForce} />
      </div>
      <div className="card form-columns">
        {TEXT_FIELDS.map((f) => (
          <label key={f}>
            {t(`config.letterhead.${f}`)}
            <input value={form[f]} onChange={set(f)} disabled={readOnly} data-testid={`letterhead-${f}`} />
          </label>
        ))}
        <label>
          {t('config.letterhead.channels')}
          <textarea rows={4} value={form.channels} onChange={set('channels')} disabled={readOnly} data-testid="letterhead-channels" />
        </label>
        <SealPicker value={form.seal} disabled={readOnly} onChange={(seal) => setForm({ ...form, seal })} />
      </div>
      <div className="toolbar">
        <button type="button" className="secondary" disabled={busy !== null} onClick={() => void showPreview()} data-testid="letterhead-preview">
          {t('config.letterhead.preview')}
        </button>
        {!readOnly && (
          <button type="button" disabled={busy !== null} onClick={() => void doPublish()} data-testid="letterhead-publish">
            {t('config.publish')}
          </button>
        )}
        {busy && <span className="note">{busy}</span>}
      </div>
      <PublishOutcome published={published} error={error} problems={problems} />
      {preview && (
        <div className="card">
          <h2>{t('config.letterhead.previewTitle')}</h2>
          <a href={preview} download={`letterhead-${code}-preview.pdf`} data-testid="letterhead-preview-download">
            {t('config.letterhead.download')}
          </a>
          <iframe title={t('config.letterhead.previewTitle')} src={preview} style={{ width: '100%', height: 520, border: '1px solid #d9dee3', marginTop: 8 }} />
        </div>
      )}
      <h2>{t('config.versions')}</h2>
      <ErrorNote error={versions.error} onRetry={versions.reload} />
      <DataTable rows={versions.data ?? []} columns={columns} label={t('config.versions')} testId="letterhead-versions" />
    </section>
  );
}
