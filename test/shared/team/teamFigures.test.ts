import { describe, expect, it } from 'vitest';
import { teamFigures, type TeamMember, type TeamRecords } from '../../../shared/team/teamFigures';
import { promiseDueRange, teamPeriod } from '../../../shared/team/teamPeriod';
import { membersFromDirectory, membersFromStaff } from '../../../shared/team/teamMembers';

// Wednesday 2026-11-25, 10:00 in Shanghai: the week began on Monday 2026-11-23.
const NOW = new Date('2026-11-25T02:00:00Z');
const period = teamPeriod(NOW, 'Asia/Shanghai');
const GRACE = 3;

const members: TeamMember[] = [
  { id: 'wang', name: '王芳', role: 'collector', lastSyncAt: '2026-11-25T01:00:00Z' },
  { id: 'li', name: '李强', role: 'collector', lastSyncAt: null },
  { id: 'zhao', name: '赵主管', role: 'supervisor', lastSyncAt: undefined },
  { id: 'qian', name: '钱柜员', role: 'clerk', lastSyncAt: undefined },
];

const empty = (): TeamRecords => ({ rows: [], activities: [], promises: [], payments: [], receipts: [], letters: [], disputes: [] });
const row = (id: string, officerId: string | null, totalFen: number, officerName: string | null = officerId) => ({ id, officerId, officerName, totalFen });
const act = (userId: string, at: string, outcome: TeamRecords['activities'][number]['outcome'], override = false, caseId = 'c1') => ({
  caseId, userId, at, outcome, override: override ? { ruleIds: ['cn.hours'], supervisorId: 'zhao', reason: '客户约定晚间回电' } : null,
});
const rowOf = (f: ReturnType<typeof teamFigures>, key: string) => f.rows.find((r) => r.key === key);

describe('teamPeriod', () => {
  it.each([
    ['a Wednesday', '2026-11-25T02:00:00Z', '2026-11-25', '2026-11-23'],
    ['a Monday, just after midnight in Shanghai (still Sunday in UTC)', '2026-11-22T16:30:00Z', '2026-11-23', '2026-11-23'],
    ['a Sunday: the week began six days before', '2026-11-29T05:00:00Z', '2026-11-29', '2026-11-23'],
  ])('%s', (_, now, today, weekStart) => {
    const p = teamPeriod(new Date(now), 'Asia/Shanghai');
    expect([p.today, p.weekStart]).toEqual([today, weekStart]);
    expect(new Date(p.todayStartMs).toISOString()).toBe(`${new Date(Date.parse(`${today}T00:00:00+08:00`)).toISOString()}`);
    expect(p.todayEndMs - p.todayStartMs).toBe(86_400_000);
  });
  it('promises that can break this week were due from grace + 1 days before Monday', () => {
    expect(promiseDueRange(period, 3)).toEqual({ from: '2026-11-19', to: '2026-11-25' });
  });
});

