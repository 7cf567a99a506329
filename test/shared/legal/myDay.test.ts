import { describe, expect, it } from 'vitest';
import { buildMyDay, MYDAY_REASON_KEYS, type MyDayCase } from '../../../shared/fieldwork/myDay';

const c: MyDayCase = { id: 'case-1', caseNumber: 'CS-1', borrowerName: '张三', totalFen: 100_000, dpd: 200, risk: 'low', status: 'legal', createdAt: '2026-01-01T00:00:00Z' };
const day = (input: Partial<Parameters<typeof buildMyDay>[0]>) => buildMyDay({ cases: [c], today: '2026-12-01', now: '2026-12-01T01:00:00Z', ...input });

describe('My day: hearings and the enforcement deadline', () => {
  it.each<[string, string, boolean]>([
    ['today', '2026-12-01', true],
    ['in 7 days', '2026-12-08', true],
    ['in 8 days', '2026-12-09', false],
    ['yesterday', '2026-11-30', false],
  ])('a hearing %s is listed: %s', (_n, on, listed) => {
    const entries = day({ hearings: [{ caseId: c.id, on, time: '09:30', place: '第三法庭' }] });
    const reasons = entries.flatMap((e) => e.reasons).filter((r) => r.kind === 'hearing_scheduled');
    expect(reasons.length).toBe(listed ? 1 : 0);
    if (listed) expect(reasons[0]).toMatchObject({ key: MYDAY_REASON_KEYS.hearingScheduled, params: { date: on, time: '09:30', place: '第三法庭' } });
  });

  it('an enforcement deadline within 90 days is listed with its own words, and the working day before a holiday', () => {
    const entries = day({ deadlines: [{ caseId: c.id, kind: 'enforcement', date: '2026-12-30' }, { caseId: c.id, kind: 'enforcement', date: '2027-01-01', actBy: '2026-12-31' }] });
    const reasons = entries.flatMap((e) => e.reasons).filter((r) => r.kind === 'enforcement_expiring');
    expect(reasons.map((r) => [r.key, r.params.days])).toEqual([
      [MYDAY_REASON_KEYS.enforcementExpiring, 29],
      [MYDAY_REASON_KEYS.enforcementExpiringActBy, 31],
    ]);
  });
});
