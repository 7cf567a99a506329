import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleMay } from '../../../../shared/domain/permissions';
import { byCollector, computeKpis, conductExceptionsBy, dailyGoal, dailyRecovered, kpisWithTotal, monthToDate, type KpiConductException, type KpiInput } from '../../../../shared/kpi';
import type { Target } from '../../../../shared/records/target';
import { membersFromDirectory, membersFromStaff } from '../../../../shared/team/teamMembers';
import { currentCalendar } from '../../config/configInForce';
import { graceDays } from '../../fieldwork/graceDays';
import { clock } from '../../state/clock';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import type { DirectoryRead } from '../../team/repository/teamRepository';
import { ReportPanel } from '../report/ReportPanel';
import { MyFigures } from './MyFigures';
import { TargetForm } from './TargetForm';
import { TeamBoard } from './TeamBoard';
import './kpi.css';

const TIME_ZONE = 'Asia/Shanghai';

/**
 * 业绩 (issue 15 §5): a collector's own figures against their share of the branch target; a supervisor's team
 * board and target form. Computed by shared/kpi from the records on this device as of its last sync.
 */
export function PerformanceScreen() {
  const { t } = useTranslation();
  const reads = useAppStore(selectReads);
  const operator = useAppStore((s) => s.operator);
  const staff = useAppStore((s) => s.staff);
  const rows = useAppStore((s) => s.rows);
  const lastSyncAt = useAppStore((s) => s.sync.lastSuccessAt);
  const supervising = roleMay(operator.role, 'set_targets');
  const [read, setRead] = useState<{ input: KpiInput; target: Target | null; directory: DirectoryRead | null; exceptions: KpiConductException[]; now: Date } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!reads) return;
    let live = true;
    const now = clock.now();
    const month = monthToDate(now, TIME_ZONE).from.slice(0, 7);
    const scope = supervising ? { branchCode: operator.branchCode } : { branchCode: operator.branchCode, officerId: operator.id };
    // Conduct exceptions reach a supervisor's device only (server/conduct/publish.ts).
    const exceptions = supervising ? reads.kpi.exceptions(operator.branchCode) : Promise.resolve([]);
    Promise.all([reads.kpi.input(scope), reads.kpi.target(operator.branchCode, month), supervising ? reads.team.directory() : Promise.resolve(null), exceptions]).then(
      ([input, target, directory, found]) => live && (setRead({ input, target, directory, exceptions: found, now }), setFailure(null)),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [reads, rows, lastSyncAt, version, supervising, operator.branchCode, operator.id]);

  const computed = useMemo(() => {
    if (!read) return null;
    const period = monthToDate(read.now, TIME_ZONE);
    const options = { graceDays: graceDays() };
    // A supervisor's branch and its collectors come from one pass over the records (shared/kpi/groups.ts).
    const team = supervising ? kpisWithTotal(read.input, period, options, byCollector) : null;
    const k = team ? team.total : computeKpis(read.input, period, options);
    const days = dailyRecovered(read.input, period);
    return { period, k, days, by: team ? team.by : null, exceptions: conductExceptionsBy(read.exceptions, period) };
  }, [read, supervising]);

  if (failure) return <p className="pad gate gate-block" role="alert">{t('kpi.failed', { message: failure })}</p>;
  if (!read || !computed) return <p className="muted pad">{t('kpi.loading')}</p>;
  const { period, k, days, by, exceptions } = computed;
  const month = period.from.slice(0, 7);
  const todayFen = days.find((d) => d.date === period.asOf)?.fen ?? 0;
  const myShare = read.target?.collectors.find((c) => c.officerId === operator.id)?.recoveredFen ?? null;
  const goal = myShare === null ? null : dailyGoal(currentCalendar(), period.asOf, myShare, k.recoveredFen - todayFen);

  const members = read.directory?.state === 'present' ? membersFromDirectory(read.directory.directory, operator.branchCode) : membersFromStaff(staff, operator.branchCode);
  const collectors = members.filter((m) => m.role === 'collector').map((m) => ({ id: m.id, name: m.name }));
  const nameOf = new Map(members.map((m) => [m.id, m.name]));

  return (
    <section className="pad kpi" data-testid="performance-screen">
      <h1>{t('kpi.title')}</h1>
      <p className="muted small">{t('kpi.asOf')}</p>
      {!supervising && <MyFigures k={k} todayFen={todayFen} period={period} target={myShare === null || goal === null ? null : { recoveredFen: myShare, goal }} days={days} />}
      {supervising && by && (
        <>
          <TeamBoard
            rows={[...by.entries()].filter(([id]) => id !== '').map(([officerId, f]) => ({ officerId, name: nameOf.get(officerId) ?? officerId, k: f, exceptions: exceptions.get(officerId) ?? 0 }))}
            branch={k}
            target={read.target}
          />
          <ReportPanel
            input={read.input}
            today={period.asOf}
            timeZone={TIME_ZONE}
            targetOf={(m) => (m === month ? Promise.resolve(read.target) : reads ? reads.kpi.target(operator.branchCode, m) : Promise.resolve(null))}
            names={Object.fromEntries(members.map((m) => [m.id, m.name]))}
          />
          <TargetForm key={read.target?.id ?? 'none'} month={month} collectors={collectors} current={read.target} onSaved={() => setVersion((v) => v + 1)} />
        </>
      )}
    </section>
  );
}
