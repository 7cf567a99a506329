import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatFen } from '../../../../shared/domain/money';
import { dailyGoal, dailyRecovered, monthToDate, type DailyGoal as Goal } from '../../../../shared/kpi';
import { currentCalendar } from '../../config/configInForce';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { selectReads } from '../../state/storeSlice';

const TIME_ZONE = 'Asia/Shanghai';

/**
 * 今日目标 on a collector's My day (issue 15 §5): today's share of what is left of their part of the branch's
 * monthly target, over the working days left in the published calendar (shared/kpi/split.ts dailyGoal, the same
 * figure as on 我的业绩), and what has come in today. Nothing is shown before a target is set.
 */
export function DailyGoal() {
  const { t } = useTranslation();
  const reads = useAppStore(selectReads);
  const operator = useAppStore((s) => s.operator);
  const rows = useAppStore((s) => s.rows);
  const lastSyncAt = useAppStore((s) => s.sync.lastSuccessAt);
  const [shown, setShown] = useState<{ goal: Goal; todayFen: number } | null>(null);

  useEffect(() => {
    if (!reads || operator.role !== 'collector') return;
    let live = true;
    const period = monthToDate(clock.now(), TIME_ZONE);
    void Promise.all([reads.kpi.target(operator.branchCode, period.from.slice(0, 7)), reads.kpi.input({ branchCode: operator.branchCode, officerId: operator.id })]).then(
      ([target, input]) => {
        const share = target?.collectors.find((c) => c.officerId === operator.id)?.recoveredFen;
        if (!live) return;
        if (share === undefined) return setShown(null);
        const days = dailyRecovered(input, period);
        const todayFen = days.find((d) => d.date === period.asOf)?.fen ?? 0;
        const before = days.reduce((s, d) => s + d.fen, 0) - todayFen;
        setShown({ goal: dailyGoal(currentCalendar(), period.asOf, share, before), todayFen });
      },
    );
    return () => {
      live = false;
    };
  }, [reads, operator.role, operator.branchCode, operator.id, rows, lastSyncAt]);

  if (!shown) return null;
  const { goal, todayFen } = shown;
  return (
    <section className="card row gap" data-testid="myday-daily-goal">
      <strong>{t('kpiDay.title')}</strong>
      {goal.workingDay ? (
        <span data-testid="myday-daily-goal-amount">{formatFen(goal.todayFen)}</span>
      ) : (
        <span className="muted">{t('kpiDay.dayOff')}</span>
      )}
      <span className="muted small">
        {t('kpiDay.detail', { today: formatFen(todayFen), left: formatFen(goal.leftFen), days: goal.workingDaysLeft })}
      </span>
    </section>
  );
}
