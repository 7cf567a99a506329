import { describe, expect, it } from 'vitest';
import { guaranteeFor, type GuaranteeResult, type LimitationEvent, type LimitationOptions } from '../../../shared/limitation';
import type { Party } from '../../../shared/domain/case';
import { account, allParties, B, ev, makeCase, withGuarantor } from './fixture';

const G = 'G';
const one = (type: Party['guaranteeType'], maturity: string | null, events: LimitationEvent[], today: string, options?: LimitationOptions): GuaranteeResult => {
  const results = guaranteeFor(makeCase([account('a1', maturity)], withGuarantor(type)), events, today, options);
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('guaranteeFor: the period (6 months from the due date, art. 692)', () => {
  it.each<[string, string]>([
    ['2026-01-31', '2026-07-31'], // 31 → July has a 31st: no clamp
    ['2026-03-31', '2026-09-30'], // clamped to the month end
    ['2025-08-31', '2026-02-28'],
    ['2027-08-31', '2028-02-29'], // leap year
    ['2026-02-28', '2026-08-28'], // the corresponding day, not the month end
  ])('due %s → expiry %s', (due, expiry) => {
    const r = one('joint', due, [], due);
    expect(r).toMatchObject({ dueDate: due, expiry, months: 6, status: 'running' });
  });

  it('2026-01-31: start 2026-02-01, the last day 2026-07-31 is still running, the next day lapsed', () => {
    expect(one('joint', '2026-01-31', [], '2026-07-31')).toMatchObject({ start: '2026-02-01', expiry: '2026-07-31', status: 'running', daysLeft: 0 });
    expect(one('joint', '2026-01-31', [], '2026-08-01')).toMatchObject({ status: 'lapsed', daysLeft: -1, preservedBy: null });
    expect(one('joint', '2026-01-31', [], '2026-07-01')).toMatchObject({ status: 'running', daysLeft: 30 });
  });

  it('a contract period replaces the 6 months; "until repaid" and ≤ 0 months count as none', () => {
    expect(one('joint', '2026-01-31', [], '2026-02-01', { contractGuaranteeMonths: { G: 12 } })).toMatchObject({
      months: 12,
      expiry: '2027-01-31',
      notes: [{ key: 'limitation.note.contractPeriod', params: { months: 12 } }],
    });
    expect(one('joint', '2026-01-31', [], '2026-02-01', { contractGuaranteeMonths: { G: 'until_repaid' } })).toMatchObject({
      months: 6,
      expiry: '2026-07-31',
      notes: [{ key: 'limitation.note.contractPeriodUnclear', params: { months: 6 } }],
    });
    expect(one('joint', '2026-01-31', [], '2026-02-01', { contractGuaranteeMonths: { G: 0 } })).toMatchObject({
      months: 6,
      notes: [{ key: 'limitation.note.contractPeriodInvalid', params: { agreed: '0', months: 6 } }],
    });
    expect(one('joint', '2026-01-31', [], '2026-02-01', { contractGuaranteeMonths: { other: 12 } }).months).toBe(6);
  });

  it('the default months come from the rules', () => {
    expect(one('joint', '2026-01-31', [], '2026-02-01', { guaranteeMonths: 3 }).expiry).toBe('2026-04-30');
  });

  it('no due date → no_due_date', () => {
    expect(one('joint', null, [], '2026-02-01')).toMatchObject({ status: 'no_due_date', expiry: null, daysLeft: null, notes: [{ key: 'limitation.note.noDueDate', params: { accountId: 'a1' } }] });
  });

  it('one result per guarantor and account; unclear type counts as general (art. 686)', () => {
    const kase = makeCase([account('a1', '2026-01-31'), account('a2', '2026-03-31')], allParties());
    const results = guaranteeFor(kase, [], '2026-02-01');
    expect(results.map((r) => [r.partyId, r.accountId, r.guaranteeType, r.expiry])).toEqual([
      ['GJ', 'a1', 'joint', '2026-07-31'],
      ['GJ', 'a2', 'joint', '2026-09-30'],
      ['GG', 'a1', 'general', '2026-07-31'],
      ['GG', 'a2', 'general', '2026-09-30'],
      ['GU', 'a1', 'general', '2026-07-31'],
      ['GU', 'a2', 'general', '2026-09-30'],
    ]);
    expect(results[4]!.notes).toEqual([{ key: 'limitation.note.typeUnclearTreatedAsGeneral', params: {} }]);
    expect(results[0]!.notes).toEqual([]);
  });
});

describe('guaranteeFor: joint-liability guarantor', () => {
  it('a demand delivered to the guarantor on the last day preserves it; their own limitation runs 3 years from it', () => {
    const demand = ev('demand_delivered', '2026-07-31', G);
    const r = one('joint', '2026-01-31', [demand], '2026-09-01');
    expect(r).toMatchObject({ status: 'preserved', preservedBy: demand, expiry: '2026-07-31' });
    expect(r.history[1]).toMatchObject({ kind: 'demand_delivered', effect: 'preserved', rules: ['civil-code-693', 'sol-provisions-8'] });
    expect(r.guarantorLimitation).toMatchObject({ role: 'guarantor', basis: 'guarantee_demand', dueDate: '2026-07-31', start: '2026-08-01', expiry: '2029-07-31', status: 'running', daysLeft: 1064 });
    expect(r.notes).toEqual([{ key: 'limitation.note.guarantorLimitation', params: { from: '2026-07-31', expiry: '2029-07-31' } }]);
  });

  it('a demand one day late does not: lapsed, with a note', () => {
    const r = one('joint', '2026-01-31', [ev('demand_delivered', '2026-08-01', G)], '2026-09-01');
    expect(r).toMatchObject({ status: 'lapsed', preservedBy: null, guarantorLimitation: null });
    expect(r.history[1]).toMatchObject({ effect: 'ignored_after_lapse' });
    expect(r.notes).toEqual([{ key: 'limitation.note.lateDemand', params: { date: '2026-08-01', expiry: '2026-07-31' } }]);
  });

  it('a demand to the borrower does not extend or preserve the guarantee', () => {
    const events = [ev('demand_delivered', '2026-07-20', B), ev('promise', '2026-07-25', B)];
    const before = one('joint', '2026-01-31', events, '2026-07-31');
    expect(before).toMatchObject({ status: 'running', expiry: '2026-07-31', daysLeft: 0 });
    const after = one('joint', '2026-01-31', events, '2026-08-01');
    expect(after).toMatchObject({ status: 'lapsed', expiry: '2026-07-31' });
    expect(after.history.map((h) => [h.kind, h.effect])).toEqual([
      ['start', 'started'],
      ['demand_delivered', 'no_effect_on_guarantee'],
    ]);
    expect(after.notes).toEqual([{ key: 'limitation.note.demandToBorrowerDoesNotExtend', params: { date: '2026-07-20' } }]);
  });

  it('a lawsuit against the borrower alone does not preserve a joint guarantee; one against the guarantor does', () => {
    expect(one('joint', '2026-01-31', [ev('lawsuit', '2026-05-01', B)], '2026-08-01').status).toBe('lapsed');
    expect(one('joint', '2026-01-31', [ev('lawsuit', '2026-05-01', G)], '2026-08-01').status).toBe('preserved');
  });

  it("the guarantor's signature on a demand within the period preserves it", () => {
    expect(one('joint', '2026-01-31', [ev('guarantor_signature', '2026-06-30', G)], '2026-08-01')).toMatchObject({ status: 'preserved', preservedBy: { kind: 'guarantor_signature' } });
  });

  it('a demand without proof of delivery, or before the due date, does not preserve', () => {
    const r = one('joint', '2026-01-31', [ev('demand_delivered', '2026-01-15', G), ev('demand_delivered', '2026-03-01', G, { evidence: null })], '2026-08-01');
    expect(r.status).toBe('lapsed');
    expect(r.history.map((h) => h.effect)).toEqual(['started', 'ignored_before_start', 'ignored_no_evidence']);
  });

  it('a signature after lapse revives nothing (guarantee interpretation art. 34)', () => {
    const r = one('joint', '2026-01-31', [ev('guarantor_signature', '2026-09-10', G)], '2026-10-01');
    expect(r).toMatchObject({ status: 'lapsed', preservedBy: null, guarantorLimitation: null });
    expect(r.history[1]).toMatchObject({ kind: 'guarantor_signature', effect: 'ignored_after_lapse', rules: ['guarantee-interp-34'] });
    expect(r.notes).toEqual([{ key: 'limitation.note.signatureAfterLapse', params: { date: '2026-09-10', expiry: '2026-07-31' } }]);
  });

  it("later demands and signatures restart the guarantor's own limitation, not the guarantee period", () => {
    const r = one('joint', '2026-01-31', [ev('demand_delivered', '2026-03-01', G), ev('guarantor_signature', '2027-05-05', G)], '2027-06-01');
    expect(r).toMatchObject({ status: 'preserved', expiry: '2026-07-31' });
    expect(r.guarantorLimitation).toMatchObject({ expiry: '2030-05-05', lastInterruption: { kind: 'guarantor_signature', date: '2027-05-05' } });
    expect(r.history.map((h) => h.effect)).toEqual(['started', 'preserved', 'already_preserved']);
  });

  it("the guarantor's own limitation can expire", () => {
    const r = one('joint', '2026-01-31', [ev('demand_delivered', '2026-03-01', G)], '2029-03-02');
    expect(r.status).toBe('preserved');
    expect(r.guarantorLimitation).toMatchObject({ status: 'expired', expiry: '2029-03-01' });
  });

  it('notes when the main debt is time-barred (the guarantor may raise it: art. 701)', () => {
    const r = one('joint', '2026-01-31', [ev('demand_delivered', '2026-03-01', G), ev('guarantor_signature', '2028-12-01', G)], '2029-02-01');
    expect(r.guarantorLimitation).toMatchObject({ status: 'running', expiry: '2031-12-01' });
    expect(r.notes).toContainEqual({ key: 'limitation.note.mainDebtTimeBarred', params: { date: '2029-01-31' } });
    const waived = one('joint', '2026-01-31', [ev('demand_delivered', '2026-03-01', G), ev('acknowledgement_after_expiry', '2029-02-10', B)], '2029-03-01');
    expect(waived.notes).toContainEqual({ key: 'limitation.note.mainDebtTimeBarred', params: { date: '2029-01-31' } });
  });
});

describe('guaranteeFor: general guarantor (and unclear type)', () => {
  it.each<Party['guaranteeType']>(['general', null])('type %s: preserved only by suing the borrower within the period', (type) => {
    const lawsuit = ev('lawsuit', '2026-07-31', B);
    const r = one(type, '2026-01-31', [lawsuit], '2026-09-01');
    expect(r).toMatchObject({ guaranteeType: 'general', status: 'preserved', preservedBy: lawsuit, guarantorLimitation: null });
    expect(r.history[1]).toMatchObject({ effect: 'preserved', rules: ['civil-code-693'] });
    expect(r.notes).toContainEqual({ key: 'limitation.note.generalGuarantorLimitationNotStarted', params: {} });
  });

  it('a lawsuit one day late: lapsed', () => {
    const r = one('general', '2026-01-31', [ev('lawsuit', '2026-08-01', B)], '2026-09-01');
    expect(r).toMatchObject({ status: 'lapsed', preservedBy: null });
    expect(r.notes).toEqual([{ key: 'limitation.note.lateLawsuit', params: { date: '2026-08-01', expiry: '2026-07-31' } }]);
  });

  it('a demand delivered to the general guarantor does not preserve it, and says so', () => {
    const r = one('general', '2026-01-31', [ev('demand_delivered', '2026-03-01', G), ev('guarantor_signature', '2026-03-02', G)], '2026-08-01');
    expect(r.status).toBe('lapsed');
    expect(r.history.map((h) => h.effect)).toEqual(['started', 'no_effect_on_guarantee', 'no_effect_on_guarantee']);
    expect(r.notes).toEqual([{ key: 'limitation.note.demandDoesNotPreserveGeneral', params: { date: '2026-03-02' } }]);
  });

  it('suing only the general guarantor does not preserve it', () => {
    expect(one('general', '2026-01-31', [ev('lawsuit', '2026-03-01', G)], '2026-08-01').status).toBe('lapsed');
  });

  it('a lawsuit against a co-borrower counts (a debtor was sued)', () => {
    const kase = makeCase([account('a1', '2026-01-31')], allParties());
    const gg = guaranteeFor(kase, [ev('lawsuit', '2026-04-01', 'C')], '2026-08-01').find((r) => r.partyId === 'GG');
    expect(gg?.status).toBe('preserved');
  });

  it('a signature after lapse revives nothing', () => {
    const r = one('general', '2026-01-31', [ev('guarantor_signature', '2026-08-02', G)], '2026-08-03');
    expect(r.status).toBe('lapsed');
    expect(r.notes).toEqual([{ key: 'limitation.note.signatureAfterLapse', params: { date: '2026-08-02', expiry: '2026-07-31' } }]);
  });

  it('running before the end, with nothing done', () => {
    expect(one('general', '2026-01-31', [], '2026-06-30')).toMatchObject({ status: 'running', daysLeft: 31 });
  });
});
