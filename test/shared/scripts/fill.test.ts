import { describe, expect, it } from 'vitest';
import { CN_2026, UK_FCA, type Pack } from '../../../shared/compliance';
import { factsOfCase, fillScript, filledText, placeholderValues, type ScriptFacts } from '../../../shared/scripts';
import { makeCase } from '../../fixtures/cases';

const facts: ScriptFacts = {
  debtorName: '张三',
  overdueFen: 1_214_745,
  totalFen: 2_000_000,
  dpd: 45,
  overdueSince: '2026-10-01',
  promise: { amountFen: 300_000, dueDate: '2027-03-05' },
  accountNumber: '6222021000000001',
  branchName: '上海浦东支行',
  collectorName: '王敏',
};

/** The CN pack with names masked on screen too (a bank may choose to): the script must follow the pack. */
const namesMasked: Pack = { ...CN_2026, personalData: CN_2026.personalData.map((r) => (r.field === 'name' ? { ...r, displayMask: 'name_surname_only' } : r)) };

describe('placeholder filling', () => {
  it.each([
    ['amounts in yuan with separators', '逾期金额{{overdueAmount}}，欠款共{{totalAmount}}', CN_2026, 'zh-CN', '逾期金额¥12,147.45，欠款共¥20,000.00'],
    ['days past due', '已逾期{{dpd}}天', CN_2026, 'zh-CN', '已逾期45天'],
    ['a date as it is said in Chinese', '请在{{promiseDueDate}}前还款{{promiseAmount}}', CN_2026, 'zh-CN', '请在2027年3月5日前还款¥3,000.00'],
    ['a date as it is said in English', 'Pay {{promiseAmount}} by {{promiseDueDate}}', CN_2026, 'en', 'Pay ¥3,000.00 by 5 March 2027'],
    ['overdue since', '自{{overdueSince}}起', CN_2026, 'zh-CN', '自2026年10月1日起'],
    ['spaces inside the braces', '{{ dpd }} 天', CN_2026, 'zh-CN', '45 天'],
    ['branch and collector', '{{branchName}}的{{collectorName}}', CN_2026, 'zh-CN', '上海浦东支行的王敏'],
    ['no placeholders', '您好', CN_2026, 'zh-CN', '您好'],
  ] as const)('%s', (_name, text, pack, language, expected) => {
    expect(filledText(fillScript(text, placeholderValues(facts, pack, language)), (n) => n)).toBe(expected);
  });

  it.each([
    ['the account number by the pack’s card mask (first 6, last 4)', '{{accountNumber}}', CN_2026, '622202******0001'],
    ['the name shown as the CN pack shows it on screen (unmasked)', '{{debtorName}}', CN_2026, '张三'],
    ['the name masked where the pack masks names on screen', '{{debtorName}}', namesMasked, '张*'],
    ['the UK pack’s card mask', '{{accountNumber}}', UK_FCA, '622202******0001'],
  ] as const)('masks %s', (_name, text, pack, expected) => {
    const out = filledText(fillScript(text, placeholderValues(facts, pack, 'zh-CN')), (n) => n);
    expect(out).toBe(expected);
    expect(out).not.toBe(pack === namesMasked ? '张三' : '6222021000000001');
  });

  it('marks what the case lacks instead of leaving a blank', () => {
    const parts = fillScript('承诺{{promiseAmount}}于{{promiseDueDate}}', placeholderValues({ ...facts, promise: null }, CN_2026, 'zh-CN'));
    expect(parts).toEqual([
      { kind: 'text', text: '承诺' },
      { kind: 'value', name: 'promiseAmount', value: null },
      { kind: 'text', text: '于' },
      { kind: 'value', name: 'promiseDueDate', value: null },
    ]);
    expect(filledText(parts, (n) => `无${n}`)).toBe('承诺【无promiseAmount】于【无promiseDueDate】');
  });

  it('leaves an unknown placeholder as written', () => {
    expect(filledText(fillScript('{{password}} {{dpd}}', placeholderValues(facts, CN_2026, 'zh-CN')), (n) => n)).toBe('{{password}} 45');
  });
});

describe('the facts of a case', () => {
  const c = makeCase(7, { dpd: 30, principalFen: 500_000, name: '李四' });
  const promise = (amountFen: number, dueDate: string, createdAt: string) => ({ amountFen, dueDate, createdAt });

  it('takes the overdue amounts, the largest overdue account and the latest open promise', () => {
    const f = factsOfCase(c, [promise(100_000, '2026-12-01', '2026-11-01T10:00:00+08:00'), promise(200_000, '2026-12-20', '2026-11-20T10:00:00+08:00'), promise(50_000, '2026-11-10', '2026-11-25T10:00:00+08:00')], '2026-12-04', null);
    expect(f).toMatchObject({ debtorName: '李四', overdueFen: 500_000 + 12_345 + 2_300 + 100, dpd: 30, overdueSince: '2026-10-01', accountNumber: c.accounts[0]!.accountNumber, collectorName: '王敏' });
    // The promise due 2026-12-01 has passed; the one made last but already due (11-10) has too.
    expect(f.promise).toEqual({ amountFen: 200_000, dueDate: '2026-12-20' });
  });

  it('has no promise when every one is past, and no overdue amount when no account is overdue', () => {
    const current = makeCase(8, { dpd: 0 });
    const f = factsOfCase(current, [promise(100_000, '2026-12-01', '2026-11-01T10:00:00+08:00')], '2026-12-02', '赵六');
    expect(f.promise).toBeNull();
    expect(f.overdueFen).toBe(0);
    expect(f.collectorName).toBe('赵六');
  });
});
