import { useTranslation } from 'react-i18next';
import { useApi } from '../api/useApi';
import { ErrorNote } from '../ui/ErrorNote';
import { caseEvidence } from './api';
import { EvidenceCard } from './EvidenceCard';

/** One case's evidence: every photo, scan and letter its records name, held by head office or not yet. */
export function CaseEvidencePanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApi(() => caseEvidence(caseId), caseId);
  if (error) return <ErrorNote error={error} onRetry={reload} />;
  if (loading && !data) return <p className="loading">{t('common.loading')}</p>;
  if (!data) return null;
  const held = data.items.filter((i) => i.held).length;
  return (
    <div data-testid="case-evidence">
      <h2>{t('evidence.case.title', { number: data.caseNumber, branch: data.branchCode })}</h2>
      <p className="note">{t('evidence.case.counts', { total: data.items.length, held })}</p>
      {data.items.length === 0 ? <p className="note">{t('evidence.case.empty')}</p> : null}
      <div className="evidence-grid">
        {data.items.map((item) => (
          <EvidenceCard key={`${item.kind}-${item.recordId}`} item={item} />
        ))}
      </div>
    </div>
  );
}
