import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import { caseRowsToCsv, neutralizeCell } from '../../../renderer/src/cases/caseCsv';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import { makeCase } from '../../fixtures/cases';

const t = ((key: string) => key) as unknown as TFunction;

describe('case list CSV export', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+86 138', `'+86 138`],
    ['-1', `'-1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['张三', '张三'],
    ['1234.50', '1234.50'],
  ])('neutralizes %s', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  it('masks the name and the phone, keeps amounts in yuan, and neutralizes a hostile name', () => {
    const row = summarizeCase(makeCase(3, { name: '=cmd|calc', principalFen: 1_000_001 }));
    const csv = caseRowsToCsv([row], t);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, line] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(header![0]).toBe('column.caseNumber');
    expect(line![1]).toBe(`'=c**|****`);
    expect(line![2]).toBe('138****0003');
    expect(line![5]).toBe('10147.46');
    expect(csv).not.toContain('13812340003');
  });
});
