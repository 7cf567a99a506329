import { describe, expect, it } from 'vitest';
import { reconcile, type BankDeposit, type FieldReceipt, type Reconciliation } from '../../../shared/reconciliation/match';
import { dayReport } from '../../../shared/reconciliation/report';
import { receiptNumbersIn } from '../../../shared/reconciliation/receiptReference';

const receipt = (n: number, amountFen: number, receivedOn = '2026-12-03', extra: Partial<FieldReceipt> = {}): FieldReceipt => ({
  id: `r${n}`,
  number: `SK-D0042-${String(n).padStart(6, '0')}`,
  amountFen,
  receivedOn,
  receivedAt: `${receivedOn}T02:00:00.000Z`,
  collectorId: 'c1',
  collectorName: '张三',
  branchCode: '310115',
  caseId: `case-${n}`,
  payerName: '李四',
  voided: false,
  ...extra,
});
const deposit = (id: string, amountFen: number, reference: string, date = '2026-12-03', extra: Partial<BankDeposit> = {}): BankDeposit => ({
  id,
  date,
  amountFen,
  account: '6222020200112233',
  reference,
  branchCode: '310115',
  fileId: 'f1',
  rowNumber: 2,
  ...extra,
});

/** The result as ids, so a table row reads as what a person checks. */
const shape = (r: Reconciliation) => ({
  matched: r.matched.map((m) => `${m.receipt.id}=${m.deposit.id}`),
  mismatches: r.mismatches.map((m) => `${m.receipt.id}~${m.deposit.id}:${m.reasons.join('+')}`),
  unmatchedReceipts: r.unmatchedReceipts.map((u) => `${u.receipt.id}:${u.state}`),
  unmatchedDeposits: r.unmatchedDeposits.map((u) => `${u.deposit.id}:${u.reason}`),
  voided: r.voided.map((v) => `${v.receipt.id}[${v.depositIds.join(',')}]`),
});
const none = { matched: [], mismatches: [], unmatchedReceipts: [], unmatchedDeposits: [], voided: [] };
const TODAY = '2026-12-03';

