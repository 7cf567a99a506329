import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppliedAnswerSchema, ReferralsAnswerSchema, type ReferralRow } from '../../../shared/legal/consoleApi';
import { formatFen } from '../../../shared/domain/money';
import { apiGet, apiPost } from '../api/client';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { ErrorNote } from '../ui/ErrorNote';

/**
 * 诉讼申请 at head office: referrals a branch supervisor approved, waiting to be accepted or returned, then every
 * other by status. A supervisor sees their branch's, read-only (head office refuses their changes anyway).
 */
export function ReferralsPage() {
  const { t } = useTranslation();
  const { canChange } = useMe();
  const [status, setStatus] = useState('approved');
  const list = useApi(() => apiGet(`/admin/legal/referrals${status ? `?status=${status}` : ''}`, ReferralsAnswerSchema), status);
  return (
    <section className="card" data-testid="legal-referrals-page">
      <h1>{t('legal.title')}</h1>
      <p className="note">{t('legal.intro')}</p>
      <div className="toolbar">
        <label>
          {t('legal.status')}{' '}
          <select value={status} onChange={(e) => setStatus(e.target.value)} data-testid="legal-status-filter">
            <option value="">{t('legal.all')}</option>
            {(['proposed', 'approved', 'rejected', 'accepted', 'returned'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`legal.referralStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.error ? <ErrorNote error={list.error} onRetry={list.reload} /> : null}
      {list.data && list.data.referrals.length === 0 && <p className="note">{t('legal.none')}</p>}
      <ul className="plain">
        {list.data?.referrals.map((r) => (
          <Referral key={r.id} referral={r} canChange={canChange} onDone={list.reload} />
        ))}
      </ul>
    </section>
  );
}

function Referral({ referral: r, canChange, onDone }: { referral: ReferralRow; canChange: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const review = async (decision: 'accept' | 'return') => {
    try {
      await apiPost(`/admin/legal/referrals/${encodeURIComponent(r.id)}/review`, { decision, reason }, AppliedAnswerSchema);
      setError(null);
      onDone();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <li className="card" data-testid={`legal-referral-${r.id}`}>
      <p>
        <strong>{r.caseNumber}</strong> {r.borrowerName ?? ''} · {r.branchCode} · {t(`legal.proceeding.${r.proceeding}`)} · {formatFen(r.claimFen)}（{r.claimAsOf}）·{' '}
        <span data-testid="legal-referral-status">{t(`legal.referralStatus.${r.status}`)}</span>
      </p>
      <p>{r.reasons}</p>
      <p className="note">
        {r.checklist.map((e) => `${t(`legal.evidence.${e.item}`)}: ${e.refs.length === 0 ? t('legal.missing') : e.refs.length}`).join('；')}
      </p>
      {r.supervisorDecision && <p className="note">{t('legal.supervisor', { by: r.supervisorDecision.by, reason: r.supervisorDecision.reason })}</p>}
      {canChange && r.status === 'approved' && (
        <div className="toolbar">
          <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('legal.reason')} aria-label={t('legal.reason')} data-testid="legal-review-reason" />
          <button type="button" onClick={() => void review('accept')} data-testid="legal-accept">
            {t('legal.accept')}
          </button>
          <button type="button" onClick={() => void review('return')} data-testid="legal-return">
            {t('legal.return')}
          </button>
        </div>
      )}
      {error ? <ErrorNote error={error} /> : null}
    </li>
  );
}
