import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { bundleMissingGlyphs } from '../../../../shared/legal/bundle';
import { codePointLabel } from '../../../../shared/letters/glyphs';
import type { LegalBundleRecord } from '../../../../shared/records/legalBundle';
import { Permitted } from '../../access/screens/Permitted';
import { ActionErrorText } from '../../fieldwork/screens/panels/common';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { renderBundle } from '../../letters/pdfClient';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { formatInstant } from '../../ui/format';
import { recordLegalBundle } from '../actions/recordLegalBundle';
import { BundleUnavailable, bundleInputOf } from '../bundle/bundleInput';

/**
 * 证据材料 of one legal case: build it from this device's records (rendered in the letters' worker, kept sealed
 * and uploaded to head office as evidence), and the newest bundle's index with each document's SHA-256.
 */
export function BundlePanel({ caseRecord: c, legalCaseId, bundles }: { caseRecord: Case; legalCaseId: string; bundles: readonly LegalBundleRecord[] }) {
  const { t, i18n } = useTranslation();
  const store = useAppStore((s) => s.store);
  const act = useAppStore((s) => s.act);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const latest = bundles[0] ?? null;
  const uploaded = useUploaded(latest?.pdfSha256 ?? null);

  const build = async () => {
    if (!store) return;
    setBusy(true);
    setProblem(null);
    setError(null);
    try {
      const input = await bundleInputOf(store.db, c.id, legalCaseId, clock.today(c.timeZone));
      const missing = bundleMissingGlyphs(input);
      if (missing.length > 0) return setProblem(t('legalBundle.error.glyphs', { chars: missing.map((ch) => `${ch} (${codePointLabel(ch)})`).join('、') }));
      const rendered = await renderBundle(input).result;
      const result = await act(recordLegalBundle, {
        caseId: c.id,
        legalCaseId,
        pdf: new Uint8Array(rendered.pdf.bytes),
        documents: rendered.documents.map(({ seq, kind, title, sha256, hashOf }) => ({ seq, kind, title, sha256, hashOf })),
      });
      if (!result.ok) setError(result.error);
    } catch (err) {
      setProblem(err instanceof BundleUnavailable ? t(`legalBundle.error.${err.code}`) : t('legalBundle.error.render', { message: String((err as Error)?.message ?? err) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="legal-bundle" data-testid="legal-bundle">
      <div className="row gap">
        <strong>{t('legalBundle.title')}</strong>
        <Permitted action="refer_legal" target={c.assignment} quiet>
          <button type="button" onClick={() => void build()} disabled={busy} data-testid="legal-bundle-build">
            {busy ? t('legalBundle.building') : t('legalBundle.build')}
          </button>
        </Permitted>
      </div>
      {problem && (
        <p className="error small" role="alert" data-testid="legal-bundle-problem">
          {problem}
        </p>
      )}
      <ActionErrorText error={error} testId="legal-bundle-error" />
      {latest ? (
        <>
          <p className="small" data-testid="legal-bundle-summary">
            {t('legalBundle.built', { at: formatInstant(latest.builtAt, i18n.language, c.timeZone), count: latest.documents.length, kb: (latest.pdfBytes / 1024).toFixed(1) })} ·{' '}
            <span data-testid="legal-bundle-upload">{uploaded ? t('legalBundle.uploaded') : t('legalBundle.waiting')}</span>
          </p>
          <p className="small mono">
            {t('legalBundle.pdf')} SHA-256: <span data-testid="legal-bundle-pdf-sha256">{latest.pdfSha256}</span>
          </p>
          <table className="grid small" data-testid="legal-bundle-index">
            <thead>
              <tr>
                <th>{t('legalBundle.seq')}</th>
                <th>{t('legalBundle.document')}</th>
                <th>SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {latest.documents.map((d) => (
                <tr key={d.seq} data-testid="legal-bundle-document" data-kind={d.kind} data-sha256={d.sha256}>
                  <td>{d.seq}</td>
                  <td>
                    {d.title} <span className="muted">({t(`legalBundle.kind.${d.kind}`)})</span>
                  </td>
                  <td className="mono">
                    {d.sha256} <span className="muted">({t(`legalBundle.hashOf.${d.hashOf}`)})</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{t('legalBundle.note')}</p>
        </>
      ) : (
        <p className="muted small">{t('legalBundle.none')}</p>
      )}
    </div>
  );
}

/** Whether head office confirmed it holds these bytes (the sync's evidence step, sync/evidence/upload.ts). */
function useUploaded(sha256: string | null): boolean {
  const store = useAppStore((s) => s.store);
  const synced = useAppStore((s) => s.sync.lastSuccessAt);
  const [confirmed, setConfirmed] = useState(false);
  useEffect(() => {
    if (!store || !sha256) return;
    let live = true;
    void store.db.evidenceUploads.get(sha256).then((row) => live && setConfirmed(Boolean(row?.confirmedAt)));
    return () => {
      live = false;
    };
  }, [store, sha256, synced]);
  return confirmed;
}
