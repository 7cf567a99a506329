import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../ui/ErrorNote';
import { openEvidence, type EvidenceItem, type OpenedEvidence } from './api';

/**
 * One piece of evidence: a photo's thumbnail (a PDF opens on demand), its SHA-256 in full and whether the
 * bytes this browser received hash to it ("verified"), computed here, not taken from head office's word.
 */
export function EvidenceCard({ item }: { item: EvidenceItem }) {
  const { t, i18n } = useTranslation();
  const [opened, setOpened] = useState<OpenedEvidence | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [showPdf, setShowPdf] = useState(false);
  const isImage = item.mimeType?.startsWith('image/') ?? false;

  useEffect(() => () => void (opened && URL.revokeObjectURL(opened.url)), [opened]);
  useEffect(() => {
    if (!item.held || !isImage) return;
    let live = true;
    openEvidence(item.sha256).then((o) => (live ? setOpened(o) : URL.revokeObjectURL(o.url)), (err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [item.held, item.sha256, isImage]);

  async function openPdf() {
    setError(null);
    try {
      setOpened(opened ?? (await openEvidence(item.sha256)));
      setShowPdf(true);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <article className="card evidence-card" data-testid="evidence-item" data-sha256={item.sha256}>
      <header>
        <strong>{item.label}</strong> <span className="note">{t(`evidence.kind.${item.kind}`)}</span>
      </header>
      {item.held && isImage && opened && <img className="evidence-thumb" src={opened.url} alt={item.label} data-testid="evidence-thumb" />}
      {item.held && !isImage && (
        <button type="button" className="secondary" onClick={() => void openPdf()} data-testid="evidence-open-pdf">
          {t('evidence.item.openPdf')}
        </button>
      )}
      {showPdf && opened && <iframe className="evidence-pdf" title={item.label} src={opened.url} />}
      <dl className="evidence-facts">
        <dt>SHA-256</dt>
        <dd className="mono" data-testid="evidence-sha256">
          {item.sha256}
        </dd>
        <dt>{t('evidence.item.status')}</dt>
        <dd>
          {!item.held ? (
            <span className="note" data-testid="evidence-not-held">
              {t('evidence.item.notHeld')}
            </span>
          ) : opened ? (
            opened.verified ? (
              <span className="ok-note" data-testid="evidence-verified">
                {t('evidence.item.verified')}
              </span>
            ) : (
              <span className="error-note" data-testid="evidence-mismatch">
                {t('evidence.item.mismatch', { actual: opened.actual })}
              </span>
            )
          ) : (
            <span className="note">{t('evidence.item.held', { type: item.mimeType ?? '' })}</span>
          )}
        </dd>
        <dt>{t('evidence.item.recorded')}</dt>
        <dd>
          {new Date(item.recordedAt).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai' })} · {item.recordedBy}
        </dd>
        {item.sizeBytes !== null && (
          <>
            <dt>{t('evidence.item.size')}</dt>
            <dd>{t('evidence.item.bytes', { kb: (item.sizeBytes / 1024).toFixed(1) })}</dd>
          </>
        )}
      </dl>
      <ErrorNote error={error} />
    </article>
  );
}
