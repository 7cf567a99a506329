import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar';
import type { Agency } from '../../../shared/outsourcing/agency';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { ErrorNote } from '../ui/ErrorNote';
import { formatFen } from '../ui/format';
import { fetchRecovery } from './api';

/**
 * Recovery in a month in the branches the agency serves: each branch's own apart from what its agencies brought
 * in (docs/kpi.md, "Agency recovery"), computed at head office by the same measures as the devices.
 */
export function RecoveryCard({ agency }: { agency: Agency }) {
  const { t } = useTranslation();
  const me = useMe();
  const [month, setMonth] = useState(todayIn(DEFAULT_TIME_ZONE).slice(0, 7));
  const branches = me.scopeBranchCode === null ? agency.branches : agency.branches.filter((b) => b === me.scopeBranchCode);
  const rows = useApi(() => Promise.all(branches.map((b) => fetchRecovery(b, month))), `recovery-${agency.id}-${month}-${branches.join(',')}`);
  return (
    <>
      <h3>{t('handover.recovery.title')}</h3>
      <label>
        {t('handover.recovery.month')}
        <input type="month" value={month} onChange={(e) => e.target.value && setMonth(e.target.value)} data-testid="agency-recovery-month" />
      </label>
      <ErrorNote error={rows.error} onRetry={rows.reload} />
      {rows.data ? (
        <table className="data-table" data-testid="agency-recovery">
          <thead>
            <tr>
              <th>{t('handover.recovery.branch')}</th>
              <th>{t('handover.recovery.own')}</th>
              <th>{t('handover.recovery.agency')}</th>
              <th>{t('handover.recovery.attempts')}</th>
              <th>{t('handover.recovery.promises')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.data.map((r) => (
              <tr key={r.branchCode} data-testid={`agency-recovery-${r.branchCode}`}>
                <td>{r.branchCode}</td>
                <td className="num">{formatFen(r.ownRecoveredFen)}</td>
                <td className="num">{formatFen(r.agency.recoveredFen)}</td>
                <td className="num">{r.agency.attempts}</td>
                <td className="num">{r.agency.promises}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="note">{t('handover.recovery.note')}</p>
    </>
  );
}
