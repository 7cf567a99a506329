import { describe, expect, it } from 'vitest';
import { limitationFor, type LimitationEvent, type LimitationEventKind, type LimitationResult } from '../../../shared/limitation';
import { account, allParties, B, borrowerOnly, C, ev, makeCase } from './fixture';

// Convention under test (rules.ts): the due date is not counted, `start` is the next day, and the period's
// last day `expiry` is the due date's anniversary (month end when there is none); it ends at the end of that day.
const single = (maturity: string | null, events: LimitationEvent[], today: string, overdueSince: string | null = null, options = {}): LimitationResult => {
  const results = limitationFor(makeCase([account('a1', maturity, overdueSince)], borrowerOnly()), events, today, options);
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('limitationFor: the basic period', () => {
  it.each<[string, string, string, LimitationResult['status'], number]>([
    // due date, today, expected expiry, status, daysLeft
    ['2023-03-15', '2023-03-16', '2026-03-15', 'running', 1095],
    ['2023-03-15', '2026-03-14', '2026-03-15', 'running', 1],
    ['2023-03-15', '2026-03-15', '2026-03-15', 'running', 0],
    ['2023-03-15', '2026-03-16', '2026-03-15', 'expired', -1],
    // leap day: 2024-02-29 has no anniversary in 2027, so the month's last day is the last day (art. 202)
    ['2024-02-29', '2027-02-28', '2027-02-28', 'running', 0],
    ['2024-02-29', '2027-03-01', '2027-02-28', 'expired', -1],
    ['2024-02-28', '2027-02-28', '2027-02-28', 'running', 0],
    ['2027-02-28', '2030-02-28', '2030-02-28', 'running', 0],
  ])('due %s, today %s → expiry %s, %s, %i days left', (due, today, expiry, status, daysLeft) => {
    const r = single(due, [], today);
    expect(r).toMatchObject({ dueDate: due, expiry, status, daysLeft, basis: 'maturity_date', lastInterruption: null, waiver: null });
  });

  it('start is the day after the due date; the leap-day due date starts on 03-01', () => {
    expect(single('2024-02-29', [], '2024-06-01').start).toBe('2024-03-01');
    expect(single('2024-02-28', [], '2024-06-01').start).toBe('2024-02-29');
    expect(single('2023-12-31', [], '2024-06-01').start).toBe('2024-01-01');
  });

  it('reports the 20-year cap from the due date and cites arts. 188/189/201/202 at the start', () => {
    const r = single('2023-03-15', [], '2024-01-01');
    expect(r.absoluteCap).toBe('2043-03-15');
    expect(r.history).toEqual([
      { kind: 'start', date: '2023-03-15', partyId: null, evidence: null, effect: 'started', expiryAfter: '2026-03-15', viaJointDebtor: false, rules: ['civil-code-188', 'civil-code-189', 'civil-code-201', 'civil-code-202'] },
    ]);
    expect(r.notes).toEqual([]);
  });

  it('falls back to overdueSince when there is no maturity date, and says so', () => {
    const r = single(null, [], '2025-01-01', '2022-07-09');
    expect(r).toMatchObject({ basis: 'overdue_since', dueDate: '2022-07-09', start: '2022-07-10', expiry: '2025-07-09', daysLeft: 189 });
    expect(r.history[0]!.rules).toEqual(['civil-code-188', 'civil-code-201', 'civil-code-202']);
  });

  it('maturityDate wins over overdueSince', () => {
    expect(single('2023-03-15', [], '2024-01-01', '2022-07-09').expiry).toBe('2026-03-15');
  });

  it('without any due date the status is no_due_date with a note', () => {
    const r = single(null, [ev('promise', '2024-01-01')], '2024-06-01');
    expect(r).toMatchObject({ status: 'no_due_date', start: null, expiry: null, daysLeft: null, absoluteCap: null, history: [] });
    expect(r.notes).toEqual([{ key: 'limitation.note.noDueDate', params: { accountId: 'a1' } }]);
  });

  it('the years come from the rules (options)', () => {
    expect(single('2023-03-15', [], '2024-01-01', null, { limitationYears: 2 }).expiry).toBe('2025-03-15');
    expect(() => single('2023-03-15', [], '2024-01-01', null, { limitationYears: 0 })).toThrow(RangeError);
  });

  it('a due date after today notes that the period has not started', () => {
    const r = single('2027-06-30', [], '2026-11-22');
    expect(r).toMatchObject({ status: 'running', start: '2027-07-01', expiry: '2030-06-30' });
    expect(r.notes).toEqual([{ key: 'limitation.note.notStarted', params: { start: '2027-07-01' } }]);
  });

  it('refuses a malformed today or event date', () => {
    expect(() => single('2023-03-15', [], '2026-02-30')).toThrow(RangeError);
    expect(() => single('2023-03-15', [ev('promise', '2024-13-01')], '2026-01-01')).toThrow(RangeError);
  });
});

describe('limitationFor: interruptions restart the full period', () => {
  it.each<[LimitationEventKind, string[]]>([
    ['demand_delivered', ['civil-code-195', 'sol-provisions-8']],
    ['promise', ['civil-code-195', 'sol-provisions-14']],
    ['plan', ['civil-code-195', 'sol-provisions-14']],
    ['partial_payment', ['civil-code-195', 'sol-provisions-14']],
    ['acknowledgement_after_expiry', ['civil-code-195', 'sol-provisions-14']],
  ])('%s on 2024-06-10 → expiry 2027-06-10', (kind, rules) => {
    const r = single('2023-03-15', [ev(kind, '2024-06-10')], '2026-12-01');
    expect(r).toMatchObject({ status: 'running', expiry: '2027-06-10', daysLeft: 191, lastInterruption: { kind, date: '2024-06-10' }, waiver: null });
    expect(r.history[1]).toEqual({ kind, date: '2024-06-10', partyId: B, evidence: `proof-${kind}-2024-06-10`, effect: 'restarted', expiryAfter: '2027-06-10', viaJointDebtor: false, rules });
  });

  it('an event on the last day is in time', () => {
    const r = single('2023-03-15', [ev('partial_payment', '2026-03-15')], '2026-03-16');
    expect(r).toMatchObject({ status: 'running', expiry: '2029-03-15', daysLeft: 1095 });
  });

  it('a chain of interruptions: each restarts from its own day, the latest wins', () => {
    const r = single('2023-03-15', [ev('promise', '2025-01-20'), ev('demand_delivered', '2024-02-01'), ev('plan', '2027-12-31')], '2028-01-01');
    expect(r.expiry).toBe('2030-12-31');
    expect(r.history.map((h) => [h.kind, h.date, h.effect, h.expiryAfter])).toEqual([
      ['start', '2023-03-15', 'started', '2026-03-15'],
      ['demand_delivered', '2024-02-01', 'restarted', '2027-02-01'],
      ['promise', '2025-01-20', 'restarted', '2028-01-20'],
      ['plan', '2027-12-31', 'restarted', '2030-12-31'],
    ]);
  });

  it('an interruption on a leap day restarts to 02-28 three years on', () => {
    expect(single('2023-12-31', [ev('promise', '2024-02-29')], '2025-01-01').expiry).toBe('2027-02-28');
  });

  it('a lawsuit interrupts until the proceedings end: suspended, no expiry, later events do not move it', () => {
    const r = single('2023-03-15', [ev('lawsuit', '2025-05-05'), ev('partial_payment', '2025-08-01')], '2030-01-01');
    expect(r).toMatchObject({ status: 'suspended_by_lawsuit', expiry: null, daysLeft: null, lastInterruption: { kind: 'lawsuit', date: '2025-05-05' } });
    expect(r.history.map((h) => h.effect)).toEqual(['started', 'suspended', 'ignored_during_lawsuit']);
    expect(r.history[1]!.rules).toEqual(['civil-code-195', 'sol-provisions-10']);
    expect(r.notes).toEqual([{ key: 'limitation.note.lawsuitPending', params: { date: '2025-05-05' } }]);
  });

  it('events before the due date, after today, or without required evidence do not count', () => {
    const r = single('2023-03-15', [
      ev('promise', '2023-03-14'),
      ev('demand_delivered', '2024-01-10', B, { evidence: null }),
      ev('demand_delivered', '2024-01-11', B, { evidence: '  ' }),
      ev('promise', '2025-12-02'),
    ], '2025-12-01');
    expect(r).toMatchObject({ expiry: '2026-03-15', lastInterruption: null });
    expect(r.history.map((h) => h.effect)).toEqual(['started', 'ignored_before_start', 'ignored_no_evidence', 'ignored_no_evidence', 'ignored_future']);
  });

  it('a promise or payment needs no evidence field', () => {
    expect(single('2023-03-15', [ev('promise', '2024-06-10', B, { evidence: null })], '2025-01-01').expiry).toBe('2027-06-10');
  });

  it('an event for another account does not move this one; one without accountId moves every account', () => {
    const kase = makeCase([account('a1', '2023-03-15'), account('a2', '2023-09-30')], borrowerOnly());
    const r = limitationFor(kase, [ev('promise', '2024-06-10', B, { accountId: 'a2' }), ev('demand_delivered', '2025-01-02')], '2025-06-01');
    expect(r.map((x) => [x.accountId, x.expiry])).toEqual([
      ['a1', '2028-01-02'],
      ['a2', '2028-01-02'],
    ]);
    const onlyA2 = limitationFor(kase, [ev('promise', '2024-06-10', B, { accountId: 'a2' })], '2025-06-01');
    expect(onlyA2.map((x) => [x.accountId, x.expiry])).toEqual([
      ['a1', '2026-03-15'],
      ['a2', '2027-06-10'],
    ]);
  });
});

describe('limitationFor: after expiry', () => {
  it.each<LimitationEventKind>(['demand_delivered', 'promise', 'plan', 'partial_payment', 'lawsuit'])('%s one day after expiry does not revive it', (kind) => {
    const r = single('2023-03-15', [ev(kind, '2026-03-16')], '2026-04-01');
    expect(r).toMatchObject({ status: 'expired', expiry: '2026-03-15', daysLeft: -17, lastInterruption: null, waiver: null });
    expect(r.history[1]).toMatchObject({ kind, effect: 'ignored_after_expiry', expiryAfter: '2026-03-15', rules: ['civil-code-188', 'civil-code-192'] });
    expect(r.notes).toContainEqual({ key: 'limitation.note.expired', params: { expiry: '2026-03-15' } });
  });

  it('a promise or payment after expiry notes a possible waiver, a demand does not', () => {
    const r = single('2023-03-15', [ev('demand_delivered', '2026-03-20'), ev('partial_payment', '2026-03-21')], '2026-04-01');
    expect(r.notes).toEqual([
      { key: 'limitation.note.possibleWaiver', params: { kind: 'partial_payment', date: '2026-03-21' } },
      { key: 'limitation.note.expired', params: { expiry: '2026-03-15' } },
    ]);
  });

  it('acknowledgement_after_expiry one day after expiry waives the defence; a new period runs from it', () => {
    const r = single('2023-03-15', [ev('acknowledgement_after_expiry', '2026-03-16', B, { evidence: '回执-0316' })], '2026-04-01');
    expect(r).toMatchObject({
      status: 'waived_by_acknowledgement',
      expiry: '2029-03-16',
      daysLeft: 1080,
      lastInterruption: { kind: 'acknowledgement_after_expiry', date: '2026-03-16' },
      waiver: { date: '2026-03-16', evidence: '回执-0316' },
    });
    expect(r.history[1]).toMatchObject({ effect: 'waived', rules: ['civil-code-192', 'sol-provisions-19'] });
    expect(r.notes).toEqual([{ key: 'limitation.note.waivedByAcknowledgement', params: { date: '2026-03-16', evidence: '回执-0316' } }]);
  });

  it('after a waiver, interruptions restart the new period, and it can expire again', () => {
    const events = [ev('acknowledgement_after_expiry', '2026-06-01'), ev('promise', '2027-01-15')];
    expect(single('2023-03-15', events, '2028-01-01')).toMatchObject({ status: 'waived_by_acknowledgement', expiry: '2030-01-15' });
    expect(single('2023-03-15', events, '2030-01-16')).toMatchObject({ status: 'expired', expiry: '2030-01-15', waiver: { date: '2026-06-01' } });
  });

  it('an acknowledgement without evidence does not waive', () => {
    const r = single('2023-03-15', [ev('acknowledgement_after_expiry', '2026-06-01', B, { evidence: null })], '2026-07-01');
    expect(r).toMatchObject({ status: 'expired', waiver: null });
  });
});

describe('limitationFor: the 20-year cap (art. 188)', () => {
  const chain = [
    ev('promise', '2002-12-01'),
    ev('promise', '2005-11-01'),
    ev('promise', '2008-10-01'),
    ev('promise', '2011-09-01'),
    ev('promise', '2014-08-01'),
    ev('promise', '2017-07-01'),
  ];

  it('interruptions cannot carry the period past 20 years from the due date', () => {
    const r = single('2000-01-10', chain, '2019-12-01');
    expect(r).toMatchObject({ status: 'running', absoluteCap: '2020-01-10', expiry: '2020-01-10', daysLeft: 40 });
    expect(r.history.at(-1)).toMatchObject({ date: '2017-07-01', effect: 'restarted_capped', expiryAfter: '2020-01-10', rules: ['civil-code-195', 'sol-provisions-14', 'civil-code-188'] });
    expect(r.notes).toEqual([{ key: 'limitation.note.capReached', params: { cap: '2020-01-10' } }]);
  });

  it('the period ends at the cap; a later promise or acknowledgement does not help', () => {
    const r = single('2000-01-10', [...chain, ev('promise', '2020-01-05'), ev('acknowledgement_after_expiry', '2020-02-01')], '2020-03-01');
    expect(r).toMatchObject({ status: 'expired', expiry: '2020-01-10', waiver: null });
    expect(r.history.slice(-2).map((h) => h.effect)).toEqual(['restarted_capped', 'ignored_after_cap']);
  });

  it('below the cap, no note', () => {
    const r = single('2000-01-10', chain.slice(0, 5), '2016-01-01');
    expect(r).toMatchObject({ expiry: '2017-08-01', notes: [] });
  });
});

describe('limitationFor: co-borrowers are joint debtors (limitation provisions art. 15)', () => {
  const kase = makeCase([account('a1', '2023-03-15')], allParties());

  it('one result per borrower and co-borrower, none for guarantors or mortgagors', () => {
    expect(limitationFor(kase, [], '2024-01-01').map((r) => [r.partyId, r.role])).toEqual([
      [B, 'borrower'],
      [C, 'co_borrower'],
    ]);
  });

  it('a demand to the co-borrower interrupts for the borrower too, citing art. 15', () => {
    const [b, c] = limitationFor(kase, [ev('demand_delivered', '2024-06-10', C)], '2025-01-01');
    expect(b).toMatchObject({ expiry: '2027-06-10' });
    expect(b!.history[1]).toMatchObject({ viaJointDebtor: true, rules: ['civil-code-195', 'sol-provisions-8', 'sol-provisions-15'] });
    expect(c).toMatchObject({ expiry: '2027-06-10' });
    expect(c!.history[1]).toMatchObject({ viaJointDebtor: false, rules: ['civil-code-195', 'sol-provisions-8'] });
  });

  it('with jointDebtors off, only the party reached is interrupted', () => {
    const [b, c] = limitationFor(kase, [ev('demand_delivered', '2024-06-10', C)], '2025-01-01', { jointDebtors: false });
    expect([b!.expiry, c!.expiry]).toEqual(['2026-03-15', '2027-06-10']);
  });

  it('a waiver binds only whoever gave it', () => {
    const [b, c] = limitationFor(kase, [ev('acknowledgement_after_expiry', '2026-05-01', C)], '2026-06-01');
    expect(b).toMatchObject({ status: 'expired', waiver: null });
    expect(c).toMatchObject({ status: 'waived_by_acknowledgement', expiry: '2029-05-01' });
  });

  it('guarantor events never touch a debtor', () => {
    const [b] = limitationFor(kase, [ev('guarantor_signature', '2024-06-10', 'GJ'), ev('demand_delivered', '2024-06-10', 'GJ')], '2025-01-01');
    expect(b).toMatchObject({ expiry: '2026-03-15' });
    expect(b!.history).toHaveLength(1);
  });
});