const TABLE: { name: string; receipts: FieldReceipt[]; deposits: BankDeposit[]; lagDays?: number; today?: string; want: Partial<ReturnType<typeof shape>> }[] = [
  { name: 'exact: number in the reference and the same amount', receipts: [receipt(1, 50_000)], deposits: [deposit('d1', 50_000, '还款 SK-D0042-000001 张三')], want: { matched: ['r1=d1'] } },
  {
    name: 'amount differs: a mismatch, shown with both, never matched',
    receipts: [receipt(1, 50_000)],
    deposits: [deposit('d1', 5_000, 'SK-D0042-000001')],
    want: { mismatches: ['r1~d1:amount_differs'] },
  },
  {
    name: 'missing reference: nothing is matched by amount alone',
    receipts: [receipt(1, 50_000)],
    deposits: [deposit('d1', 50_000, '')],
    want: { unmatchedReceipts: ['r1:pending'], unmatchedDeposits: ['d1:no_receipt_number'] },
  },
  {
    name: 'two receipts of the same amount: the reference decides, the other stays unmatched',
    receipts: [receipt(1, 20_000), receipt(2, 20_000)],
    deposits: [deposit('d1', 20_000, 'SK-D0042-000002')],
    want: { matched: ['r2=d1'], unmatchedReceipts: ['r1:pending'] },
  },
  {
    name: 'voided receipt: shown, never matched; the deposit naming it is flagged on it',
    receipts: [receipt(1, 30_000, '2026-12-03', { voided: true })],
    deposits: [deposit('d1', 30_000, 'SK-D0042-000001')],
    want: { unmatchedDeposits: ['d1:voided_receipt'], voided: ['r1[d1]'] },
  },
  { name: 'voided receipt without a deposit: shown as voided only', receipts: [receipt(1, 30_000, '2026-12-03', { voided: true })], deposits: [], want: { voided: ['r1[]'] } },
  {
    name: 'deposit dated before the receipt: a mismatch (wrong number or clock), not a match',
    receipts: [receipt(1, 40_000, '2026-12-03')],
    deposits: [deposit('d1', 40_000, 'SK-D0042-000001', '2026-12-02')],
    want: { mismatches: ['r1~d1:before_receipt'] },
  },
  {
    name: 'cross-day within the lag: matched',
    receipts: [receipt(1, 40_000, '2026-12-02')],
    deposits: [deposit('d1', 40_000, 'SK-D0042-000001', '2026-12-03')],
    want: { matched: ['r1=d1'] },
  },
  {
    name: 'cross-day beyond the lag: a mismatch (after_lag)',
    receipts: [receipt(1, 40_000, '2026-12-01')],
    deposits: [deposit('d1', 40_000, 'SK-D0042-000001', '2026-12-03')],
    want: { mismatches: ['r1~d1:after_lag'] },
  },
  {
    name: 'lag 0: the next day is already late',
    receipts: [receipt(1, 40_000, '2026-12-02')],
    deposits: [deposit('d1', 40_000, 'SK-D0042-000001', '2026-12-03')],
    lagDays: 0,
    want: { mismatches: ['r1~d1:after_lag'] },
  },
  {
    name: 'an undeposited receipt is pending within the lag, overdue after it',
    receipts: [receipt(1, 10_000, '2026-12-03'), receipt(2, 10_000, '2026-12-01')],
    deposits: [],
    want: { unmatchedReceipts: ['r2:overdue', 'r1:pending'] },
  },
  {
    name: 'two deposits for one receipt: the right one matches, the other is left over (even when dated earlier)',
    receipts: [receipt(1, 10_000)],
    deposits: [deposit('d2', 10_000, 'SK-D0042-000001', '2026-12-03'), deposit('d1', 9_000, 'SK-D0042-000001', '2026-12-03'), deposit('d3', 10_000, 'sk-d0042-000001', '2026-12-03')],
    want: { matched: ['r1=d2'], unmatchedDeposits: ['d1:already_paired', 'd3:already_paired'] },
  },
  {
    name: 'a reference naming two receipts is not split by guessing',
    receipts: [receipt(1, 10_000), receipt(2, 10_000)],
    deposits: [deposit('d1', 20_000, 'SK-D0042-000001 SK-D0042-000002')],
    want: { unmatchedReceipts: ['r1:pending', 'r2:pending'], unmatchedDeposits: ['d1:several_receipts'] },
  },
  { name: 'a number head office does not have', receipts: [], deposits: [deposit('d1', 10_000, 'SK-ZZZZ-000009')], want: { unmatchedDeposits: ['d1:unknown_receipt'] } },
  {
    name: 'amount and date both wrong: every reason',
    receipts: [receipt(1, 10_000, '2026-12-03')],
    deposits: [deposit('d1', 1_000, 'SK-D0042-000001', '2026-12-01')],
    want: { mismatches: ['r1~d1:amount_differs+before_receipt'] },
  },
];

describe('reconcile: receipts against deposits', () => {
  it.each(TABLE)('$name', ({ receipts, deposits, lagDays = 1, today = TODAY, want }) => {
    expect(shape(reconcile(receipts, deposits, { lagDays, today }))).toEqual({ ...none, ...want });
  });

  it('is deterministic: any order of the inputs gives the same answer', () => {
    const receipts = [receipt(1, 10_000), receipt(2, 10_000), receipt(3, 7_000, '2026-12-02', { voided: true })];
    const deposits = [deposit('a', 10_000, 'SK-D0042-000002'), deposit('b', 10_000, 'SK-D0042-000002'), deposit('c', 7_000, 'SK-D0042-000003'), deposit('d', 1, 'x')];
    const first = shape(reconcile(receipts, deposits, { lagDays: 1, today: TODAY }));
    expect(shape(reconcile([...receipts].reverse(), [...deposits].reverse(), { lagDays: 1, today: TODAY }))).toEqual(first);
    expect(first.matched).toEqual(['r2=a']);
  });

  it('refuses a negative or fractional lag', () => {
    expect(() => reconcile([], [], { lagDays: -1, today: TODAY })).toThrow(RangeError);
    expect(() => reconcile([], [], { lagDays: 0.5, today: TODAY })).toThrow(RangeError);
  });
});

