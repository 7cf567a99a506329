import { describe, expect, it } from 'vitest';
import { previewPlan, seedCustomRows, type PlanFormState } from '../../../../renderer/src/fieldwork/screens/panels/planDraft';
import { readYuan } from '../../../../renderer/src/fieldwork/screens/panels/money';
import { splitNames } from '../../../../renderer/src/fieldwork/screens/panels/visitHelpers';

const OUTSTANDING = 1_014_745;
const form = (over: Partial<PlanFormState> = {}): PlanFormState => ({
  agreed: '10,000.00',
  downPayment: '1000',
  count: '3',
  firstDue: '2026-12-01',
  interval: 'monthly',
  kind: 'equal',
  rows: [],
  customHasDown: false,
  ...over,
});

describe('readYuan', () => {
  it.each([
    ['', {}, 'panels.money.required'],
    ['-1', {}, 'panels.money.negative'],
    ['1.234', {}, 'panels.money.too_many_decimals'],
    ['abc', {}, 'panels.money.invalid_format'],
    ['0', { positive: true }, 'panels.money.positive'],
  ])('%j is refused with a translated key', (text, options, key) => {
    expect(readYuan(text, options)).toEqual({ ok: false, key });
  });
  it('reads yuan as typed into fen, and empty as zero when asked', () => {
    expect(readYuan('¥12,625.23')).toEqual({ ok: true, fen: 1_262_523 });
    expect(readYuan(' ', { emptyIsZero: true })).toEqual({ ok: true, fen: 0 });
  });
});

describe('previewPlan', () => {
  it('builds an equal schedule summing to the agreed total, with the waiver', () => {
    const p = previewPlan(form(), OUTSTANDING);
    expect(p.fieldErrors).toEqual({});
    expect(p.waiverFen).toBe(OUTSTANDING - 1_000_000);
    expect(p.instalments?.map((i) => [i.seq, i.dueDate, i.amountFen])).toEqual([
      [0, '2026-12-01', 100_000],
      [1, '2027-01-01', 300_000],
      [2, '2027-02-01', 300_000],
      [3, '2027-03-01', 300_000],
    ]);
    expect(p.sumFen).toBe(1_000_000);
  });

  it('puts each refusal next to its field', () => {
    expect(previewPlan(form({ agreed: '20,000' }), OUTSTANDING).fieldErrors.agreed?.key).toBe('panels.plan.aboveOutstanding');
    expect(previewPlan(form({ downPayment: '10000' }), OUTSTANDING).fieldErrors.downPayment?.key).toBe('fieldwork.error.down_payment_invalid');
    expect(previewPlan(form({ count: '0' }), OUTSTANDING).fieldErrors.count?.key).toBe('fieldwork.error.count_invalid');
    expect(previewPlan(form({ count: 'x', agreed: '' }), OUTSTANDING).fieldErrors).toMatchObject({ agreed: { key: 'panels.money.required' }, count: { key: 'fieldwork.error.count_invalid' } });
    expect(previewPlan(form({ firstDue: '2026-02-30' }), OUTSTANDING).fieldErrors.firstDue?.key).toBe('fieldwork.error.date_invalid');
  });

  it('checks a custom schedule with validateCustomSchedule', () => {
    const seeded = seedCustomRows(form(), OUTSTANDING);
    expect(seeded.customHasDown).toBe(true);
    expect(seeded.rows[1]).toEqual({ dueDate: '2027-01-01', amount: '3,000.00' });
    const ok = previewPlan(form({ kind: 'custom', ...seeded }), OUTSTANDING);
    expect(ok.instalments).toHaveLength(4);

    const rows = seeded.rows.map((r, i) => (i === 3 ? { ...r, amount: '2999.99' } : r));
    const short = previewPlan(form({ kind: 'custom', rows, customHasDown: true }), OUTSTANDING);
    expect(short.instalments).toBeNull();
    expect(short.scheduleErrors.map((m) => m.key)).toEqual(['fieldwork.error.sum_mismatch']);

    const backwards = seeded.rows.map((r, i) => (i === 2 ? { ...r, dueDate: '2026-12-15' } : r));
    const late = previewPlan(form({ kind: 'custom', rows: backwards, customHasDown: true }), OUTSTANDING);
    expect(late.rowErrors[2]?.key).toBe('fieldwork.error.dates_not_increasing');

    const bad = previewPlan(form({ kind: 'custom', rows: [{ dueDate: '2026-12-01', amount: '1.234' }] }), OUTSTANDING);
    expect(bad.rowErrors[0]?.key).toBe('panels.money.too_many_decimals');
  });
});

describe('splitNames', () => {
  it('splits on the separators people type', () => {
    expect(splitNames('张三、李四，王五, 赵六;\n')).toEqual(['张三', '李四', '王五', '赵六']);
  });
});
