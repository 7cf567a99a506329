import { useTranslation } from 'react-i18next';
import { conductByCollector } from '../../../../shared/conduct';
import { conductExceptionsBy, monthToDate } from '../../../../shared/kpi';
import { useAppStore } from '../../state/appStore';
import { useConductExceptions } from '../state/useConductExceptions';

const TIME_ZONE = 'Asia/Shanghai';

/**
 * 合规异常（按催收员）on the team view: per collector, the exceptions head office found that wait for review and
 * those reviewed, and the month's count (合规异常数, docs/kpi.md, as on the team board).
 */
export function TeamConduct({ now, nameOf }: { now: Date; nameOf: (userId: string) => string }) {
  const { t } = useTranslation();
  const branchCode = useAppStore((s) => s.operator.branchCode);
  const all = useConductExceptions();
  if (all === null) return null;
  const by = conductByCollector(all, branchCode);
  const month = conductExceptionsBy(all.filter((x) => x.branchCode === branchCode), monthToDate(now, TIME_ZONE));
  const ids = [...new Set([...by.keys(), ...month.keys()])].sort((a, b) => nameOf(a).localeCompare(nameOf(b), 'zh-CN'));
  return (
    <section className="card" data-testid="team-conduct" aria-labelledby="team-conduct-title">
      <h2 id="team-conduct-title">{t('conductReview.team.title')}</h2>
      {ids.length === 0 ? (
        <p className="muted" data-testid="team-conduct-none">{t('conductReview.team.none')}</p>
      ) : (
        <table className="data-table small">
          <thead>
            <tr>
              <th>{t('conductReview.team.collector')}</th>
              <th>{t('conductReview.team.open')}</th>
              <th>{t('conductReview.team.reviewed')}</th>
              <th>{t('conductReview.team.month')}</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id) => (
              <tr key={id} data-testid={`team-conduct-${id}`}>
                <td>{nameOf(id)}</td>
                <td className="num" data-testid="team-conduct-open">{by.get(id)?.open ?? 0}</td>
                <td className="num">{by.get(id)?.reviewed ?? 0}</td>
                <td className="num">{month.get(id) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('conductReview.team.note')}</p>
    </section>
  );
}
