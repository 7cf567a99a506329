import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../shared/domain/money';
import { useApi } from '../api/useApi';
import { ErrorNote } from '../ui/ErrorNote';
import { acceptedReferrals, legalCaseList } from './api';
import { LegalCaseDetail } from './LegalCaseDetail';

/**
 * 诉讼案件 at head office: every legal case with its status and the enforcement deadline's alert (90/30/7 days),
 * and the referrals head office accepted that are not filed yet; open a case for its parties, claim, costs,
 * steps, enforcement period and evidence bundle, and to record the next step.
 */
export function LegalCasesPage() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<string | null>(null);
  const list = useApi(async () => {
    const [cases, accepted] = await Promise.all([legalCaseList(), acceptedReferrals()]);
    const filed = new Set(cases.legalCases.map((c) => c.referralId));
    return { cases: cases.legalCases, toFile: accepted.referrals.filter((r) => !filed.has(r.id)) };
  }, 'legal-cases');
  if (open) {
    return (
      <section className="card" data-testid="legal-case-page">
        <button type="button" className="secondary" onClick={() => (setOpen(null), list.reload())} data-testid="legal-case-back">
          {t('legalCases.back')}
        </button>
        <LegalCaseDetail caseId={open} />
      </section>
    );
  }
  return (
    <section className="card" data-testid="legal-cases-page">
      <h1>{t('legalCases.title')}</h1>
      <p className="note">{t('legalCases.intro')}</p>
      {list.error ? <ErrorNote error={list.error} onRetry={list.reload} /> : null}
      {list.data && list.data.toFile.length > 0 && (
        <>
          <h2>{t('legalCases.toFile')}</h2>
          <ul className="plain" data-testid="legal-cases-to-file">
            {list.data.toFile.map((r) => (
              <li key={r.id} data-testid={`legal-to-file-${r.id}`}>
                {r.caseNumber} {r.borrowerName ?? ''} · {r.branchCode} · {formatFen(r.claimFen)}{' '}
                <button type="button" onClick={() => setOpen(r.caseId)} data-testid="legal-to-file-open">
                  {t('legalCases.open')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {list.data && list.data.cases.length === 0 && <p className="note">{t('legalCases.none')}</p>}
      {list.data && list.data.cases.length > 0 && (
        <table className="grid" data-testid="legal-cases-table">
          <thead>
            <tr>
              {(['case', 'borrower', 'court', 'filedOn', 'status', 'enforcement'] as const).map((k) => (
                <th key={k}>{t(`legalCases.col.${k}`)}</th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.cases.map((r) => (
              <tr key={r.legalCaseId} data-testid={`legal-case-row-${r.legalCaseId}`}>
                <td>
                  {r.caseNumber} · {r.branchCode}
                </td>
                <td>{r.borrowerName ?? '—'}</td>
                <td>
                  {r.forumName}
                  <br />
                  {r.courtCaseNumber}
                </td>
                <td>{r.filedOn}</td>
                <td data-testid="legal-case-row-status">{t(`legalCases.status.${r.status}`)}</td>
                <td className={r.alertThreshold !== null ? 'error-note' : ''} data-testid="legal-case-row-enforcement">
                  {r.enforcementExpiry ?? '—'}
                  {r.alertThreshold !== null ? ` · ${t('legalCases.alertShort', { threshold: r.alertThreshold })}` : ''}
                </td>
                <td>
                  <button type="button" onClick={() => setOpen(r.caseId)} data-testid="legal-case-open">
                    {t('legalCases.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
