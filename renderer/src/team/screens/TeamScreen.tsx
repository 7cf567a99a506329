import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamFigures, type TeamRow } from '../../../../shared/team/teamFigures';
import { membersFromDirectory, membersFromStaff } from '../../../../shared/team/teamMembers';
import { teamPeriod } from '../../../../shared/team/teamPeriod';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import { useAppStore } from '../../state/appStore';
import { selectReads } from '../../state/storeSlice';
import { clock } from '../../state/clock';
import { graceDays } from '../../fieldwork/graceDays';
import type { DirectoryRead, TeamActivity, TeamPeriodRecords } from '../repository/teamRepository';
import { TeamTable, personName } from './TeamTable';
import { MemberTimeline } from './MemberTimeline';
import { syncAge } from './syncAge';
import { TeamConduct } from '../../conduct/screens/TeamConduct';

/** The bank's zone: "today" and "this week" of the team view (docs/domain.md, "Team view"). */
const TIME_ZONE = 'Asia/Shanghai';

/**
 * 团队: the supervisor's view of the branch, from the records on this device as of its last sync. The case rows
 * come from the app state (the case list holds them all); the rest is read for the period only (teamReads.ts).
 */
export function TeamScreen() {
  const { t } = useTranslation();
  const reads = useAppStore(selectReads);
  const rows = useAppStore((s) => s.rows);
  const rowsComplete = useAppStore((s) => s.rowsComplete);
  const operator = useAppStore((s) => s.operator);
  const staff = useAppStore((s) => s.staff);
  const source = useAppStore((s) => s.source);
  const lastSyncAt = useAppStore((s) => s.sync.lastSuccessAt);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const setFilter = useAppStore((s) => s.setFilter);
  const navigate = useAppStore((s) => s.navigate);
  const openCase = useAppStore((s) => s.openCase);
  const [read, setRead] = useState<{ records: TeamPeriodRecords; directory: DirectoryRead; now: Date } | null>(null);
  const [timelineOf, setTimelineOf] = useState<TeamRow | null>(null);
  const [timeline, setTimeline] = useState<TeamActivity[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  // Read again when the rows change (a sync or a save reloads them) or a sync completes.
  useEffect(() => {
    if (!reads) return;
    let live = true;
    const now = clock.now();
    Promise.all([reads.team.periodRecords(teamPeriod(now, TIME_ZONE), graceDays()), reads.team.directory()]).then(
      ([records, directory]) => {
        if (!live) return;
        setRead({ records, directory, now });
        setFailure(null);
      },
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [reads, rows, lastSyncAt]);

  useEffect(() => {
    setTimeline(null);
    if (!reads || !timelineOf) return;
    let live = true;
    reads.team.recentActivities(timelineOf.key, teamPeriod(clock.now(), TIME_ZONE)).then(
      (list) => live && setTimeline(list),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [reads, timelineOf]);

  // The demo store holds every branch; a real supervisor's device holds only theirs.
  const branchRows = useMemo(() => rows.filter((r) => r.branchCode === operator.branchCode), [rows, operator.branchCode]);
  const figures = useMemo(() => {
    if (!read) return null;
    const members = read.directory.state === 'present' ? membersFromDirectory(read.directory.directory, operator.branchCode) : membersFromStaff(staff, operator.branchCode);
    return teamFigures(members, { ...read.records, rows: branchRows }, teamPeriod(read.now, TIME_ZONE), { graceDays: graceDays() });
  }, [read, branchRows, operator.branchCode, staff]);
  const rowById = useMemo(() => new Map<string, CaseRow>(rows.map((r) => [r.id, r])), [rows]);

  const showCases = useCallback(
    (r: TeamRow) => {
      clearFilters();
      setFilter('officerIds', [r.key]);
      navigate('cases');
    },
    [clearFilters, setFilter, navigate],
  );

  if (failure) return <p className="pad gate gate-block" role="alert">{t('team.failed', { message: failure })}</p>;
  if (!rowsComplete || !read || !figures) return <p className="muted pad">{t('team.loading')}</p>;
  const period = teamPeriod(read.now, TIME_ZONE);
  const branchName = rows.find((r) => r.branchCode === operator.branchCode)?.branchName ?? operator.branchCode;

  return (
    <section className="pad team" data-testid="team-screen">
      <h1>{t('team.title')}</h1>
      <p className="muted">{t('team.subtitle', { branch: branchName, date: period.today, weekStart: period.weekStart })}</p>
      <p className="small" data-testid="team-as-of">
        {source === 'demo' ? t('team.asOfDemo') : lastSyncAt ? t('team.asOf', { age: syncAge(t, lastSyncAt, read.now) }) : t('team.asOfNever')}
      </p>
      {read.directory.state !== 'present' && (
        <p className="muted small" data-testid="team-directory-note">
          {t(read.directory.state === 'invalid' ? 'team.directoryInvalid' : 'team.directoryAbsent')}
        </p>
      )}
      <TeamTable figures={figures} now={read.now} onShowCases={showCases} onShowTimeline={setTimelineOf} />
      <p className="muted small">{t('team.blocksNotRecorded')}</p>
      <TeamConduct now={read.now} nameOf={(id) => figures.rows.find((r) => r.key === id)?.name ?? staff.find((s) => s.id === id)?.name ?? id} />
      {timelineOf && (
        <MemberTimeline
          name={personName(t, timelineOf)}
          activities={timeline}
          caseOf={(id) => rowById.get(id)}
          onOpenCase={openCase}
          onClose={() => setTimelineOf(null)}
        />
      )}
    </section>
  );
}
