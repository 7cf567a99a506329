import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleView } from '../../../shared/legal/consoleApi';
import { openEvidence } from '../evidence/api';
import { ErrorNote } from '../ui/ErrorNote';

type Check = { state: 'checking' } | { state: 'verified' } | { state: 'mismatch'; actual: string } | { state: 'not_held' };

/**
 * A legal case's newest evidence bundle at head office: its index with each document's SHA-256, and the hashes
 * checked here in the browser like the evidence page does (openEvidence): the bundle's PDF, and each letter the
 * index names by its file. A section's hash is of the data the bundle prints, recomputable from the PDF.
 */
export function BundleCheck({ bundles }: { bundles: readonly BundleView[] }) {
  const { t, i18n } = useTranslation();
  const [checks, setChecks] = useState<Record<string, Check>>({});
  const [error, setError] = useState<unknown>(null);
  const latest = bundles[0];
  if (!latest) return <p className="note">{t('legalCases.bundle.none')}</p>;
  const fileHashes = [latest.pdfSha256, ...latest.documents.filter((d) => d.hashOf === 'file').map((d) => d.sha256)];

  async function checkAll() {
    setError(null);
    setChecks(Object.fromEntries(fileHashes.map((h) => [h, { state: 'checking' } as Check])));
    try {
      for (const sha of new Set(fileHashes)) {
        let check: Check;
        try {
          const opened = await openEvidence(sha);
          URL.revokeObjectURL(opened.url);
          check = opened.verified ? { state: 'verified' } : { state: 'mismatch', actual: opened.actual };
        } catch {
          check = { state: 'not_held' };
        }
        setChecks((c) => ({ ...c, [sha]: check }));
      }
    } catch (err) {
      setError(err);
    }
  }

  const status = (sha: string) => {
    const c = checks[sha];
    if (!c) return null;
    if (c.state === 'checking') return <span className="note">{t('legalCases.bundle.checking')}</span>;
    if (c.state === 'verified') return <span className="ok-note" data-testid="bundle-hash-verified">{t('legalCases.bundle.verified')}</span>;
    if (c.state === 'not_held') return <span className="note" data-testid="bundle-hash-not-held">{t('legalCases.bundle.notHeld')}</span>;
    return <span className="error-note" data-testid="bundle-hash-mismatch">{t('legalCases.bundle.mismatch', { actual: c.actual })}</span>;
  };

  return (
    <div data-testid="legal-case-bundle">
      <h3>{t('legalCases.bundle.title')}</h3>
      <p className="note">
        {t('legalCases.bundle.built', { by: latest.builtBy, at: new Date(latest.builtAt).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai' }), count: latest.documents.length })}
      </p>
      <p>
        {t('legalCases.bundle.pdf')}: <span className="mono" data-testid="bundle-pdf-sha256">{latest.pdfSha256}</span> {latest.held ? status(latest.pdfSha256) : <span className="note">{t('legalCases.bundle.notHeld')}</span>}
      </p>
      <button type="button" className="secondary" onClick={() => void checkAll()} disabled={!latest.held} data-testid="bundle-check">
        {t('legalCases.bundle.check')}
      </button>
      <table className="grid" data-testid="bundle-index">
        <thead>
          <tr>
            <th>{t('legalCases.bundle.seq')}</th>
            <th>{t('legalCases.bundle.document')}</th>
            <th>SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {latest.documents.map((d) => (
            <tr key={d.seq} data-testid="bundle-document" data-sha256={d.sha256}>
              <td>{d.seq}</td>
              <td>{d.title}</td>
              <td>
                <span className="mono">{d.sha256}</span> {d.hashOf === 'file' ? status(d.sha256) : <span className="note">{t('legalCases.bundle.section')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorNote error={error} />
    </div>
  );
}
