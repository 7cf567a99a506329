import { describe, expect, it } from 'vitest';
import { FIELDWORK_MESSAGES, fieldworkErrorKey, MYDAY_MESSAGES } from '../../../shared/fieldwork/messages';
import { buildMyDay, MYDAY_REASON_KEYS } from '../../../shared/fieldwork/myDay';
import { validateCustomSchedule } from '../../../shared/fieldwork/plans';
import { validateVisitRecord } from '../../../shared/fieldwork/visits';
import { input, TODAY } from './myDayFixture';

const placeholders = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
const lookup = (tree: unknown, key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('MYDAY_MESSAGES', () => {
  it.each(Object.values(MYDAY_REASON_KEYS))('%s has a template in both languages, with the same placeholders', (key) => {
    const zh = lookup(MYDAY_MESSAGES['zh-CN'], key);
    const en = lookup(MYDAY_MESSAGES.en, key);
    expect(typeof zh).toBe('string');
    expect(typeof en).toBe('string');
    expect(placeholders(zh as string)).toEqual(placeholders(en as string));
  });

  it('every reason My day gives carries every value its template uses', () => {
    // Deadlines the holiday calendar has something to say about (a holiday last day, a year it does not cover).
    const calendarDeadlines = [
      { caseId: 'B', kind: 'limitation', date: '2025-05-01', actBy: '2025-04-30' },
      { caseId: 'B', kind: 'limitation', date: '2025-05-02', uncoveredYears: '2025' },
      { caseId: 'C', kind: 'guarantee', date: '2025-05-01', actBy: '2025-04-30' },
      { caseId: 'C', kind: 'guarantee', date: '2025-05-02', uncoveredYears: '2025' },
      // The period to apply for enforcement of a judgment (shared/legal/enforcement.ts).
      { caseId: 'B', kind: 'enforcement', date: '2025-04-20' },
      { caseId: 'B', kind: 'enforcement', date: '2025-05-01', actBy: '2025-04-30' },
      { caseId: 'C', kind: 'enforcement', date: '2025-05-02', uncoveredYears: '2025' },
    ] as const;
    // Next actions due today and overdue, with and without a text naming them (one per case: the latest counts).
    const activities = [
      { id: 'a1', caseId: 'B', at: '2025-03-10T10:00:00+08:00', nextAction: '回电', nextActionDate: TODAY },
      { id: 'a2', caseId: 'C', at: '2025-03-10T10:00:00+08:00', nextAction: '回电', nextActionDate: '2025-03-12' },
      { id: 'a3', caseId: 'E', at: '2025-03-10T10:00:00+08:00', nextAction: null, nextActionDate: TODAY },
      { id: 'a4', caseId: 'H', at: '2025-03-10T10:00:00+08:00', nextAction: null, nextActionDate: '2025-03-11' },
      // Callbacks agreed for a time of day (约定回电), due today, named and not.
      { id: 'a5', caseId: 'J', at: '2025-03-10T10:00:00+08:00', nextAction: '回电', nextActionDate: TODAY, nextActionTime: '15:00' },
      { id: 'a6', caseId: 'L', at: '2025-03-10T10:00:00+08:00', nextAction: null, nextActionDate: TODAY, nextActionTime: '09:30' },
    ];
    const hearings = [{ caseId: 'B', on: TODAY, time: '09:30', place: '第三法庭' }];
    const reasons = buildMyDay({ ...input, activities, hearings, deadlines: [...(input.deadlines ?? []), ...calendarDeadlines] }).flatMap((e) => e.reasons);
    expect(new Set(reasons.map((r) => r.key))).toEqual(new Set(Object.values(MYDAY_REASON_KEYS)));
    for (const r of reasons) {
      for (const name of placeholders(lookup(MYDAY_MESSAGES['zh-CN'], r.key) as string)) expect(r.params).toHaveProperty(name);
    }
  });
});

describe('FIELDWORK_MESSAGES', () => {
  const zh = FIELDWORK_MESSAGES['zh-CN'].fieldwork.error;
  const en = FIELDWORK_MESSAGES.en.fieldwork.error;

  it('both languages have the same codes and placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const code of Object.keys(zh) as (keyof typeof zh)[]) {
      expect([code, placeholders(en[code])]).toEqual([code, placeholders(zh[code])]);
      expect(zh[code].trim()).not.toBe('');
    }
  });

  it('problems carry the values their templates use', () => {
    const problems = [
      ...validateCustomSchedule(300, [{ seq: 2, dueDate: '2025-01-01', amountFen: 0 }]),
      ...validateCustomSchedule(300, [
        { seq: 1, dueDate: '2025-02-01', amountFen: 100 },
        { seq: 2, dueDate: '2025-01-01', amountFen: 100 },
      ]),
      ...validateCustomSchedule(300, [{ seq: 1, dueDate: '2025-02-01', amountFen: 100 }]),
      ...validateCustomSchedule(300, [{ seq: 1, dueDate: '2025-02-30', amountFen: 300 }]),
      ...validateVisitRecord({ staff: ['王伟', '王伟', ''], status: 'done', outcome: 'busy', peopleMet: null }),
      ...validateVisitRecord({ staff: ['王伟', '李娜'], status: 'done', outcome: 'met', peopleMet: null }),
    ];
    expect(problems.map((p) => p.code).sort()).toEqual(
      ['amount_not_positive', 'date_invalid', 'dates_not_increasing', 'outcome_not_for_visit', 'people_met_required', 'seq_invalid', 'staff_duplicate', 'staff_name_empty', 'sum_mismatch', 'too_few_staff'].sort(),
    );
    for (const p of problems) for (const name of placeholders(zh[p.code])) expect([p.code, p.params]).toEqual([p.code, expect.objectContaining({ [name]: expect.anything() })]);
  });

  it('keys resolve under fieldwork.error', () => {
    expect(lookup(FIELDWORK_MESSAGES.en, fieldworkErrorKey('maker_cannot_approve'))).toBe('The maker of a plan cannot approve it');
  });
});