describe('teamFigures', () => {
  it('cases and amount by holder; former officers and unassigned cases get their own rows; totals add up', () => {
    const r = { ...empty(), rows: [row('c1', 'wang', 100_00), row('c2', 'wang', 250_50), row('c3', 'gone', 70_00, '周离职'), row('c4', null, 5_00)] };
    const f = teamFigures(members, r, period, { graceDays: GRACE });
    expect(f.rows.map((x) => [x.key, x.kind, x.name, x.cases, x.amountFen])).toEqual([
      ['li', 'member', '李强', 0, 0],
      ['wang', 'member', '王芳', 2, 350_50],
      ['gone', 'former', '周离职', 1, 70_00],
      ['', 'unassigned', null, 1, 5_00],
    ]);
    expect([f.totals.cases, f.totals.amountFen]).toEqual([4, 425_50]);
  });

  it('contacts today by who made them: attempts, connected, right party; the day is Shanghai’s, not UTC’s', () => {
    const r = {
      ...empty(),
      activities: [
        act('wang', '2026-11-25T09:00:00+08:00', 'no_answer'),
        act('wang', '2026-11-25T09:05:00+08:00', 'right_party_contact'),
        act('wang', '2026-11-25T09:10:00+08:00', 'third_party_message'),
        act('wang', '2026-11-24T16:30:00Z', 'promise'), // 00:30 on the 25th in Shanghai: today
        act('wang', '2026-11-24T15:59:00Z', 'refusal'), // 23:59 on the 24th: this week, not today
        act('li', '2026-11-22T10:00:00+08:00', 'promise'), // last week
        act('wang', '2026-11-25T09:20:00+08:00', 'promise', false, 'other-branch'), // not a case of this branch
      ],
      rows: [row('c1', 'li', 1)],
    };
    const wang = rowOf(teamFigures(members, r, period, { graceDays: GRACE }), 'wang')!;
    expect([wang.attemptsToday, wang.connectedToday, wang.rightPartyToday]).toEqual([4, 3, 2]);
    expect(rowOf(teamFigures(members, r, period, { graceDays: GRACE }), 'li')!.attemptsToday).toBe(0);
  });

  it('overrides this week, by the collector whose contact they let through', () => {
    const r = { ...empty(), rows: [row('c1', 'li', 1)], activities: [act('li', '2026-11-23T08:00:00+08:00', 'busy', true), act('li', '2026-11-22T20:00:00+08:00', 'busy', true), act('li', '2026-11-25T08:00:00+08:00', 'busy')] };
    expect(rowOf(teamFigures(members, r, period, { graceDays: GRACE }), 'li')!.overridesThisWeek).toBe(1);
  });

  it('promises due today and broken this week, by the case’s holder, with payments matched as the case screen does', () => {
    const p = (id: string, caseId: string, dueDate: string) => ({ id, caseId, amountFen: 1_000_00, dueDate, createdAt: '2026-11-01T10:00:00+08:00' });
    const r = {
      ...empty(),
      rows: [row('c1', 'wang', 1), row('c2', 'li', 1)],
      promises: [
        p('due-today', 'c1', '2026-11-25'),
        p('broke-monday', 'c1', '2026-11-19'), // grace ends 11-22, broke on Monday 11-23
        p('broke-last-week', 'c1', '2026-11-18'), // broke on Sunday 11-22
        p('paid', 'c2', '2026-11-20'),
        p('partly', 'c2', '2026-11-20'),
        p('pending', 'c2', '2026-11-22'), // grace ends 11-25: not broken yet
      ],
      payments: [{ id: 'pay', caseId: 'c2', amountFen: 1_500_00, paidOn: '2026-11-20', recordedAt: '2026-11-20T10:00:00+08:00', source: 'transfer' as const, reference: null }],
    };
    const f = teamFigures(members, r, period, { graceDays: GRACE });
    expect([rowOf(f, 'wang')!.promisesDueToday, rowOf(f, 'wang')!.promisesBrokenThisWeek]).toEqual([1, 1]);
    expect([rowOf(f, 'li')!.promisesDueToday, rowOf(f, 'li')!.promisesBrokenThisWeek]).toEqual([0, 0]);
  });

  it('receipts today (voided ones left out) and letters today and this week (copies and voided ones left out), in fen', () => {
    const rc = (userId: string, amountFen: number, receivedAt: string, voided = false) => ({ caseId: 'c1', userId, amountFen, receivedAt, voided: voided ? { at: receivedAt, reason: '金额写错了', userId } : null });
    const lt = (issuerId: string, issuedAt: string, copy = false, voided: unknown = null) => ({ caseId: 'c1', issuerId, issuedAt, copy, voided });
    const r = {
      ...empty(),
      rows: [row('c1', null, 1)],
      receipts: [rc('qian', 300_00, '2026-11-25T09:00:00+08:00'), rc('qian', 12_34, '2026-11-25T11:00:00+08:00'), rc('qian', 999_00, '2026-11-25T11:30:00+08:00', true), rc('qian', 50_00, '2026-11-24T11:00:00+08:00')],
      letters: [lt('wang', '2026-11-25T09:00:00+08:00'), lt('wang', '2026-11-25T09:30:00+08:00', true), lt('wang', '2026-11-23T09:00:00+08:00'), lt('wang', '2026-11-24T09:00:00+08:00', false, { at: 'x' }), lt('wang', '2026-11-20T09:00:00+08:00')],
    };
    const f = teamFigures(members, r, period, { graceDays: GRACE });
    expect([rowOf(f, 'qian')!.receiptsToday, rowOf(f, 'qian')!.receiptsTodayFen]).toEqual([2, 312_34]);
    expect([rowOf(f, 'wang')!.lettersToday, rowOf(f, 'wang')!.lettersThisWeek]).toEqual([1, 2]);
  });

  it('a clerk or supervisor is listed only with work to show; collectors always', () => {
    const f = teamFigures(members, empty(), period, { graceDays: GRACE });
    expect(f.rows.map((x) => x.key)).toEqual(['li', 'wang']);
  });

  it('open disputes and complaints by the case’s holder; resolved ones are not open', () => {
    const d = (caseId: string, kind: 'dispute' | 'complaint', resolvedAt: string | null = null) => ({ caseId, kind, resolvedAt });
    const r = { ...empty(), rows: [row('c1', 'wang', 1), row('c2', null, 1)], disputes: [d('c1', 'dispute'), d('c1', 'complaint'), d('c1', 'dispute', '2026-11-24T10:00:00Z'), d('c2', 'complaint'), d('elsewhere', 'dispute')] };
    const f = teamFigures(members, r, period, { graceDays: GRACE });
    expect([rowOf(f, 'wang')!.disputesOpen, rowOf(f, 'wang')!.complaintsOpen, rowOf(f, '')!.complaintsOpen]).toEqual([1, 1, 1]);
    expect(f.totals.disputesOpen + f.totals.complaintsOpen).toBe(3);
  });
});

describe('team members', () => {
  it('from the directory: this branch only, the latest sync of devices not revoked', () => {
    const device = (deviceId: string, lastSyncAt: string | null, revoked = false) => ({ deviceId, deviceCode: deviceId, lastSyncAt, revoked });
    const members = membersFromDirectory(
      {
        branchCode: '310115',
        asOf: '2026-11-25T01:00:00Z',
        members: [
          { id: 'a', name: '甲', role: 'collector', branchCode: '310115', devices: [device('d1', '2026-11-24T01:00:00Z'), device('d2', '2026-11-25T08:00:00+08:00'), device('d3', '2026-11-25T01:30:00Z', true)] },
          { id: 'b', name: '乙', role: 'collector', branchCode: '310115', devices: [] },
          { id: 'c', name: '丙', role: 'collector', branchCode: '110105', devices: [] },
        ],
      },
      '310115',
    );
    expect(members).toEqual([
      { id: 'a', name: '甲', role: 'collector', lastSyncAt: '2026-11-25T08:00:00+08:00' },
      { id: 'b', name: '乙', role: 'collector', lastSyncAt: null },
    ]);
  });
  it('from the app’s staff: this branch, sync unknown', () => {
    expect(membersFromStaff([{ id: 'a', name: '甲', role: 'collector', branchCode: '1' }, { id: 'b', name: '乙', role: 'collector', branchCode: '2' }], '1')).toEqual([
      { id: 'a', name: '甲', role: 'collector', lastSyncAt: undefined },
    ]);
  });
});
