import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { buildMyDay, MYDAY_REASON_KEYS, type MyDayActivity } from '../../../shared/fieldwork/myDay';
import { MYDAY_MESSAGES } from '../../../shared/fieldwork/messages';
import { evaluation, kase, NOW, TODAY } from './myDayFixture';

const act = (caseId: string, at: string, nextActionDate: string | null, nextAction: string | null = '回电确认还款', id = `a-${caseId}-${at}`): MyDayActivity => ({
  id, caseId, at, nextAction, nextActionDate,
});

const reasonsOf = (activities: MyDayActivity[]) =>
  buildMyDay({ cases: [kase('c1', 'A-001')], activities, today: TODAY, now: NOW }).flatMap((e) => e.reasons);

describe('My day: next actions that come back by themselves', () => {
  it.each([
    ['due today', [act('c1', '2025-03-10T10:00:00+08:00', '2025-03-14')], MYDAY_REASON_KEYS.followUpDue, 0],
    ['two days overdue', [act('c1', '2025-03-10T10:00:00+08:00', '2025-03-12')], MYDAY_REASON_KEYS.followUpOverdue, 2],
    ['no action text, due today', [act('c1', '2025-03-10T10:00:00+08:00', '2025-03-14', null)], MYDAY_REASON_KEYS.followUpDueUnnamed, 0],
    ['blank action text, overdue', [act('c1', '2025-03-10T10:00:00+08:00', '2025-03-13', '  ')], MYDAY_REASON_KEYS.followUpOverdueUnnamed, 1],
  ])('%s', (_, activities, key, days) => {
    const [reason] = reasonsOf(activities);
    expect(reason).toMatchObject({ kind: 'follow_up_due', key, params: { date: activities[0]!.nextActionDate, days } });
  });

  it.each([
    // 约定回电 at a time of day: on its day the reason says the time; once late, the day is what counts.
    ['a callback at 15:00 today', { ...act('c1', '2025-03-10T10:00:00+08:00', '2025-03-14'), nextActionTime: '15:00' }, MYDAY_REASON_KEYS.followUpDueAt, { time: '15:00', days: 0 }, '今日 15:00 约定跟进：回电确认还款'],
    ['an unnamed callback at 09:30 today', { ...act('c1', '2025-03-10T10:00:00+08:00', '2025-03-14', null), nextActionTime: '09:30' }, MYDAY_REASON_KEYS.followUpDueAtUnnamed, { time: '09:30', days: 0 }, '今日 09:30 约定回电'],
    ['a callback at 15:00 two days ago', { ...act('c1', '2025-03-10T10:00:00+08:00', '2025-03-12'), nextActionTime: '15:00' }, MYDAY_REASON_KEYS.followUpOverdue, { days: 2 }, '约定 2025-03-12 跟进（回电确认还款），已过 2 天尚未跟进'],
  ] as const)('%s', async (_, activity, key, params, text) => {
    const [reason] = reasonsOf([activity]);
    expect(reason).toMatchObject({ kind: 'follow_up_due', key, params });
    const t = i18next.createInstance();
    await t.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: MYDAY_MESSAGES['zh-CN'] } } });
    expect(t.t(reason!.key, reason!.params)).toBe(text);
  });

  it.each([
    ['a date still ahead', [act('c1', '2025-03-10T10:00:00+08:00', '2025-03-15')]],
    ['no next-action date', [act('c1', '2025-03-10T10:00:00+08:00', null)]],
    ['followed up by a later contact', [act('c1', '2025-03-10T10:00:00+08:00', '2025-03-12'), act('c1', '2025-03-12T16:00:00+08:00', null)]],
    ['followed up, given out of order', [act('c1', '2025-03-12T16:00:00+08:00', null), act('c1', '2025-03-10T10:00:00+08:00', '2025-03-12')]],
    ['re-scheduled to a later date', [act('c1', '2025-03-10T10:00:00+08:00', '2025-03-12'), act('c1', '2025-03-12T16:00:00+08:00', '2025-03-20')]],
  ])('not listed: %s', (_, activities) => {
    expect(reasonsOf(activities)).toEqual([]);
  });

  it('compares instants, not text: 08:00 in Shanghai is after 23:30 UTC the night before', () => {
    const activities = [act('c1', '2025-03-11T08:00:00+08:00', null), act('c1', '2025-03-10T23:30:00Z', '2025-03-12')];
    expect(reasonsOf(activities)).toEqual([]);
  });

  it('ignores settled cases and cases not on the list', () => {
    const entries = buildMyDay({
      cases: [kase('c1', 'A-001', { status: 'settled' })],
      activities: [act('c1', '2025-03-10T10:00:00+08:00', '2025-03-14'), act('c9', '2025-03-10T10:00:00+08:00', '2025-03-14')],
      today: TODAY,
      now: NOW,
    });
    expect(entries).toEqual([]);
  });

  it('comes after a promise due on the same case and adds no promise points', () => {
    const [entry] = buildMyDay({
      cases: [kase('c1', 'A-001')],
      promises: [evaluation('c1', {})],
      activities: [act('c1', '2025-03-10T10:00:00+08:00', '2025-03-14')],
      today: TODAY,
      now: NOW,
    });
    expect(entry!.kinds).toEqual(['promise_due', 'follow_up_due']);
    expect(entry!.scoreParts.promise).toBe(25);
  });

  it('names the next action in both languages', async () => {
    const t = i18next.createInstance();
    await t.init({ lng: 'zh-CN', resources: { 'zh-CN': { translation: MYDAY_MESSAGES['zh-CN'] }, en: { translation: MYDAY_MESSAGES.en } } });
    const [due] = reasonsOf([act('c1', '2025-03-10T10:00:00+08:00', '2025-03-14')]);
    const [late] = reasonsOf([act('c1', '2025-03-10T10:00:00+08:00', '2025-03-12')]);
    expect(t.t(due!.key, due!.params)).toBe('今日约定跟进：回电确认还款');
    expect(t.t(late!.key, { ...late!.params, lng: 'en' })).toBe('Follow-up set for 2025-03-12 (回电确认还款) not done yet (2 days late)');
  });
});
