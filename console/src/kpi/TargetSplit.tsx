import { useTranslation } from 'react-i18next';
import type { DayShare, WeekShare } from '../../../shared/kpi/split';
import type { TargetPageAnswer } from '../../../shared/kpi/targetConsoleApi';
import { yuan } from './format';

type OverMonth = { days: DayShare[]; weeks: WeekShare[] } | null;
type Share = { officerId: string; recoveredFen: number; curedAccounts: number };

/**
 * The target as it will be split (shared/kpi/split.ts): per collector (by portfolio, or the shares typed by hand,
 * with their sums), by week and by working day of the published calendar. Each part sums exactly to the target.
 */
export function TargetSplit({ data, overMonth, perCollector, byHand, shares, onShare }: {
  data: TargetPageAnswer;
  overMonth: { fen: OverMonth; cured: OverMonth };
  perCollector: Share[] | null;
  byHand: boolean;
  shares: Record<string, { recovered: string; cured: string }>;
  onShare: (id: string, field: 'recovered' | 'cured', value: string) => void;
}) {
  const { t } = useTranslation();
  const shareOf = (id: string) => perCollector?.find((c) => c.officerId === id);
  const sum = (pick: (s: Share) => number) => (perCollector ?? []).reduce((s, c) => s + pick(c), 0);
  const weeks = overMonth.fen?.weeks ?? overMonth.cured?.weeks ?? [];
  const curedWeek = (start: string) => overMonth.cured?.weeks.find((w) => w.weekStart === start)?.amount;
  const days = overMonth.fen?.days ?? overMonth.cured?.days ?? [];
  const curedDay = (date: string) => overMonth.cured?.days.find((d) => d.date === date)?.amount;
  return (
    <div data-testid="kpi-targets-split-preview">
      <h3>{t('kpiTargets.collectors.title')}</h3>
      {data.collectors.length === 0 ? (
        <p className="note">{t('kpiTargets.collectors.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table small" data-testid="kpi-targets-collectors">
            <thead>
              <tr>
                <th scope="col">{t('kpiTargets.collectors.name')}</th>
                <th scope="col" className="num">{t('kpiTargets.collectors.portfolio')}</th>
                <th scope="col" className={byHand ? undefined : 'num'}>{t('kpiTargets.collectors.recovered')}</th>
                <th scope="col" className={byHand ? undefined : 'num'}>{t('kpiTargets.collectors.cured')}</th>
              </tr>
            </thead>
            <tbody>
              {data.collectors.map((c) => (
                <tr key={c.id} data-testid={`kpi-targets-collector-${c.id}`}>
                  <td>{c.name}（{c.id}）</td>
                  <td className="num">{yuan(c.portfolioFen)}</td>
                  {byHand ? (
                    <>
                      <td><input aria-label={`${c.name} ${t('kpiTargets.collectors.recovered')}`} inputMode="decimal" value={shares[c.id]?.recovered ?? ''} onChange={(e) => onShare(c.id, 'recovered', e.target.value)} data-testid={`kpi-targets-share-${c.id}`} /></td>
                      <td><input aria-label={`${c.name} ${t('kpiTargets.collectors.cured')}`} inputMode="numeric" value={shares[c.id]?.cured ?? ''} onChange={(e) => onShare(c.id, 'cured', e.target.value)} data-testid={`kpi-targets-share-cured-${c.id}`} /></td>
                    </>
                  ) : (
                    <>
                      <td className="num">{shareOf(c.id) ? yuan(shareOf(c.id)!.recoveredFen) : '—'}</td>
                      <td className="num">{shareOf(c.id)?.curedAccounts ?? '—'}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('kpiTargets.collectors.total')}</th>
                <td className="num">{yuan(data.collectors.reduce((s, c) => s + c.portfolioFen, 0))}</td>
                <td className="num" data-testid="kpi-targets-collectors-sum">{perCollector ? yuan(sum((c) => c.recoveredFen)) : '—'}</td>
                <td className="num" data-testid="kpi-targets-collectors-cured-sum">{perCollector ? sum((c) => c.curedAccounts) : '—'}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {weeks.length > 0 && (
        <>
          <h3>{t('kpiTargets.weeks.title')}</h3>
          <div className="table-scroll">
            <table className="data-table small" data-testid="kpi-targets-weeks">
              <thead>
                <tr>
                  <th scope="col">{t('kpiTargets.weeks.week')}</th>
                  <th scope="col" className="num">{t('kpiTargets.weeks.days')}</th>
                  <th scope="col" className="num">{t('kpiTargets.weeks.recovered')}</th>
                  <th scope="col" className="num">{t('kpiTargets.weeks.cured')}</th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.weekStart}>
                    <td>{w.weekStart}</td>
                    <td className="num">{w.workingDays}</td>
                    <td className="num">{overMonth.fen ? yuan(overMonth.fen.weeks.find((x) => x.weekStart === w.weekStart)?.amount ?? 0) : '—'}</td>
                    <td className="num">{curedWeek(w.weekStart) ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('kpiTargets.weeks.total')}</th>
                  <td className="num">{days.length}</td>
                  <td className="num" data-testid="kpi-targets-weeks-sum">{overMonth.fen ? yuan(overMonth.fen.weeks.reduce((s, w) => s + w.amount, 0)) : '—'}</td>
                  <td className="num">{overMonth.cured ? overMonth.cured.weeks.reduce((s, w) => s + w.amount, 0) : '—'}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <details>
            <summary>{t('kpiTargets.days.title', { count: days.length })}</summary>
            <div className="table-scroll">
              <table className="data-table small" data-testid="kpi-targets-days">
                <thead>
                  <tr>
                    <th scope="col">{t('kpiTargets.days.date')}</th>
                    <th scope="col">{t('kpiTargets.weeks.recovered')}</th>
                    <th scope="col">{t('kpiTargets.weeks.cured')}</th>
                  </tr>
                </thead>
                <tbody>
                  {days.map((d) => (
                    <tr key={d.date}>
                      <td>{d.date}</td>
                      <td className="num">{overMonth.fen ? yuan(overMonth.fen.days.find((x) => x.date === d.date)?.amount ?? 0) : '—'}</td>
                      <td className="num">{curedDay(d.date) ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </div>
  );
}
