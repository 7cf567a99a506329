import { describe, expect, it } from 'vitest';
import { bpsOfText, fenOfText, targetFormSchema, type TargetFormText } from '../../../shared/kpi/targetForm';
import { SetTargetBodySchema } from '../../../shared/kpi/targetConsoleApi';

/** The console's target form (issue 15 §4): yuan to fen, percent to basis points, by-hand shares summing exactly. */
const say = (m: string, vars?: Record<string, string | number>) => `${m}${vars ? ` ${JSON.stringify(vars)}` : ''}`;
const form = (over: Partial<TargetFormText> = {}): TargetFormText => ({ recovered: '12,000.50', cured: '7', rate: '25.5', split: 'portfolio', shares: {}, reason: '十二月目标', ...over });
const schema = targetFormSchema(say, ['c1', 'c2']);

describe('target form', () => {
  it.each([
    ['100', 10_000], ['12,000.50', 1_200_050], ['¥0.01', 1], ['0', 0], ['1.234', null], ['-5', null], ['abc', null], ['', null],
  ])('fenOfText(%j) = %j', (text, fen) => expect(fenOfText(text)).toBe(fen));

  it.each([
    ['25', 2_500], ['25.5', 2_550], ['0.01', 1], ['100', 10_000], ['100.01', null], ['12.345', null], ['-1', null], ['', null], ['1e2', null],
  ])('bpsOfText(%j) = %j', (text, bps) => expect(bpsOfText(text)).toBe(bps));

  it('by portfolio: the figures in fen, count and basis points, every collector named with no amount (head office splits)', () => {
    const r = schema.parse(form());
    expect(r).toEqual({
      recoveredFen: 1_200_050, curedAccounts: 7, successRateBps: 2_550, split: 'portfolio',
      collectors: [{ officerId: 'c1', recoveredFen: 0, curedAccounts: 0 }, { officerId: 'c2', recoveredFen: 0, curedAccounts: 0 }], reason: '十二月目标',
    });
    expect(SetTargetBodySchema.safeParse({ branchCode: '110105', month: '2026-12', ...r }).success).toBe(true);
  });

  it('by hand: shares as typed, a blank one 0; they must sum exactly, money and accounts each', () => {
    const ok = schema.parse(form({ split: 'by_hand', shares: { c1: { recovered: '12000.49', cured: '7' }, c2: { recovered: '0.01', cured: '' } } }));
    expect(ok.collectors).toEqual([{ officerId: 'c1', recoveredFen: 1_200_049, curedAccounts: 7 }, { officerId: 'c2', recoveredFen: 1, curedAccounts: 0 }]);
    const off = schema.safeParse(form({ split: 'by_hand', shares: { c1: { recovered: '12000', cured: '6' } } }));
    expect(off.success).toBe(false);
    expect(off.error!.issues.map((i) => i.message)).toEqual([`sumFen ${JSON.stringify({ sum: '¥12,000.00', total: '¥12,000.50' })}`, `sumCured ${JSON.stringify({ sum: 6, total: 7 })}`]);
  });

  it.each([
    ['recovered', form({ recovered: '1.001' }), 'amount'],
    ['recovered', form({ recovered: '' }), 'amount'],
    ['cured', form({ cured: '2.5' }), 'count'],
    ['rate', form({ rate: '101' }), 'rate'],
    ['reason', form({ reason: '   ' }), 'reason'],
    ['shares', form({ split: 'by_hand', shares: { c1: { recovered: 'x', cured: '0' } } }), 'amount'],
  ])('refuses a bad %s with its message', (field, text, message) => {
    const r = schema.safeParse(text);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: expect.arrayContaining([field]), message });
  });

  it('refuses a branch with no collector to split over', () => {
    expect(targetFormSchema(say, []).safeParse(form()).error!.issues[0]!.message).toBe('noCollector');
  });
});
