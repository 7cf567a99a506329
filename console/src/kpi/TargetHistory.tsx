import { useTranslation } from 'react-i18next';
import type { TargetChange, TargetFigures } from '../../../shared/kpi/targetConsoleApi';
import { formatInstant } from '../ui/format';
import { yuan } from './format';

/** 变更记录: every change of the month's target head office audited, newest first: who, when, before, after. */
export function TargetHistory({ changes }: { changes: readonly TargetChange[] }) {
  const { t, i18n } = useTranslation();
  const figures = (f: TargetFigures) => t('kpiTargets.history.figures', { recovered: yuan(f.recoveredFen), cured: f.curedAccounts, rate: `${(f.successRateBps / 100).toFixed(2)}%` });
  return (
    <section className="card" data-testid="kpi-targets-history">
      <h2>{t('kpiTargets.history.title')}</h2>
      {changes.length === 0 ? (
        <p className="note">{t('kpiTargets.history.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table small">
            <thead>
              <tr>
                <th scope="col">{t('kpiTargets.history.at')}</th>
                <th scope="col">{t('kpiTargets.history.who')}</th>
                <th scope="col">{t('kpiTargets.history.before')}</th>
                <th scope="col">{t('kpiTargets.history.after')}</th>
                <th scope="col">{t('kpiTargets.history.reason')}</th>
                <th scope="col">{t('kpiTargets.history.effect')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.targetId} data-testid={`kpi-targets-change-${c.targetId}`}>
                  <td>{formatInstant(c.receivedAt, i18n.language)}</td>
                  <td>{c.actorName ?? c.actorId}（{c.actorId}）</td>
                  <td>{c.before ? figures(c.before) : t('kpiTargets.history.first')}</td>
                  <td>{figures(c.after)}</td>
                  <td>{c.reason}</td>
                  <td>{c.tookEffect ? t('kpiTargets.history.took') : t('kpiTargets.history.superseded')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
