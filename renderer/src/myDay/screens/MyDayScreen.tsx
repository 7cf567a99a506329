import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { clock } from '../../state/clock';
import { todayIn } from '../../ui/format';
import type { WorkRecords } from '../../fieldwork/repository/myDayInputs';
import type { Case } from '../../../../shared/domain/case';
import { graceDays } from '../../fieldwork/graceDays';
import { casesFor, computeMyDay, deadlineCandidates } from '../computeMyDay';
import { DayReceipts } from '../../fieldwork/screens/DayReceipts';
import { DisputesDue } from './DisputesDue';
import { LostContactCount } from './LostContactCount';
import { DailyGoal } from './DailyGoal';
import { SegmentedNextActions } from '../../customer/screens/SegmentedNextActions';

const TIME_ZONE = 'Asia/Shanghai';

/** 工作台: today's cases in priority order, each saying why it is there. */
export function MyDayScreen() {
  const { t } = useTranslation();
  const reads = useAppStore(selectReads);
  const rows = useAppStore((s) => s.rows);
  const rowsComplete = useAppStore((s) => s.rowsComplete);
  const operator = useAppStore((s) => s.operator);
  const openCase = useAppStore((s) => s.openCase);
  const [records, setRecords] = useState<{ work: WorkRecords; cases: Case[] } | null>(null);
  const mine = useMemo(() => casesFor(operator, rows), [operator, rows]);

  useEffect(() => {
    if (!reads) return;
    let live = true;
    // Full records only for this collector's cases: limitation and guarantee dates need parties and accounts.
    const candidates = deadlineCandidates(mine, todayIn(TIME_ZONE, clock.now()));
    void Promise.all([reads.work.workRecords(), reads.work.casesByIds(candidates.map((r) => r.id))]).then(([work, cases]) => live && setRecords({ work, cases }));
    return () => {
      live = false;
    };
  }, [reads, mine]);

  const today = todayIn(TIME_ZONE, clock.now());
  const entries = useMemo(() => (records ? computeMyDay(mine, records.work, today, clock.now(), graceDays(), TIME_ZONE, records.cases, operator.id) : []), [mine, records, today, operator.id]);

  if (!rowsComplete || !records) return <p className="muted pad">{t('common.loading')}</p>;
  return (
    <section className="pad my-day" data-testid="my-day">
      <h1>{t('fieldwork.myDay.title')}</h1>
      <p className="muted">{t('fieldwork.myDay.subtitle', { date: today, name: operator.name, count: entries.length })}</p>
      <p className="muted small">{t('fieldwork.myDay.how')}</p>
      <DailyGoal />
      <DisputesDue />
      <LostContactCount />
      <SegmentedNextActions />
      {entries.length === 0 && <p>{t('fieldwork.myDay.empty')}</p>}
      <ol className="myday-list">
        {entries.map((e) => (
          <li key={e.caseId} className="card" data-testid={`myday-${e.caseId}`}>
            <div className="row gap">
              <strong>{e.borrowerName}</strong>
              <span className="muted">{e.caseNumber}</span>
              {e.kinds.map((k) => (
                <span key={k} className={`pill kind-${k}`}>
                  {t(`fieldwork.myDayKind.${k}`)}
                </span>
              ))}
              <span className="spacer" />
              <span className="pill" title={t('fieldwork.myDay.parts', e.scoreParts as unknown as Record<string, number>)}>
                {t('fieldwork.myDay.score', { score: e.score })}
              </span>
              <button onClick={() => openCase(e.caseId)}>{t('fieldwork.myDay.open')}</button>
            </div>
            <ul className="reasons">
              {e.reasons.map((r, i) => (
                <li key={i}>{t(r.key, r.params)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <DayReceipts />
    </section>
  );
}
