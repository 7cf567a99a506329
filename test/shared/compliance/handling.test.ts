import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { CN_2026, handlingDeadline, handlingStatus, PackSchema, UK_FCA, US_REGF, type HandlingRule } from '../../../shared/compliance';

const SH = 'Asia/Shanghai';
const at = (local: string) => new Date(`${local}+08:00`).toISOString();

/**
 * The pack's time to handle a dispute or complaint (docs/compliance.md): its due day and whether it is overdue,
 * at the boundaries — the day of receipt in the debtor's zone, the last day, the day after; working days across
 * a holiday. A kind the pack says nothing about has no deadline.
 */
describe('handling deadlines', () => {
  it('each pack states only what its sources say, and still validates', () => {
    expect(CN_2026.handling).toEqual([expect.objectContaining({ id: 'cn.handling.complaint', kind: 'complaint', within: { days: 15, dayKind: 'calendar' } })]);
    expect(UK_FCA.handling).toEqual([expect.objectContaining({ id: 'uk.handling.complaint', kind: 'complaint', within: { days: 56, dayKind: 'calendar' } })]);
    expect(US_REGF.handling).toEqual([]);
    for (const pack of [CN_2026, UK_FCA, US_REGF]) expect(PackSchema.safeParse(pack).success, pack.meta.id).toBe(true);
    // A pack from before handling rules existed parses and simply has none.
    const { handling: _dropped, ...older } = CN_2026;
    const parsed = PackSchema.parse(older);
    expect(handlingDeadline(parsed, { kind: 'complaint', openedAt: at('2026-11-02T10:00:00') }, SH, CN_MAINLAND_CALENDAR)).toBeNull();
  });

  it.each([
    // openedAt (Shanghai)          pack      kind         received      due
    ['2026-11-02T10:00:00', CN_2026, 'complaint', '2026-11-02', '2026-11-17'],
    // 23:59 in Shanghai is still the 2nd there (15:59 UTC); 00:00 on the 3rd is the 3rd (16:00 UTC on the 2nd).
    ['2026-11-02T23:59:00', CN_2026, 'complaint', '2026-11-02', '2026-11-17'],
    ['2026-11-03T00:00:00', CN_2026, 'complaint', '2026-11-03', '2026-11-18'],
    ['2026-11-02T10:00:00', UK_FCA, 'complaint', '2026-11-02', '2026-12-28'],
  ] as const)('opened %s: %s %s received %s, due %s', (local, pack, kind, received, due) => {
    expect(handlingDeadline(pack, { kind, openedAt: at(local) }, SH, CN_MAINLAND_CALENDAR)).toMatchObject({ received, due, uncoveredYears: [] });
  });

  it('no deadline where the pack has none: a mainland or UK dispute, anything under Regulation F', () => {
    const opened = at('2026-11-02T10:00:00');
    expect(handlingDeadline(CN_2026, { kind: 'dispute', openedAt: opened }, SH, CN_MAINLAND_CALENDAR)).toBeNull();
    expect(handlingDeadline(UK_FCA, { kind: 'dispute', openedAt: opened }, SH, CN_MAINLAND_CALENDAR)).toBeNull();
    expect(handlingDeadline(US_REGF, { kind: 'complaint', openedAt: opened }, SH, CN_MAINLAND_CALENDAR)).toBeNull();
    expect(handlingStatus(null, { resolvedAt: null }, '2027-06-01', SH)).toBe('none');
  });

  it('counts working days past weekends and holidays when the rule says working days, and warns past the calendar', () => {
    const rule: HandlingRule = { id: 'test.handling.dispute', sourceIds: ['bank-policy'], action: 'warn', kind: 'dispute', within: { days: 5, dayKind: 'working' } };
    const pack = { handling: [rule] };
    // Received Wednesday 2026-09-30; 1–7 October are holidays (国庆节), Saturday the 10th a make-up working day.
    const national = handlingDeadline(pack, { kind: 'dispute', openedAt: at('2026-09-30T09:00:00') }, SH, CN_MAINLAND_CALENDAR)!;
    // 8th (1), 9th (2), Saturday 10th (3), Monday 12th (4), Tuesday 13th (5).
    expect(national.due).toBe('2026-10-13');
    expect(national.uncoveredYears).toEqual([]);
    // Received Friday 2026-11-06: Monday 9th … Friday 13th.
    expect(handlingDeadline(pack, { kind: 'dispute', openedAt: at('2026-11-06T09:00:00') }, SH, CN_MAINLAND_CALENDAR)).toMatchObject({ due: '2026-11-13' });
    // Into 2027, which the calendar does not cover: the due day carries the warning.
    expect(handlingDeadline(pack, { kind: 'dispute', openedAt: at('2026-12-29T09:00:00') }, SH, CN_MAINLAND_CALENDAR)!.uncoveredYears).toEqual([2027]);
  });

  it.each([
    // today         resolvedAt (Shanghai)     status
    ['2026-11-16', null, 'open'],
    ['2026-11-17', null, 'due_today'],
    ['2026-11-18', null, 'overdue'],
    ['2026-12-31', '2026-11-17T23:59:00', 'resolved'],
    ['2026-12-31', '2026-11-18T00:00:00', 'resolved_late'],
  ] as const)('a complaint received 2026-11-02 (due 2026-11-17), today %s, resolved %s: %s', (today, resolved, status) => {
    const deadline = handlingDeadline(CN_2026, { kind: 'complaint', openedAt: at('2026-11-02T10:00:00') }, SH, CN_MAINLAND_CALENDAR);
    expect(handlingStatus(deadline, { resolvedAt: resolved === null ? null : at(resolved) }, today, SH)).toBe(status);
  });
});
