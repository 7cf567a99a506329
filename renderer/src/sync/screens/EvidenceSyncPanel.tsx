import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { formatInstant } from '../../ui/format';
import type { EvidenceRun } from '../evidence/evidenceState';
import { EvidenceKeepSetting } from './EvidenceKeepSetting';

/** The Sync screen's evidence section: the last upload in words, every refused file with its reason. */
export function EvidenceSyncPanel({ refreshKey }: { refreshKey: unknown }) {
  const { t, i18n } = useTranslation();
  const reads = useAppStore(selectReads);
  const [run, setRun] = useState<EvidenceRun | null | undefined>(undefined);
  useEffect(() => {
    if (!reads) return;
    let live = true;
    void reads.evidenceRun().then((r) => live && setRun(r));
    return () => {
      live = false;
    };
  }, [reads, refreshKey]);
  if (run === undefined) return null;
  return (
    <section data-testid="evidence-sync">
      <h2>{t('evidenceSync.title')}</h2>
      {run === null ? (
        <p className="muted">{t('evidenceSync.never')}</p>
      ) : (
        <>
          <p data-testid="evidence-sync-summary">
            {t('evidenceSync.summary', { at: formatInstant(run.at, i18n.language), uploaded: run.uploaded, confirmed: run.confirmed, waiting: run.waiting, dropped: run.dropped })}
          </p>
          {run.failure && (
            <p className="gate gate-block" data-testid="evidence-sync-failure">
              {t('evidenceSync.failure', { reason: run.failure })}
            </p>
          )}
          {run.problems.length > 0 && (
            <>
              <p>{t('evidenceSync.problems')}</p>
              <ul data-testid="evidence-sync-problems">
                {run.problems.map((p) => (
                  <li key={p.sha256}>
                    <span className="mono small">{p.sha256.slice(0, 16)}…</span> {t([`evidenceSync.refused.${p.code}`, 'evidenceSync.refused.other'])}
                    <span className="muted small"> ({p.code}: {p.message})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <p className="muted small">{t('evidenceSync.keepNote')}</p>
      <EvidenceKeepSetting />
    </section>
  );
}
