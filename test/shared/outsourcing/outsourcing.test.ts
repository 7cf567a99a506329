import { describe, expect, it } from 'vitest';
import { AgencyBodySchema, agencyDeviceId, agencyOfDevice, agencyOpenOn } from '../../../shared/outsourcing/agency';
import { exportTable } from '../../../shared/outsourcing/exportRows';
import { mapResultHeader, readResultRows, type ResultHeaderMap } from '../../../shared/outsourcing/resultFile';
import { countOnce } from '../../../shared/payments/countOnce';
import { DeviceIdSchema } from '../../../shared/sync/primitives';
import { BORROWER, fixtureCase } from '../letters/fixture';

/** The pure rules of outsourcing: contracts, what an export carries, what a results row means, and counting once. */
const CASE = fixtureCase();
const GOOD = {
  name: '华信委外', licenceNumber: 'LIC-0001', contractStart: '2026-01-01', contractEnd: '2026-12-31', commissionBps: 1500, branches: ['310115'],
  exportFields: ['caseNumber', 'debtorName', 'idNumber', 'phones', 'addresses'], unmasked: [], status: 'active', verifyContact: '95588 转 8',
};

describe('an agency’s contract', () => {
  it.each([
    ['2025-12-31', false],
    ['2026-01-01', true],
    ['2026-12-31', true],
    ['2027-01-01', false],
  ])('on %s it may take cases: %s', (day, open) => {
    expect(agencyOpenOn(AgencyBodySchema.parse(GOOD), day)).toBe(open);
  });
  it('a suspended agency takes none', () => expect(agencyOpenOn({ ...AgencyBodySchema.parse(GOOD), status: 'suspended' }, '2026-06-01')).toBe(false));
  it.each([
    [0, true],
    [5000, true],
    [5001, false],
    [-1, false],
    [12.5, false],
  ])('commission %s bp accepted: %s', (bps, ok) => expect(AgencyBodySchema.safeParse({ ...GOOD, commissionBps: bps }).success).toBe(ok));
  it('its maker device id is a valid device id and reads back', () => {
    const id = '0194f3a2-7b1c-7cde-8f00-1234567890ab';
    expect(DeviceIdSchema.safeParse(agencyDeviceId(id)).success).toBe(true);
    expect(agencyOfDevice(agencyDeviceId(id))).toBe(id);
    expect(agencyOfDevice('D123')).toBeNull();
  });
});

describe('what an export carries', () => {
  it('only the contract’s columns, in the fixed order, masked unless the contract says otherwise', () => {
    const masked = exportTable([CASE], { exportFields: ['phones', 'caseNumber', 'debtorName', 'idNumber', 'addresses'], unmasked: [] });
    expect(masked.header).toEqual(['案件编号', '借款人姓名', '证件号码', '联系电话', '联系地址']);
    const [row] = masked.rows;
    expect(row).toEqual([CASE.caseNumber, '𠮷**', '310101********1234', '138****5678', '上海市上海市浦东新区']);
    const full = exportTable([CASE], { exportFields: ['caseNumber', 'phones', 'addresses'], unmasked: ['phones', 'addresses'] });
    expect(full.rows[0]).toEqual([CASE.caseNumber, '13812345678', '上海市上海市浦东新区张杨路500号12楼1201室']);
  });
});

describe('a results row', () => {
  const header = mapResultHeader(['案件编号', '类型', '日期', '金额', '方式', '电话', '结果', '流水号']);
  const map = ('map' in header ? header.map : {}) as ResultHeaderMap;
  const read = (cells: Record<string, string>, withAgency = true) =>
    readResultRows([{ rowNumber: 2, cells }], { map, caseByNumber: (n) => (n === CASE.caseNumber ? { case: CASE, withAgency } : null), today: '2026-12-10', nowIso: '2026-12-10T02:00:00Z', timeZone: 'Asia/Shanghai' });
  const row = (more: Record<string, string>) => ({ 案件编号: CASE.caseNumber, 类型: '还款', 日期: '2026-12-09', 金额: '100.00', 方式: '', 电话: '', 结果: '', 流水号: '', ...more });
  const problems = (cells: Record<string, string>, withAgency = true) => read(cells, withAgency).rejections.map((p) => `${p.field}:${p.code}`);

  it('a missing required column refuses the file', () => expect(mapResultHeader(['案件编号', '金额'])).toEqual({ missing: ['kind', 'date'] }));
  it.each([
    [{}, []],
    [{ 日期: '2026-12-11' }, ['date:future_date']],
    [{ 日期: '2026-12-10' }, []],
    [{ 日期: '2026-02-30' }, ['date:bad_date']],
    [{ 金额: '0' }, ['amount:bad_amount']],
    [{ 金额: '-5' }, ['amount:bad_amount']],
    [{ 金额: '1.234' }, ['amount:bad_amount']],
    [{ 金额: '' }, ['amount:required']],
    [{ 类型: '上门' }, ['kind:bad_kind']],
    [{ 案件编号: 'X-1' }, ['caseNumber:unknown_case']],
    [{ 类型: '承诺', 日期: '2027-01-15' }, []],
    [{ 类型: '联系', 方式: '电话', 电话: '138-1234-5678', 结果: '接通本人', 金额: '' }, []],
    [{ 类型: '联系', 方式: '电话', 电话: '13900000000', 结果: '接通本人' }, ['phone:unknown_phone']],
    [{ 类型: '联系', 方式: '上门', 结果: '接通本人' }, ['channel:bad_channel']],
    [{ 类型: '联系', 方式: '短信', 电话: '13812345678', 结果: 'not_at_home' }, ['outcome:outcome_channel']],
  ])('%j → %j', (more, expected) => expect(problems(row(more))).toEqual(expected));
  it('a case the agency no longer holds is refused', () => expect(problems(row({}), false)).toEqual(['caseNumber:not_with_agency']));
  it('a contact is aimed at the borrower on the number the bank holds', () => {
    const r = read(row({ 类型: '联系', 方式: '电话', 电话: '13812345678', 结果: '接通本人' })).results[0]!;
    expect(r).toMatchObject({ kind: 'contact', partyId: BORROWER.id, phoneId: 'ph1', outcome: 'right_party_contact', at: '2026-12-09T04:00:00.000Z' });
  });
});

describe('an agency’s payment counts once', () => {
  const p = (id: string, source: 'agency' | 'core_banking' | 'transfer', paidOn: string, reference: string | null = null) => ({ id, caseId: 'c1', amountFen: 10_000, paidOn, source, reference });
  it.each([
    ['the bank records it 3 days later', [p('a', 'agency', '2026-12-01'), p('b', 'core_banking', '2026-12-04')], ['b']],
    ['the bank records it 8 days later (outside the window): both count', [p('a', 'agency', '2026-12-01'), p('b', 'core_banking', '2026-12-09')], ['a', 'b']],
    ['the same transaction reference', [p('a', 'agency', '2026-12-01', 'TX1'), p('b', 'core_banking', '2026-11-20', 'TX1')], ['b']],
    ['the bank has not seen it yet', [p('a', 'agency', '2026-12-01')], ['a']],
  ])('%s', (_what, payments, kept) => expect(countOnce(payments).map((x) => x.id)).toEqual(kept));
});
