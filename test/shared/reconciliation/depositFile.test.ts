import { describe, expect, it } from 'vitest';
import { depositDateOf, mapDepositHeader, readDepositRow, readDepositRows } from '../../../shared/reconciliation/depositFile';

const DAY = '2026-12-03';
const map = { date: '日期', amount: '金额', account: '账号', reference: '附言' } as const;
const row = (cells: Partial<Record<'日期' | '金额' | '账号' | '附言' | '流水号', string>>) => ({ 日期: DAY, 金额: '100.00', 账号: '6222020200112233', 附言: 'SK-D0042-000001', ...cells });

describe('mapDepositHeader', () => {
  it('takes Chinese or English names, any case, and the optional serial', () => {
    expect(mapDepositHeader(['日期', '金额', '账号', '附言'])).toEqual({ map });
    expect(mapDepositHeader(['date', 'amount', 'account', 'reference', 'serial'])).toEqual({ map: { date: 'date', amount: 'amount', account: 'account', reference: 'reference', serial: 'serial' } });
  });
  it('a missing column refuses the file, naming it', () => {
    expect(mapDepositHeader(['日期', '金额', '账号'])).toEqual({ missing: ['reference'] });
  });
  it('two columns for one field refuse the file: which one is meant is not guessed', () => {
    expect(mapDepositHeader(['日期', '交易日期', '金额', '账号', '附言'])).toEqual({ ambiguous: { field: 'date', columns: ['日期', '交易日期'] } });
  });
});

describe('depositDateOf', () => {
  it.each([
    ['2026-12-03', '2026-12-03'],
    ['2026/12/3', '2026-12-03'],
    ['20261203', '2026-12-03'],
    ['2026-12-03 14:05:00', '2026-12-03'],
    ['2026-12-03T14:05', '2026-12-03'],
    ['2026-02-30', null],
    ['2026/12-03', null],
    ['03/12/2026', null],
    ['', null],
  ])('%j → %j', (text, want) => expect(depositDateOf(text)).toBe(want));
});

describe('readDepositRow: a deposit, or every problem with its field', () => {
  it('a good row: amount in fen from yuan', () => {
    expect(readDepositRow(2, row({ 金额: '1,234.5' }), map, DAY)).toEqual({
      deposit: { rowNumber: 2, date: DAY, amountFen: 123_450, account: '6222020200112233', reference: 'SK-D0042-000001', serial: null },
    });
  });
  it('an empty reference is a deposit still (it will be unmatched, not lost)', () => {
    expect(readDepositRow(2, row({ 附言: '' }), map, DAY)).toMatchObject({ deposit: { reference: '' } });
  });
  it.each([
    ['negative', { 金额: '-100.00' }, 'amount', 'money_negative'],
    ['float beyond fen', { 金额: '100.005' }, 'amount', 'money_decimals'],
    ['not money', { 金额: 'abc' }, 'amount', 'money_format'],
    ['zero', { 金额: '0.00' }, 'amount', 'money_zero'],
    ['empty amount', { 金额: '' }, 'amount', 'required'],
    ['bad date', { 日期: '2026-13-01' }, 'date', 'bad_date'],
    ['another day', { 日期: '2026-12-04' }, 'date', 'other_day'],
    ['no account', { 账号: '' }, 'account', 'required'],
    ['reference too long', { 附言: 'x'.repeat(201) }, 'reference', 'too_long'],
  ] as const)('%s', (_name, cells, field, code) => {
    expect(readDepositRow(7, row(cells), map, DAY)).toEqual({ problems: [expect.objectContaining({ rowNumber: 7, field, code })] });
  });
  it('several problems in one row are all named', () => {
    const read = readDepositRow(3, row({ 日期: 'x', 金额: '-1', 账号: '' }), map, DAY);
    expect('problems' in read && read.problems.map((p) => p.field)).toEqual(['date', 'amount', 'account']);
  });
  it('an unreadable cell (XLSX error, bytes that are not text) is a problem of its field', () => {
    expect(readDepositRow(4, row({}), map, DAY, ['金额'])).toEqual({ problems: [{ rowNumber: 4, field: 'amount', code: 'cell_unreadable', params: {} }] });
  });
});

describe('readDepositRows', () => {
  it('keeps every good row, rejects the bad ones, and a serial twice in one file keeps its first row', () => {
    const withSerial = { ...map, serial: '流水号' };
    const rows = [
      { rowNumber: 2, cells: row({ 流水号: 'T1' }) },
      { rowNumber: 3, cells: row({ 金额: '-5' }) },
      { rowNumber: 4, cells: row({ 流水号: 'T1', 金额: '7' }) },
      { rowNumber: 5, cells: row({ 流水号: '' }) },
    ];
    const read = readDepositRows(rows, withSerial, DAY);
    expect(read.deposits.map((d) => [d.rowNumber, d.serial])).toEqual([
      [2, 'T1'],
      [5, null],
    ]);
    expect(read.rejections.map((r) => [r.rowNumber, r.code])).toEqual([
      [3, 'money_negative'],
      [4, 'duplicate_serial'],
    ]);
  });
});
