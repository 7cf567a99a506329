import { describe, expect, it } from 'vitest';
import { dayReceipts, formatReceiptNumber, parseReceiptNumber, voidReceipt } from '../../../shared/fieldwork/receipts';
import { ReceiptSchema, type Receipt } from '../../../shared/fieldwork/records';

describe('formatReceiptNumber', () => {
  type Args = [deviceCode: string, counter: number] | [deviceCode: string, date: string, counter: number];
  const format = (args: Args) => (args.length === 2 ? formatReceiptNumber(args[0], args[1]) : formatReceiptNumber(args[0], args[1], args[2]));
  it.each<[string, Args, string]>([
    ['the example', ['D7F3', 123], 'SK-D7F3-000123'],
    ['counter 1', ['D7F3', 1], 'SK-D7F3-000001'],
    ['six digits', ['D7F3', 999_999], 'SK-D7F3-999999'],
    ['the counter grows past six digits, never wraps', ['D7F3', 1_000_000], 'SK-D7F3-1000000'],
    ['largest counter', ['D7F3', 999_999_999], 'SK-D7F3-999999999'],
    ['with the issue date', ['D7F3', '20250314', 124], 'SK-D7F3-20250314-000124'],
    ['eight-character device code', ['BR01D042', 7], 'SK-BR01D042-000007'],
  ])('%s', (_name, args, expected) => {
    expect(format(args)).toBe(expected);
  });

  it.each<[string, () => string]>([
    ['lower-case device code', () => formatReceiptNumber('d7f3', 1)],
    ['device code too short', () => formatReceiptNumber('D7F', 1)],
    ['device code too long', () => formatReceiptNumber('D7F3D7F3X', 1)],
    ['device code with a hyphen', () => formatReceiptNumber('D7-F3', 1)],
    ['counter 0', () => formatReceiptNumber('D7F3', 0)],
    ['counter negative', () => formatReceiptNumber('D7F3', -1)],
    ['counter a fraction', () => formatReceiptNumber('D7F3', 1.5)],
    ['counter too large', () => formatReceiptNumber('D7F3', 1_000_000_000)],
    ['no such date', () => formatReceiptNumber('D7F3', '20250230', 1)],
    ['date with hyphens', () => formatReceiptNumber('D7F3', '2025-03-14', 1)],
  ])('refuses %s', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('parseReceiptNumber', () => {
  it.each([
    ['SK-D7F3-000123', { deviceCode: 'D7F3', date: null, counter: 123 }],
    ['SK-D7F3-20250314-000124', { deviceCode: 'D7F3', date: '20250314', counter: 124 }],
    ['SK-D7F3-1000000', { deviceCode: 'D7F3', date: null, counter: 1_000_000 }],
    // An all-digit device code and no date: the date segment only exists when a counter follows it.
    ['SK-20250314-000001', { deviceCode: '20250314', date: null, counter: 1 }],
  ])('%s', (text, parts) => {
    expect(parseReceiptNumber(text)).toEqual(parts);
    expect(parts.date === null ? formatReceiptNumber(parts.deviceCode, parts.counter) : formatReceiptNumber(parts.deviceCode, parts.date, parts.counter)).toBe(text);
  });

  it.each([
    ['lower case', 'sk-d7f3-000123'],
    ['another prefix', 'RC-D7F3-000123'],
    ['counter not padded', 'SK-D7F3-123'],
    ['extra leading zero', 'SK-D7F3-0000123'],
    ['counter zero', 'SK-D7F3-000000'],
    ['no such date', 'SK-D7F3-20250230-000001'],
    ['spaces', ' SK-D7F3-000123'],
    ['trailing text', 'SK-D7F3-000123x'],
    ['empty', ''],
  ])('refuses %s', (_name, text) => {
    expect(parseReceiptNumber(text)).toBeNull();
  });
});

const receipt = (over: Partial<Receipt> = {}): Receipt => ({
  id: 'r1',
  number: 'SK-D7F3-000001',
  caseId: 'c1',
  payerName: '张三',
  amountFen: 100_000,
  method: 'cash',
  receivedAt: '2025-03-14T10:00:00+08:00',
  userId: 'u1',
  deviceId: 'dev1',
  voided: null,
  ...over,
});

describe('voidReceipt', () => {
  const at = '2025-03-14T18:00:00+08:00';
  it('voids with a reason of 5 characters, keeping everything else', () => {
    const original = receipt();
    const result = voidReceipt(original, { reason: ' 金额填错了 ', userId: 'u2', at });
    expect(result).toEqual({ ok: true, receipt: { ...original, voided: { at, reason: '金额填错了', userId: 'u2' } } });
    expect(original.voided).toBeNull();
    if (result.ok) expect(ReceiptSchema.safeParse(result.receipt).success).toBe(true);
  });

  it.each([
    ['4 汉字', '金额错误'],
    ['4 letters', 'typo'],
    ['spaces only', '        '],
    ['4 characters padded with spaces', '  abcd  '],
  ])('refuses a reason of %s', (_name, reason) => {
    expect(voidReceipt(receipt(), { reason, userId: 'u2', at })).toEqual({ ok: false, code: 'reason_too_short' });
  });

  it('a voided receipt cannot be voided again', () => {
    const voided = receipt({ voided: { at, reason: '金额填错了', userId: 'u2' } });
    expect(voidReceipt(voided, { reason: 'second attempt', userId: 'u3', at })).toEqual({ ok: false, code: 'already_voided' });
  });
});

describe('dayReceipts', () => {
  const list: Receipt[] = [
    receipt({ id: 'a', number: 'SK-D7F3-000003', amountFen: 30_000, method: 'transfer', receivedAt: '2025-03-14T15:59:59Z' }), // 23:59:59 Shanghai
    receipt({ id: 'b', number: 'SK-D7F3-000001', amountFen: 10_000, method: 'cash', receivedAt: '2025-03-13T16:00:00Z' }), // 00:00 on the 14th
    receipt({ id: 'c', number: 'SK-D7F3-000002', amountFen: 20_000, method: 'cheque', chequeNumber: '12345678', receivedAt: '2025-03-14T09:00:00+08:00' }),
    receipt({ id: 'd', number: 'SK-D7F3-000004', amountFen: 99_999, method: 'cash', receivedAt: '2025-03-14T16:00:00Z' }), // the 15th
    receipt({
      id: 'e',
      number: 'SK-D7F3-000005',
      amountFen: 50_000,
      method: 'cash',
      receivedAt: '2025-03-14T11:00:00+08:00',
      voided: { at: '2025-03-14T12:00:00+08:00', reason: '重复开具收据', userId: 'u1' },
    }),
  ];

  it('counts the Shanghai day, leaves voided receipts out of the totals but lists them', () => {
    const day = dayReceipts(list, '2025-03-14', 'Asia/Shanghai');
    expect(day.receipts.map((r) => r.id)).toEqual(['b', 'c', 'e', 'a']);
    expect([day.count, day.totalFen, day.voidedCount]).toEqual([3, 60_000, 1]);
    expect(day.byMethod).toEqual({ cash: 10_000, transfer: 30_000, cheque: 20_000 });
  });

  it('the same receipts on a UTC day', () => {
    const day = dayReceipts(list, '2025-03-14', 'UTC');
    expect(day.receipts.map((r) => r.id)).toEqual(['c', 'e', 'a', 'd']);
    expect([day.count, day.totalFen, day.voidedCount]).toEqual([3, 149_999, 1]);
  });

  it('an empty day', () => {
    expect(dayReceipts(list, '2025-03-16')).toEqual({
      date: '2025-03-16',
      receipts: [],
      count: 0,
      totalFen: 0,
      byMethod: { cash: 0, transfer: 0, cheque: 0 },
      voidedCount: 0,
    });
  });

  it('refuses an impossible date', () => {
    expect(() => dayReceipts(list, '2025-02-29')).toThrow(RangeError);
  });
});