describe('receiptNumbersIn: what a reference names', () => {
  it.each([
    ['SK-D0042-000001', ['SK-D0042-000001']],
    ['张三还款ＳＫ－Ｄ００４２－０００００１', ['SK-D0042-000001']],
    ['sk-d0042-20261203-000001/again SK-D0042-20261203-000001', ['SK-D0042-20261203-000001']],
    ['SK-D0042-0000011234567890', []],
    ['XSK-D0042-000001', []],
    ['SK-D0042-000000', []],
    ['', []],
  ])('%j → %j', (text, want) => expect(receiptNumbersIn(text)).toEqual(want));
});

describe('dayReport: one day, one branch, totals', () => {
  const receipts = [
    receipt(1, 10_000, '2026-12-03'),
    receipt(2, 20_000, '2026-12-03', { collectorId: 'c2', collectorName: '王五' }),
    receipt(3, 30_000, '2026-12-02'),
    receipt(4, 40_000, '2026-12-03', { branchCode: '310104', collectorId: 'c9', collectorName: '赵六' }),
    receipt(5, 5_000, '2026-12-03', { voided: true }),
  ];
  const deposits = [
    deposit('d1', 10_000, 'SK-D0042-000001'),
    deposit('d3', 30_000, 'SK-D0042-000003'),
    deposit('d4', 40_000, 'SK-D0042-000004', '2026-12-03', { branchCode: null }),
    deposit('dx', 999, 'no number', '2026-12-03', { branchCode: null }),
    deposit('old', 30_000, 'SK-D0042-000003', '2026-12-02'),
  ];
  const all = reconcile(receipts, deposits, { lagDays: 1, today: TODAY });

  it('the whole bank: every row that concerns the day, totals per collector and per branch', () => {
    const report = dayReport(all, '2026-12-03', null);
    // r3 was paid by the deposit of 12-02 (the earlier one wins); today's copy of it is left over.
    expect(report.matched.map((m) => m.receipt.id)).toEqual(['r1', 'r4']);
    expect(report.unmatchedReceipts.map((u) => u.receipt.id)).toEqual(['r2']);
    expect(report.unmatchedDeposits.map((u) => `${u.deposit.id}:${u.reason}`)).toEqual(['d3:already_paired', 'dx:no_receipt_number']);
    expect(report.voided.map((v) => v.receipt.id)).toEqual(['r5']);
    expect(report.byCollector.map((c) => [c.collectorId, c.receipts.fen, c.matched.fen, c.unmatched.fen, c.voided.fen])).toEqual([
      ['c9', 40_000, 40_000, 0, 0],
      ['c1', 15_000, 10_000, 0, 5_000],
      ['c2', 20_000, 0, 20_000, 0],
    ]);
    expect(report.byBranch.map((b) => [b.branchCode, b.receipts.count, b.deposits.fen, b.unmatchedDeposits.fen])).toEqual([
      ['310104', 1, 40_000, 0],
      ['310115', 3, 40_000, 30_000],
      [null, 0, 999, 999],
    ]);
    expect(report.totals).toMatchObject({ receipts: { count: 4, fen: 75_000 }, deposits: { count: 4, fen: 80_999 }, unmatchedDeposits: { count: 2, fen: 30_999 } });
  });

  it('one branch: its receipts and its own deposits only; a whole-bank deposit that pays none is not shown', () => {
    const report = dayReport(all, '2026-12-03', '310104');
    expect(report.matched.map((m) => m.receipt.id)).toEqual(['r4']);
    expect(report.unmatchedDeposits).toEqual([]);
    expect(report.byBranch.map((b) => b.branchCode)).toEqual(['310104']);
  });

  it('the day before shows the receipt its deposit paid', () => {
    const report = dayReport(all, '2026-12-02', null);
    expect(report.matched.map((m) => `${m.receipt.id}=${m.deposit.id}`)).toEqual(['r3=old']);
  });
});
