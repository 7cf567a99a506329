import { describe, expect, it } from 'vitest';
import type { Amounts } from '../../../shared/domain/case';
import { formatShare, shareBps, sumAmounts, waiverByComponent } from '../../../shared/approvals/waiver';

const amounts = (principalFen: number, interestFen: number, penaltyFen: number, compoundFen: number, feesFen: number): Amounts => ({
  principalFen, interestFen, penaltyFen, compoundFen, feesFen,
});
// Rows as the supervisor reads them: component, owed, waived, share.
const table = (a: Amounts, waiverFen: number) =>
  waiverByComponent(a, waiverFen).components.map((c) => [c.component, c.owedFen, c.waivedFen, formatShare(c.shareBps)]);

describe('waiverByComponent: fees, compound, penalty, interest, then principal', () => {
  it.each<[string, Amounts, number, (string | number)[][]]>([
    [
      'a waiver the fees and penalty cover leaves interest and principal whole',
      amounts(1_000_000, 200_000, 50_000, 10_000, 5_000), 40_000,
      [['principalFen', 1_000_000, 0, '0.00%'], ['interestFen', 200_000, 0, '0.00%'], ['penaltyFen', 50_000, 25_000, '50.00%'], ['compoundFen', 10_000, 10_000, '100.00%'], ['feesFen', 5_000, 5_000, '100.00%']],
    ],
    [
      'a larger one reaches interest, and principal only when interest is gone',
      amounts(1_000_000, 200_000, 50_000, 10_000, 5_000), 465_000,
      [['principalFen', 1_000_000, 200_000, '20.00%'], ['interestFen', 200_000, 200_000, '100.00%'], ['penaltyFen', 50_000, 50_000, '100.00%'], ['compoundFen', 10_000, 10_000, '100.00%'], ['feesFen', 5_000, 5_000, '100.00%']],
    ],
    [
      'no waiver: nothing waived anywhere',
      amounts(300, 200, 100, 0, 0), 0,
      [['principalFen', 300, 0, '0.00%'], ['interestFen', 200, 0, '0.00%'], ['penaltyFen', 100, 0, '0.00%'], ['compoundFen', 0, 0, '0.00%'], ['feesFen', 0, 0, '0.00%']],
    ],
    [
      'shares round half up to 0.01%: 1 of 3 fen is 33.33%, 2 of 3 is 66.67%',
      amounts(3, 3, 0, 0, 0), 5,
      [['principalFen', 3, 2, '66.67%'], ['interestFen', 3, 3, '100.00%'], ['penaltyFen', 0, 0, '0.00%'], ['compoundFen', 0, 0, '0.00%'], ['feesFen', 0, 0, '0.00%']],
    ],
  ])('%s', (_what, a, waiverFen, expected) => {
    expect(table(a, waiverFen)).toEqual(expected);
  });

  it('gives the whole waiver a share of everything owed, and what the balances cannot carry as unallocated', () => {
    expect(waiverByComponent(amounts(1_000_000, 200_000, 50_000, 10_000, 5_000), 465_000)).toMatchObject({ owedFen: 1_265_000, shareBps: 3676, unallocatedFen: 0 });
    // The balances came down since the plan was made (a later snapshot): the excess is shown, not lost.
    const over = waiverByComponent(amounts(100, 0, 0, 0, 0), 150);
    expect(over).toMatchObject({ owedFen: 100, waiverFen: 150, unallocatedFen: 50 });
    expect(over.components.reduce((s, c) => s + c.waivedFen, 0) + over.unallocatedFen).toBe(150);
  });

  it.each([-1, 1.5, Number.NaN])('refuses a waiver of %s fen', (w) => {
    expect(() => waiverByComponent(amounts(1, 1, 1, 1, 1), w)).toThrow(RangeError);
  });
});

describe('shareBps and formatShare', () => {
  it.each([
    [1, 3, 3333, '33.33%'],
    [1, 8, 1250, '12.50%'],
    [1, 20_000, 1, '0.01%'],
    [1, 20_001, 0, '0.00%'],
    [5, 0, 0, '0.00%'],
    [4_500_000_000_00, 9_000_000_000_00, 5000, '50.00%'],
  ])('%i of %i fen is %i bp (%s)', (part, whole, bps, text) => {
    expect(shareBps(part, whole)).toBe(bps);
    expect(formatShare(bps)).toBe(text);
  });
});

describe('sumAmounts', () => {
  it('adds each component over the case’s accounts', () => {
    expect(sumAmounts([amounts(1, 2, 3, 4, 5), amounts(10, 20, 30, 40, 50)])).toEqual(amounts(11, 22, 33, 44, 55));
    expect(sumAmounts([])).toEqual(amounts(0, 0, 0, 0, 0));
  });
});
