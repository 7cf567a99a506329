import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../../shared/domain/money';
import { formatPercent, formatRatio, fraction, type DailyGoal, type KpiFigures, type KpiPeriod } from '../../../../shared/kpi';
import { TrendChart } from './TrendChart';

export interface MyTarget {
  recoveredFen: number;
  /** Today's share of what is left (shared/kpi/split.ts dailyGoal), the same figure My day shows. */
  goal: DailyGoal;
}

/** The figure cards a collector sees (我的业绩), from shared/kpi on this device's records. */
export function MyFigures({ k, todayFen, period, target, days }: { k: KpiFigures; todayFen: number; period: KpiPeriod; target: MyTarget | null; days: { date: string; fen: number }[] }) {
  const { t } = useTranslation();
  const dailyGoal = target === null || target.goal.workingDaysLeft === 0 ? null : target.goal.todayFen;
  const cards: [string, string, string][] = [
    ['recovered', t('kpi.figure.recovered'), formatFen(k.recoveredFen)],
    ['recoveredToday', t('kpi.figure.recoveredToday'), formatFen(todayFen)],
    ['target', t('kpi.figure.target'), target === null ? t('kpi.noTarget') : formatFen(target.recoveredFen)],
    ['progress', t('kpi.figure.progress'), target === null ? '—' : formatPercent(fraction(k.recoveredFen, target.recoveredFen))],
    ['dailyGoal', t('kpi.figure.dailyGoal'), dailyGoal === null ? '—' : formatFen(dailyGoal)],
    ['recoveryRate', t('kpi.figure.recoveryRate'), formatPercent(k.recoveryRate)],
    ['openingOverdue', t('kpi.figure.openingOverdue'), formatFen(k.openingOverdueFen)],
    ['promisesKept', t('kpi.figure.promisesKept'), formatPercent(k.promisesKept)],
    ['promisesKeptFen', t('kpi.figure.promisesKeptFen'), formatPercent(k.promisesKeptFen)],
    ['contactRate', t('kpi.figure.contactRate'), formatPercent(k.contactRate)],
    ['rightPartyRate', t('kpi.figure.rightPartyRate'), formatPercent(k.rightPartyRate)],
    ['contactsPerCase', t('kpi.figure.contactsPerCase'), formatRatio(k.contactsPerCase)],
  ];
  return (
    <section data-testid="kpi-mine">
      <h2>{t('kpi.mine')}</h2>
      <p className="muted small">{t('kpi.period', { from: period.from, to: period.to })}</p>
      <dl className="kpi-cards">
        {cards.map(([key, label, value]) => (
          <div key={key} className="card kpi-card" data-testid={`kpi-${key}`}>
            <dt className="muted small">{label}</dt>
            <dd>
              <strong>{value}</strong>
            </dd>
          </div>
        ))}
      </dl>
      <TrendChart days={days} targetFen={target?.recoveredFen ?? null} />
    </section>
  );
}
