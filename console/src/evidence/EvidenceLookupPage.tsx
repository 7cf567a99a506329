import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoute, hrefOf } from '../layout/route';
import { ErrorNote } from '../ui/ErrorNote';
import { lookupCases, type CaseFound } from './api';
import { CaseEvidencePanel } from './CaseEvidencePanel';
import './evidence.css';

/**
 * 证据: find a case by its id or case number, then its evidence (#/evidence/<caseId>). Kept small: when the
 * portfolio's case pages exist, they can link here with the case id.
 */
export function EvidenceLookupPage() {
  const { t } = useTranslation();
  const route = useRoute();
  const caseId = route.rest[0];
  const [q, setQ] = useState('');
  const [found, setFound] = useState<CaseFound[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function search(e: FormEvent) {
    e.preventDefault();
    if (!q.trim()) return;
    setBusy(true);
    setError(null);
    try {
      setFound((await lookupCases(q.trim())).cases);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section>
      <h1>{t('evidence.title')}</h1>
      <form className="toolbar" onSubmit={(e) => void search(e)}>
        <label>
          {t('evidence.lookup.label')}
          <input value={q} onChange={(e) => setQ(e.target.value)} data-testid="evidence-lookup-q" size={32} maxLength={128} />
        </label>
        <button type="submit" disabled={busy || !q.trim()} data-testid="evidence-lookup-go">
          {t('evidence.lookup.search')}
        </button>
      </form>
      <ErrorNote error={error} />
      {found && found.length === 0 && <p className="note">{t('evidence.lookup.none')}</p>}
      {found && found.length > 0 && (
        <ul data-testid="evidence-lookup-results">
          {found.map((c) => (
            <li key={c.id}>
              <a href={hrefOf(`evidence/${encodeURIComponent(c.id)}`)}>
                {c.caseNumber}
              </a>{' '}
              · {c.borrowerName ?? '—'} · {t('evidence.branch', { branch: c.branchCode })}
            </li>
          ))}
        </ul>
      )}
      {caseId ? <CaseEvidencePanel caseId={caseId} /> : <p className="note">{t('evidence.lookup.hint')}</p>}
    </section>
  );
}
